package org.wirecopy.text;

import java.util.Locale;

/** Character classes of wire copy. */
final class Chars {

  private Chars() {}

  /** The classes below, looked up for every character under this one. */
  static final int TABLE = 0x460;
  static final byte LOWER = 1;
  static final byte UPPER = 2;
  static final byte LETTER = 4;
  /** ASCII or basic Cyrillic: what {@link #folded} folds. */
  static final byte PLAIN = 8;
  private static final byte[] CLASSES = new byte[TABLE];
  private static final char[] FOLDED = new char[TABLE];
  /** {@link #isSpace} and {@link #isWhitespace} are looked up under this character. */
  private static final int SPACE_TABLE = 0x3001;
  private static final long[] SPACES = new long[(SPACE_TABLE + 63) / 64];
  private static final long[] WHITESPACE = new long[SPACES.length];

  static {
    for (char c = 0; c < SPACE_TABLE; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        SPACES[c >>> 6] |= 1L << c;
      }
      if (Character.isWhitespace(c)) {
        WHITESPACE[c >>> 6] |= 1L << c;
      }
    }
    for (char c = 0; c < TABLE; c++) {
      CLASSES[c] = (byte) ((isLowerCase(c) ? LOWER : 0) | (isUpperCase(c) ? UPPER : 0)
          | (isLetter(c) ? LETTER : 0) | (isPlain(c) ? PLAIN : 0));
      FOLDED[c] = folded(c);
    }
  }

  /**
   * The classes of a character: {@link #LOWER}, {@link #UPPER}, {@link #LETTER}, {@link #PLAIN},
   * as the tests below answer; one lookup under {@link #TABLE}.
   */
  static int classes(char c) {
    if (c < TABLE) {
      return CLASSES[c];
    }
    // Past the table no character is plain.
    return (Character.isLowerCase(c) ? LOWER : 0) | (Character.isUpperCase(c) ? UPPER : 0)
        | (Character.isLetter(c) ? LETTER : 0);
  }

  /** {@link #folded} of a character under {@link #TABLE}, looked up. */
  static char foldedPlain(char c) {
    return FOLDED[c];
  }

  /** White space as wire copy uses it: ASCII, no-break, thin and the other Unicode spaces. */
  static boolean isSpace(char c) {
    // One bit per character up to the ideographic space, the last space of the Unicode tables;
    // past it, Character's tables.
    if (c < SPACE_TABLE) {
      return (SPACES[c >>> 6] & 1L << c) != 0;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link Character#isWhitespace(char)}, which unlike {@link #isSpace} leaves out no-break spaces. */
  static boolean isWhitespace(char c) {
    if (c < SPACE_TABLE) {
      return (WHITESPACE[c >>> 6] & 1L << c) != 0;
    }
    return Character.isWhitespace(c);
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
    // The JDK lowers a string into one array of the result's size, the text itself when no
    // letter changes; a copy through a char array cost two arrays more (the string made from
    // it first tries a Latin-1 one). For ASCII and basic Cyrillic it agrees with folded(c).
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** Whether every character of the text is ASCII or basic Cyrillic: {@link #fold} keeps its length. */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isPlain(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a plain text, folded, ends with the ending: {@code fold(text).endsWith(ending)}. */
  static boolean foldedEndsWith(String text, String ending) {
    int from = text.length() - ending.length();
    if (from < 0) {
      return false;
    }
    for (int k = 0; k < ending.length(); k++) {
      if (folded(text.charAt(from + k)) != ending.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two texts fold to the same: {@code fold(a).equals(fold(b))}. */
  static boolean foldedEquals(String a, String b) {
    if (!isPlain(a) || !isPlain(b)) {
      return fold(a).equals(fold(b));
    }
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (folded(a.charAt(i)) != folded(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a character is ASCII or basic Cyrillic, so that {@link #folded} folds it. */
  static boolean isPlain(char c) {
    return c < 0x80 || isCyrillic(c);
  }

  /**
   * An ASCII or basic Cyrillic character in lower case, {@code ё} folded: one character of
   * {@link #fold} for a text of such characters. Any other character gives a meaningless one.
   */
  static char folded(char c) {
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

  /** Whether the text holds an ASCII digit, as {@code \d} matches. */
  static boolean hasDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the prefix stands in the text at an offset, {@link String#startsWith(String, int)}
   * for any character sequence; the caller knows the prefix fits.
   */
  static boolean startsWith(CharSequence text, int at, String prefix) {
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
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

  /**
   * A line with every kind of space turned into an ASCII space; the line itself when it has no
   * other kind, as most lines have none.
   */
  static String foldSpaces(String line) {
    return foldSpaces(line, 0, line.length());
  }

  /**
   * The text between the offsets with every kind of space turned into an ASCII space; cut as it
   * is when it has no other kind (of a whole string, the string itself).
   */
  static String foldSpaces(CharSequence text, int start, int end) {
    int from = start;
    while (from < end && !isOtherSpace(text.charAt(from))) {
      from++;
    }
    if (from == end) {
      return text.subSequence(start, end).toString();
    }
    char[] folded = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      folded[i - start] = isSpace(c) ? ' ' : c;
    }
    return new String(folded);
  }

  /** A space other than the ASCII one. */
  private static boolean isOtherSpace(char c) {
    return c != ' ' && isSpace(c);
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
