package org.wirecopy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the outermost stretches of one block's text that stand between quotation marks.
 *
 * <p>Four kinds of marks are read: straight {@code "…"}, guillemets {@code «…»}, low-high
 * {@code „…“} (or {@code „…”}) and English curly {@code “…”}. Single quotes and apostrophes are
 * left alone: they only ever nest inside double quotes, and nested marks belong to the outer
 * quote.
 *
 * <p>A straight mark says nothing of its direction, so each one is classified by position:
 * <em>opening</em> after the start, white space, an opening bracket, a dash or another opening
 * mark, when a character follows; <em>closing</em> before the end, white space, punctuation, a
 * closing bracket or another closing mark, when a character precedes; <em>ambiguous</em>
 * otherwise, which closes when a straight mark is open and opens when none is. Marks are paired
 * with a stack; a closing mark pops the openers above its partner (they were nested). A closing
 * mark with nothing open right after a closed stretch means that stretch's opening mark was
 * shared with a nested name ({@code "Орешник" в Беларуси…", - сказал он}): the stretch is
 * extended to it. An opener still open at the end of the block gives a stretch to the end (the
 * first paragraph of a quote that runs over several).
 *
 * <p>Linear time, constant stack depth: the opener stack is an array, never recursion.
 */
final class QuoteMarks {

  /**
   * One outermost quoted stretch.
   *
   * @param open the offset of the opening mark
   * @param close the offset of the closing mark, or the text length when the block ends first
   */
  record Stretch(int open, int close) {

    /** The offset of the first quoted character. */
    int textStart() {
      return open + 1;
    }

    /** The offset after the last quoted character. */
    int textEnd() {
      return close;
    }
  }

  private static final int STRAIGHT = 0;
  private static final int GUILLEMET = 1;
  private static final int LOW = 2;
  private static final int CURLY = 3;
  private static final int FAMILIES = 4;

  private QuoteMarks() {}

  /** Whether a character is a double quotation mark of any kind. */
  static boolean isMark(char c) {
    return c == '"' || c == '«' || c == '»' || c == '„' || c == '“' || c == '”';
  }

  /**
   * The marks of one block, paired.
   *
   * @param stretches the outermost quoted stretches, in text order, without empty ones
   * @param unmatched the offsets of closing marks that close nothing
   * @param openAtEnd the offset of the outermost opening mark still open at the block's end, or
   *     -1 (a quote over several paragraphs, or an unbalanced mark)
   */
  record Marks(List<Stretch> stretches, List<Integer> unmatched, int openAtEnd) {}

  /**
   * The outermost quoted stretches, in text order, without empty ones.
   *
   * @param text a block's text
   * @return the stretches
   */
  static List<Stretch> find(String text) {
    return pair(text).stretches();
  }

  /**
   * Pairs the marks of a block's text.
   *
   * @param text a block's text
   * @return the stretches and the marks left unpaired
   */
  static Marks pair(String text) {
    // Most paragraphs hold no mark: for them no state is made.
    int[] next = null;
    for (int k = 0; k < MARKS.length; k++) {
      int at = text.indexOf(MARKS[k]);
      if (at >= 0 && next == null) {
        next = new int[MARKS.length];
        Arrays.fill(next, 0, k, -1);
      }
      if (next != null) {
        next[k] = at;
      }
    }
    return next == null ? NONE : new Pairing(text, next).run();
  }

  /** The double quotation marks, each found with {@link String#indexOf(int)}. */
  private static final char[] MARKS = {'"', '«', '»', '„', '“', '”'};
  private static final Marks NONE = new Marks(List.of(), List.of(), -1);

  /** The state of one left-to-right pass. */
  private static final class Pairing {
    private final String text;
    /** The open marks, innermost last: quotes rarely nest deeper than two, so room for four. */
    private int[] stackPos = new int[4];
    private int[] stackFamily = new int[4];
    private int depth;
    private final int[] open = new int[FAMILIES];
    /** Room for two: a paragraph with marks quotes once or twice, seldom more. */
    private final List<Stretch> found = new ArrayList<>(2);
    /** Made at the first closing mark that closes nothing: most blocks have none. */
    private List<Integer> unmatched;
    /** The offset of the last mark seen, and whether it closed the last stretch found. */
    private int lastMark = -1;
    private boolean lastClosedStretch;

    /** Where each of {@link #MARKS} is next found, -1 past its last. */
    private final int[] next;

    Pairing(String text, int[] next) {
      this.text = text;
      this.next = next;
    }

    /** The offset of the next mark of any kind, or -1; moves past it. */
    private int nextMark() {
      int kind = -1;
      for (int k = 0; k < next.length; k++) {
        if (next[k] >= 0 && (kind < 0 || next[k] < next[kind])) {
          kind = k;
        }
      }
      if (kind < 0) {
        return -1;
      }
      int at = next[kind];
      next[kind] = text.indexOf(MARKS[kind], at + 1);
      return at;
    }

    Marks run() {
      // Mark to mark: the text between them is skipped by indexOf.
      for (int i = nextMark(); i >= 0; i = nextMark()) {
        char c = text.charAt(i);
        boolean closed = false;
        switch (c) {
          case '«' -> push(GUILLEMET, i);
          case '»' -> closed = close(GUILLEMET, i);
          case '„' -> push(LOW, i);
          case '”' -> closed = open[LOW] > 0 && topFamily() == LOW ? close(LOW, i) : close(CURLY, i);
          case '“' -> {
            if (open[LOW] > 0) {
              closed = close(LOW, i);
            } else if (direction(i) < 0 && open[CURLY] > 0) {
              closed = close(CURLY, i);
            } else {
              push(CURLY, i);
            }
          }
          default -> {
            int direction = direction(i);
            if (direction > 0 || (direction == 0 && open[STRAIGHT] == 0)) {
              push(STRAIGHT, i);
            } else {
              closed = close(STRAIGHT, i);
            }
          }
        }
        lastMark = i;
        lastClosedStretch = closed;
      }
      if (depth > 0 && stackPos[0] + 1 < text.length()) {
        add(stackPos[0], text.length());
      }
      return new Marks(found, unmatched == null ? List.of() : unmatched,
          depth > 0 ? stackPos[0] : -1);
    }

    /** +1 opening, -1 closing, 0 ambiguous, by the characters around the mark. */
    private int direction(int i) {
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      char after = i + 1 == text.length() ? ' ' : text.charAt(i + 1);
      boolean opensAfter = i == 0 || Token.isSpace(before) || "([{-–—«„/".indexOf(before) >= 0;
      boolean closesBefore = i + 1 == text.length() || Token.isSpace(after)
          || ".,;:!?…)]}-–—»/".indexOf(after) >= 0;
      boolean canOpen = opensAfter && !(i + 1 == text.length() || Token.isSpace(after));
      boolean canClose = closesBefore && !(i == 0 || Token.isSpace(before));
      if (canOpen == canClose) {
        return 0;
      }
      return canOpen ? 1 : -1;
    }

    private int topFamily() {
      return depth == 0 ? -1 : stackFamily[depth - 1];
    }

    private void push(int family, int pos) {
      if (depth == stackPos.length) {
        stackPos = Arrays.copyOf(stackPos, depth * 2);
        stackFamily = Arrays.copyOf(stackFamily, depth * 2);
      }
      stackPos[depth] = pos;
      stackFamily[depth] = family;
      depth++;
      open[family]++;
    }

    /** Closes the innermost open mark of the family; returns whether a stretch was closed. */
    private boolean close(int family, int pos) {
      if (open[family] == 0) {
        // A closing mark right after a stretch closed with the same mark: that one was an inner
        // quote's, and the stretch goes on to here. Not after a comma inside the mark, the
        // English way to end a quote before its attribution ("...," he said. ...").
        if (depth == 0 && lastClosedStretch && !found.isEmpty()
            && found.get(found.size() - 1).close() == lastMark
            && text.charAt(lastMark) == text.charAt(pos) && text.charAt(lastMark - 1) != ',') {
          Stretch last = found.remove(found.size() - 1);
          found.add(new Stretch(last.open(), pos));
          return true;
        }
        if (unmatched == null) {
          unmatched = new ArrayList<>();
        }
        unmatched.add(pos);
        return false;
      }
      int opener;
      do {
        depth--;
        open[stackFamily[depth]]--;
        opener = stackPos[depth];
      } while (stackFamily[depth] != family);
      if (depth == 0) {
        add(opener, pos);
        return true;
      }
      return false;
    }

    private void add(int openPos, int closePos) {
      for (int i = openPos + 1; i < closePos; i++) {
        if (!Token.isSpace(text.charAt(i))) {
          found.add(new Stretch(openPos, closePos));
          return;
        }
      }
    }
  }
}
