package org.wirecopy.text;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Input of any size made on the fly from a repeated pattern, so that tests of huge input need
 * no huge array of their own; it counts what the parser has taken.
 */
final class GeneratedInput {

  private GeneratedInput() {}

  /** The UTF-8 bytes of {@code pattern} repeated until {@code length} bytes were given. */
  static Bytes bytes(String pattern, long length) {
    return new Bytes(pattern.getBytes(StandardCharsets.UTF_8), length);
  }

  /** The characters of {@code pattern} repeated until {@code length} characters were given. */
  static Chars chars(String pattern, long length) {
    return new Chars(pattern, length);
  }

  /** A byte stream of a pattern repeated. */
  static final class Bytes extends InputStream {
    private final byte[] pattern;
    private final long length;
    private long position;

    private Bytes(byte[] pattern, long length) {
      this.pattern = pattern;
      this.length = length;
    }

    /** How many bytes were read so far. */
    long position() {
      return position;
    }

    @Override
    public int read() {
      return position < length ? pattern[(int) (position++ % pattern.length)] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = pattern[(int) (position++ % pattern.length)];
      }
      return n;
    }
  }

  /** A reader of a pattern repeated. */
  static final class Chars extends Reader {
    private final String pattern;
    private final long length;
    private long position;

    private Chars(String pattern, long length) {
      this.pattern = pattern;
      this.length = length;
    }

    /** How many characters were read so far. */
    long position() {
      return position;
    }

    @Override
    public int read(char[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = pattern.charAt((int) (position++ % pattern.length()));
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
