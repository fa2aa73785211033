package org.wirecopy.text;

import java.util.Locale;

/** Character classes of wire copy. */
final class Chars {

  private Chars() {}

  /** White space as wire copy uses it: ASCII, no-break, thin and the other Unicode spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  // The letter tests below answer as Character's do, for ASCII and for the basic Cyrillic block
  // (U+0400 to U+045F, every one a letter: capitals to U+042F) without reading the Unicode
  // tables; any other character goes to Character.

  /** {@link Character#isLetterOrDigit(char)}. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return c >= 'a' ? c <= 'z' : c >= 'A' ? c <= 'Z' : c >= '0' && c <= '9';
    }
    return isCyrillic(c) || Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      return c >= 'a' ? c <= 'z' : c >= 'A' && c <= 'Z';
    }
    return isCyrillic(c) || Character.isLetter(c);
  }

  /** {@link Character#isUpperCase(char)}. */
  static boolean isUpperCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return isCyrillic(c) ? c <= 'Я' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z';
    }
    return isCyrillic(c) ? c >= 'а' : Character.isLowerCase(c);
  }

  /** {@link Character#isDigit(char)}. */
  static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : !isCyrillic(c) && Character.isDigit(c);
  }

  /**
   * Lower case ({@link Locale#ROOT}) with {@code ё} folded to {@code е}; the text itself when
   * nothing changes.
   */
  static String fold(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x80 && !isCyrillic(c)) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
      }
      if (folded(c) != c) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] chars = new char[n];
    text.getChars(0, i, chars, 0);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !isCyrillic(c)) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
      }
      chars[i] = folded(c);
    }
    return new String(chars);
  }

  /** An ASCII or basic Cyrillic character in lower case, {@code ё} folded. */
  private static char folded(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c == 'ё' || c == 'Ё') {
      return 'е';
    }
    if (c < '\u0410') {
      return (char) (c + ('ѐ' - 'Ѐ'));
    }
    return c <= 'Я' ? (char) (c + ('а' - 'А')) : c;
  }

  /** The basic Cyrillic letters, {@code Ѐ} to {@code џ}. */
  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u045F';
  }

  /** Whether the text is empty or all white space. */
  static boolean isBlank(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text with every kind of space turned into an ASCII space. */
  static String foldSpaces(CharSequence text, int start, int end) {
    StringBuilder folded = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      folded.append(isSpace(c) ? ' ' : c);
    }
    return folded.toString();
  }

  /** The text as it would be if trimmed of wire-copy white space. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}
