package org.wirecopy.text;

/** Character classes of wire copy. */
final class Chars {

  private Chars() {}

  /** White space as wire copy uses it: ASCII, no-break, thin and the other Unicode spaces. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
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
