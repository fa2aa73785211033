package org.wirecopy.text;

import java.util.List;

/**
 * A table of word endings of one to three letters, each packed into a long so that a word's last
 * three folded letters, read once, are compared to an ending in one step: adjectives, genitives
 * and gerunds are told by their endings for most words of a text.
 */
final class Endings {

  /** Per ending: its letters, the last in the lowest sixteen bits. */
  private final long[] letters;
  /** Per ending: the bits its letters take. */
  private final long[] masks;
  private final int[] lengths;

  private Endings(List<String> endings) {
    int n = endings.size();
    letters = new long[n];
    masks = new long[n];
    lengths = new int[n];
    for (int i = 0; i < n; i++) {
      String ending = endings.get(i);
      long packed = 0;
      for (int k = 0; k < ending.length(); k++) {
        packed = packed << 16 | ending.charAt(k);
      }
      letters[i] = packed;
      masks[i] = (1L << 16 * ending.length()) - 1;
      lengths[i] = ending.length();
    }
  }

  /**
   * The table of the endings, in their order.
   *
   * @param what what the endings mark, for the message of a bad one
   * @param endings folded endings, one to three letters each
   * @return the table
   * @throws IllegalStateException for an ending of no letter or of more than three
   */
  static Endings of(String what, List<String> endings) {
    for (String ending : endings) {
      if (ending.isEmpty() || ending.length() > 3) {
        throw new IllegalStateException("a " + what + " ending of one to three letters: " + ending);
      }
    }
    return new Endings(List.copyOf(endings));
  }

  /**
   * Whether a token's folded form ends with one of the endings, with more than {@code stem}
   * characters before it.
   *
   * @param word a word token
   * @param stem the fewest characters before the ending, less one
   * @return whether one ending fits
   */
  boolean end(Token word, int stem) {
    int length = word.lowerLength();
    if (length < 2) {
      return false;
    }
    long tail = (long) word.lowerAt(length - 1) | (long) word.lowerAt(length - 2) << 16
        | (length >= 3 ? (long) word.lowerAt(length - 3) << 32 : 0);
    for (int i = 0; i < letters.length; i++) {
      if (length > lengths[i] + stem && (tail & masks[i]) == letters[i]) {
        return true;
      }
    }
    return false;
  }
}
