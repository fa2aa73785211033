package org.wirecopy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of word endings of one to three letters, each packed into a long so that a word's last
 * three folded letters, read once, are compared to the endings in a step per ending length: a
 * small hash set per length instead of a comparison per ending. Adjectives, genitives and gerunds
 * are told by their endings for most words of a text.
 */
final class Endings {

  /** The bits of the last one, two and three letters of a packed tail, by length. */
  private static final long[] MASKS = {0, 0xFFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFF_FFFFL};

  /**
   * Per ending length (index 1 to 3), the endings of that length, packed (the last letter in
   * the lowest sixteen bits), by open addressing; zero is an empty slot, as no ending packs to it.
   */
  private final long[][] tables = new long[4][];

  private Endings(List<String> endings) {
    for (int length = 1; length <= 3; length++) {
      List<Long> packed = new ArrayList<>();
      for (String ending : endings) {
        if (ending.length() == length) {
          packed.add(pack(ending));
        }
      }
      // At most half full: a miss, the usual answer, ends at an empty slot in a probe or two.
      long[] table = new long[Integer.highestOneBit(Math.max(1, packed.size()) * 2) << 1];
      for (long ending : packed) {
        int slot = slot(ending, table.length);
        while (table[slot] != 0 && table[slot] != ending) {
          slot = (slot + 1) & (table.length - 1);
        }
        table[slot] = ending;
      }
      tables[length] = table;
    }
  }

  private static long pack(String ending) {
    long packed = 0;
    for (int k = 0; k < ending.length(); k++) {
      packed = packed << 16 | ending.charAt(k);
    }
    return packed;
  }

  private static int slot(long packed, int size) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 40) & (size - 1);
  }

  private static boolean contains(long[] table, long packed) {
    for (int slot = slot(packed, table.length); table[slot] != 0;
        slot = (slot + 1) & (table.length - 1)) {
      if (table[slot] == packed) {
        return true;
      }
    }
    return false;
  }

  /**
   * The table of the endings.
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
    for (int n = 1; n <= 3 && length > n + stem; n++) {
      if (contains(tables[n], tail & MASKS[n])) {
        return true;
      }
    }
    return false;
  }
}
