package org.wirecopy.text;

import java.util.Arrays;

/**
 * The lines of a text: for each line where it starts, and where its content (without
 * surrounding white space) starts and ends. LF, CRLF and CR all end a line. A byte order mark at
 * the very start is outside every line.
 */
final class Lines {

  /** The three offsets of a line, side by side in one array. */
  private static final int START = 0;
  private static final int CONTENT_START = 1;
  private static final int CONTENT_END = 2;
  private static final int STRIDE = 3;

  private int count;
  private int nonBlank;
  private int[] offsets;

  Lines(String text) {
    // Room for one line more than the text has line feeds: every line of LF or CRLF text, so the
    // array is made once at its size; text with lines ended by a lone CR grows it.
    int lineFeeds = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lineFeeds++;
    }
    offsets = new int[(lineFeeds + 1) * STRIDE];
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    // The next LF and CR at or after i, found with String.indexOf, which the JIT vectorises; each
    // search starts past the last one found, so this pass reads the text once whatever its line
    // ends.
    int nextLf = -1;
    int nextCr = -1;
    while (i < length) {
      if (nextLf < i) {
        nextLf = indexOrLength(text, '\n', i);
      }
      if (nextCr < i) {
        nextCr = indexOrLength(text, '\r', i);
      }
      int lineStart = i;
      int lineEnd = Math.min(nextLf, nextCr);
      i = lineEnd;
      if (i < length) {
        i += text.charAt(i) == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
      }
      int cs = lineStart;
      while (cs < lineEnd && Chars.isSpace(text.charAt(cs))) {
        cs++;
      }
      int ce = lineEnd;
      while (ce > cs && Chars.isSpace(text.charAt(ce - 1))) {
        ce--;
      }
      add(lineStart, cs, ce);
    }
  }

  private static int indexOrLength(String text, char c, int from) {
    int at = text.indexOf(c, from);
    return at < 0 ? text.length() : at;
  }

  private void add(int s, int cs, int ce) {
    int at = count * STRIDE;
    if (at == offsets.length) {
      offsets = Arrays.copyOf(offsets, at * 2);
    }
    offsets[at + START] = s;
    offsets[at + CONTENT_START] = cs;
    offsets[at + CONTENT_END] = ce;
    count++;
    nonBlank += cs < ce ? 1 : 0;
  }

  int count() {
    return count;
  }

  /** How many lines are not {@link #blank}. */
  int nonBlank() {
    return nonBlank;
  }

  int start(int line) {
    return offsets[line * STRIDE + START];
  }

  int contentStart(int line) {
    return offsets[line * STRIDE + CONTENT_START];
  }

  int contentEnd(int line) {
    return offsets[line * STRIDE + CONTENT_END];
  }

  boolean blank(int line) {
    return contentStart(line) == contentEnd(line);
  }
}
