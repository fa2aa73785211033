package org.wirecopy.text;

/**
 * The capitalised words of one article by their folded form ({@link Token#lower()}), and which
 * of them it also writes in lower case: the first tell the nominatives a name may take, the
 * second a capitalised common word from a name. Open addressing over the tokens themselves, so
 * that no word is made a string. Not thread-safe: one per article.
 */
final class ArticleWords {

  private Token[] slots;
  private int[] hashes;
  /** Whether the article also writes the word in a slot in lower case. */
  private boolean[] lowercase;
  private int count;

  /**
   * No words yet.
   *
   * @param expected about how many capitalised words it will hold
   */
  ArticleWords(int expected) {
    int size = Integer.highestOneBit(Math.max(16, expected + expected / 3) - 1) << 1;
    slots = new Token[size];
    hashes = new int[size];
    lowercase = new boolean[size];
  }

  /**
   * Adds a capitalised word.
   *
   * @param word a word token written capitalised
   */
  void addCapitalised(Token word) {
    int slot = probe(word);
    if (slots[slot] != null) {
      return;
    }
    slots[slot] = word;
    hashes[slot] = word.lowerHash();
    // Linear probing stays short up to three quarters full.
    if (++count * 4 > slots.length * 3) {
      grow();
    }
  }

  /**
   * Notes a word written in lower case: a capitalised word of the same folded form is then one
   * that the article also writes in lower case. Note every such word after adding every
   * capitalised one.
   *
   * @param word a word token written in lower case
   */
  void noteLowercase(Token word) {
    int slot = probe(word);
    if (slots[slot] != null) {
      lowercase[slot] = true;
    }
  }

  /**
   * Whether the article writes a capitalised word of this folded form ({@code небензя}).
   *
   * @param lower a folded form
   * @return whether a capitalised word of that form was added
   */
  boolean isCapitalised(String lower) {
    int hash = lower.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && slots[slot].lowerEquals(lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article also writes a capitalised word in lower case.
   *
   * @param word a word token written capitalised, added before
   * @return whether a word of the same folded form was noted in lower case
   */
  boolean isAlsoLowercase(Token word) {
    return lowercase[probe(word)];
  }

  /** The slot that holds a word of the token's folded form, else the empty slot it would take. */
  private int probe(Token word) {
    int hash = word.lowerHash();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (slots[slot] != null && !(hashes[slot] == hash && slots[slot].lowerEquals(word))) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    Token[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new Token[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    lowercase = new boolean[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < oldSlots.length; i++) {
      if (oldSlots[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = oldSlots[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
