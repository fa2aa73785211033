package org.wirecopy.text;

/** What a subheading's text looks like: short, starting like a sentence, ending none. */
final class Subheadings {

  static final int MAX_LENGTH = 150;

  private Subheadings() {}

  static boolean looksLikeOne(String text) {
    if (text.length() > MAX_LENGTH) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    boolean startsLikeHeading = Character.isUpperCase(first) || Character.isDigit(first);
    boolean endsOpen = Character.isLetterOrDigit(last) || last == ')';
    return startsLikeHeading && endsOpen;
  }
}
