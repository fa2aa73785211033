package org.wirecopy.text;

import java.util.Arrays;

/**
 * The lines of a text, found in one pass: for each line where it starts, where its content
 * (without surrounding white space) starts and ends, and where its line end ends. LF, CRLF and CR
 * all end a line. A byte order mark at the very start is outside every line.
 */
final class Lines {

  private int count;
  private int[] start = new int[64];
  private int[] contentStart = new int[64];
  private int[] contentEnd = new int[64];
  private int[] end = new int[64];

  Lines(CharSequence text) {
    int length = text.length();
    int i = length > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    while (i < length) {
      int lineStart = i;
      while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      int lineEnd = i;
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
      add(lineStart, cs, ce, i);
    }
  }

  private void add(int s, int cs, int ce, int e) {
    if (count == start.length) {
      int size = count * 2;
      start = Arrays.copyOf(start, size);
      contentStart = Arrays.copyOf(contentStart, size);
      contentEnd = Arrays.copyOf(contentEnd, size);
      end = Arrays.copyOf(end, size);
    }
    start[count] = s;
    contentStart[count] = cs;
    contentEnd[count] = ce;
    end[count] = e;
    count++;
  }

  int count() {
    return count;
  }

  int start(int line) {
    return start[line];
  }

  int contentStart(int line) {
    return contentStart[line];
  }

  int contentEnd(int line) {
    return contentEnd[line];
  }

  int end(int line) {
    return end[line];
  }

  boolean blank(int line) {
    return contentStart[line] == contentEnd[line];
  }
}
