package org.wirecopy.text;

/**
 * Decodes well-formed UTF-8 that holds characters past Latin-1 (Cyrillic copy) with one copy
 * fewer than {@code new String(bytes, UTF_8)}, which first tries a Latin-1 array as long as the
 * input, then a UTF-16 array twice as long, then cuts it to size. Here one pass counts the
 * characters and checks the bytes, a second decodes into an array of exactly that many.
 * Anything else (ASCII, Latin-1 only, malformed bytes) is left to the JDK.
 */
final class Utf8 {

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
    int chars = 0;
    boolean pastLatin1 = false;
    int i = 0;
    while (i < length) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        chars++;
      } else if ((b & 0xE0) == 0xC0) {
        if (i + 1 >= length || !continues(bytes[i + 1]) || (b & 0x1E) == 0) {
          return null;
        }
        pastLatin1 |= (b & 0x1C) != 0;
        i += 2;
        chars++;
      } else if ((b & 0xF0) == 0xE0) {
        if (i + 2 >= length || !continues(bytes[i + 1]) || !continues(bytes[i + 2])) {
          return null;
        }
        int c = (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F;
        if (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) {
          return null;
        }
        pastLatin1 = true;
        i += 3;
        chars++;
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
        pastLatin1 = true;
        i += 4;
        chars += 2;
      } else {
        return null;
      }
    }
    if (!pastLatin1) {
      return null;
    }
    char[] text = new char[chars];
    int n = 0;
    for (i = 0; i < length; ) {
      int b = bytes[i];
      if (b >= 0) {
        text[n++] = (char) b;
        i++;
      } else if ((b & 0xE0) == 0xC0) {
        text[n++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
        i += 2;
      } else if ((b & 0xF0) == 0xE0) {
        text[n++] = (char) ((b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F);
        i += 3;
      } else {
        int c = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
            | bytes[i + 3] & 0x3F;
        text[n++] = Character.highSurrogate(c);
        text[n++] = Character.lowSurrogate(c);
        i += 4;
      }
    }
    return new String(text);
  }

  /** Whether a byte is a continuation byte, {@code 10xxxxxx}. */
  private static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
