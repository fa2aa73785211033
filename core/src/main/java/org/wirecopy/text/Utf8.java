package org.wirecopy.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes well-formed UTF-8 that holds characters past Latin-1 (Cyrillic copy) with one copy
 * fewer than {@code new String(bytes, UTF_8)}, which first tries a Latin-1 array as long as the
 * input, then a UTF-16 array twice as long, then cuts it to size. Here one pass counts the
 * characters, a second decodes them into an array of exactly that many, checking each sequence.
 * Anything else (ASCII, Latin-1 only, malformed bytes) is left to the JDK.
 */
final class Utf8 {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The top bit of each byte of a long, and the seven below it. */
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

  private Utf8() {}

  /**
   * The text of the bytes, when they are well-formed UTF-8 (no overlong form, no surrogate, no
   * code point past U+10FFFF) holding a character past U+00FF.
   *
   * @param bytes the bytes
   * @param length how many of them to read
   * @return the text, or null when the JDK should decode the bytes
   */
  static String decode(byte[] bytes, int length) {
    // First the length: every byte but a continuation byte starts a character, a four-byte one
    // two. A character past Latin-1 starts with a byte from 0xC4 up. Eight bytes at a time, each
    // test a bit per byte (SWAR).
    int continuations = 0;
    int fourByteLeads = 0;
    long pastLatin1 = 0;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long x = (long) LONGS.get(bytes, i);
      continuations += Long.bitCount(x & ~(x << 1) & HIGH_BITS);
      fourByteLeads += Long.bitCount(x & x << 1 & x << 2 & x << 3 & HIGH_BITS);
      pastLatin1 |= ((x & LOW_BITS) + 0x3C3C3C3C3C3C3C3CL) & x & HIGH_BITS;
    }
    for (; i < length; i++) {
      int b = bytes[i] & 0xFF;
      continuations += (b & 0xC0) == 0x80 ? 1 : 0;
      fourByteLeads += b >= 0xF0 ? 1 : 0;
      pastLatin1 |= b >= 0xC4 ? 1 : 0;
    }
    if (pastLatin1 == 0) {
      return null;
    }
    int chars = length - continuations + fourByteLeads;
    // Then the characters, checking each sequence as it is read. Each character written
    // consumes a byte counted above (two for a four-byte sequence), so none overflows.
    char[] text = new char[chars];
    int n = 0;
    i = 0;
    while (i < length) {
      if (i + 8 <= length) {
        // Eight bytes at a time: the ASCII bytes that open them, else the two-byte sequences
        // (Cyrillic) that do, decoded together. Whole words take one step or two instead of a
        // branch per character, and the branch taken changes less often.
        long x = (long) LONGS.get(bytes, i);
        int ascii = Long.numberOfTrailingZeros(x & HIGH_BITS) >>> 3;
        if (ascii > 0 && n + 8 <= chars) {
          // All eight written, the ones past the ASCII bytes overwritten by the steps after.
          for (int k = 0; k < 8; k++) {
            text[n + k] = (char) (x >>> (k << 3) & 0x7F);
          }
          n += ascii;
          i += ascii;
          continue;
        }
        int pairs = Long.numberOfTrailingZeros(notPairs(x)) >>> 4;
        if (pairs > 0 && n + 4 <= chars) {
          for (int k = 0; k < 4; k++) {
            int pair = (int) (x >>> (k << 4));
            text[n + k] = (char) ((pair & 0x1F) << 6 | pair >>> 8 & 0x3F);
          }
          n += pairs;
          i += pairs << 1;
          continue;
        }
      }
      int b = bytes[i];
      if (b >= 0) {
        text[n++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        if (i + 1 >= length || !continues(bytes[i + 1]) || (b & 0x1E) == 0) {
          return null;
        }
        text[n++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        if (i + 2 >= length || !continues(bytes[i + 1]) || !continues(bytes[i + 2])) {
          return null;
        }
        int c = (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
        if (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) {
          return null;
        }
        text[n++] = (char) c;
        i += 3;
      } else if ((b & 0xF8) == 0xF0) {
        if (i + 3 >= length || !continues(bytes[i + 1]) || !continues(bytes[i + 2])
            || !continues(bytes[i + 3])) {
          return null;
        }
        int c = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
            | bytes[i + 3] & 0x3F;
        if (c < 0x10000 || c > 0x10FFFF) {
          return null;
        }
        text[n++] = Character.highSurrogate(c);
        text[n++] = Character.lowSurrogate(c);
        i += 4;
      } else {
        return null;
      }
    }
    return n == chars ? new String(text) : null;
  }

  /**
   * A bit set in each two-byte lane of eight bytes (little-endian, so the first byte is the low
   * one) that is no well-formed two-byte sequence: a lead {@code 110xxxxx} that is not overlong
   * ({@code C0}, {@code C1}), then a continuation {@code 10xxxxxx}. Zero bits below the first such
   * lane mark the sequences that open the bytes.
   */
  static long notPairs(long x) {
    long shape = (x & 0xC0E0C0E0C0E0C0E0L) ^ 0x80C080C080C080C0L;
    // A lead's bits 0x1E are not all zero: adding 0x7FFF carries into the lane's top bit.
    long notOverlong = ((x & 0x001E001E001E001EL) + 0x7FFF7FFF7FFF7FFFL) & 0x8000800080008000L;
    return shape | notOverlong ^ 0x8000800080008000L;
  }

  /** Whether a byte is a continuation byte, {@code 10xxxxxx}. */
  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
