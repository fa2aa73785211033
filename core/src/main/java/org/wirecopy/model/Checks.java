package org.wirecopy.model;

/** Invariant checks shared by the values (package-private). */
final class Checks {

  private Checks() {}

  /** A one-line, non-blank text without surrounding white space. */
  static void oneLine(String what, String text) {
    if (text.isEmpty()) {
      throw new IllegalStateException(what + " is empty");
    }
    // String.indexOf is vectorised: every block's text is checked, so this is most of the text.
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalStateException(what + " spans lines: " + excerpt(text));
    }
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
      throw new IllegalStateException(what + " has surrounding white space: " + excerpt(text));
    }
  }

  /** White space as wire copy uses it: ASCII, no-break and the Unicode space separators. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static String excerpt(String text) {
    return text.length() <= 60 ? '"' + text + '"' : '"' + text.substring(0, 57) + "...\"";
  }
}
