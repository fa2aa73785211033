package org.wirecopy.text;

import java.util.List;

/**
 * The text could not be read as asked: strict parsing met a {@link Diagnostic}, the input is
 * larger than the parser's limit, or its bytes are not UTF-8.
 *
 * <p>It carries every diagnostic found (empty for input errors) and the line and column of the
 * first problem, or the byte offset of malformed input.
 */
public final class ArticleParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;
  private final int line;
  private final int column;
  private final long byteOffset;

  ArticleParseException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
    this.line = diagnostics.isEmpty() ? 0 : diagnostics.get(0).line();
    this.column = diagnostics.isEmpty() ? 0 : diagnostics.get(0).column();
    this.byteOffset = -1;
  }

  ArticleParseException(String message, long byteOffset, Throwable cause) {
    super(message, cause);
    this.diagnostics = List.of();
    this.line = 0;
    this.column = 0;
    this.byteOffset = byteOffset;
  }

  private static String message(List<Diagnostic> diagnostics) {
    StringBuilder message = new StringBuilder("strict parsing failed with ")
        .append(diagnostics.size()).append(diagnostics.size() == 1 ? " problem" : " problems");
    for (Diagnostic diagnostic : diagnostics) {
      message.append("\n  ").append(diagnostic);
    }
    return message.toString();
  }

  /**
   * Every diagnostic found, in text order.
   *
   * @return the diagnostics; empty for input errors
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The 1-based line of the first problem.
   *
   * @return the line, or 0 for input errors
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column of the first problem.
   *
   * @return the column, or 0 for input errors
   */
  public int column() {
    return column;
  }

  /**
   * The offset of the first malformed byte.
   *
   * @return the byte offset, or -1 when the bytes were not the problem
   */
  public long byteOffset() {
    return byteOffset;
  }
}
