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

  /** Whether a byte is a continuation byte, {@code 10xxxxxx}. */
  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
