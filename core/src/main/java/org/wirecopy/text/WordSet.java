package org.wirecopy.text;

/**
 * A set of words by their folded form ({@link Token#lower()}), filled from tokens without making
 * their strings: open addressing over the tokens themselves. Not thread-safe: one per article.
 */
final class WordSet {

  private Token[] slots;
  private int[] hashes;
  private int count;

  /**
   * An empty set.
   *
   * @param expected about how many words it will hold
   */
  WordSet(int expected) {
    int size = Integer.highestOneBit(Math.max(16, expected + expected / 3) - 1) << 1;
    slots = new Token[size];
    hashes = new int[size];
  }

  /**
   * Adds a word's folded form.
   *
   * @param word a word token
   */
  void add(Token word) {
    int hash = word.lowerHash();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (Token there = slots[slot]; there != null; there = slots[slot]) {
      if (hashes[slot] == hash && there.lowerEquals(word)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = word;
    hashes[slot] = hash;
    // Linear probing stays short up to three quarters full.
    if (++count * 4 > slots.length * 3) {
      grow();
    }
  }

  /**
   * Whether the set holds a word's folded form.
   *
   * @param word a word token
   * @return whether a word of the same folded form was added
   */
  boolean contains(Token word) {
    int hash = word.lowerHash();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && slots[slot].lowerEquals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the set holds a folded form.
   *
   * @param lower a folded form
   * @return whether a word of that folded form was added
   */
  boolean contains(String lower) {
    int hash = lower.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && slots[slot].lowerEquals(lower)) {
        return true;
      }
    }
    return false;
  }

  private void grow() {
    Token[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new Token[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
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
