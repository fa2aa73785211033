package org.wirecopy.text;

/**
 * Turns fuzzer bytes into any Java string. UTF-8 decodes as usual, so a seed file of real copy
 * is that copy; a three-byte sequence may also encode a surrogate, so lone surrogates are
 * reachable; any other byte stands for the Latin-1 character of its value.
 */
final class FuzzText {

  private FuzzText() {}

  static String decode(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xFF;
      int more;
      int min;
      if (lead < 0x80) {
        text.append((char) lead);
        i++;
        continue;
      } else if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1;
        min = 0x80;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        more = 2;
        min = 0x800;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3;
        min = 0x10000;
      } else {
        text.append((char) lead);
        i++;
        continue;
      }
      int codePoint = lead & (0x3F >> more);
      boolean valid = i + more < bytes.length;
      for (int k = 1; valid && k <= more; k++) {
        int next = bytes[i + k] & 0xFF;
        valid = (next & 0xC0) == 0x80;
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (!valid || codePoint < min || codePoint > Character.MAX_CODE_POINT) {
        text.append((char) lead);
        i++;
        continue;
      }
      text.appendCodePoint(codePoint);
      i += more + 1;
    }
    return text.toString();
  }
}
