package org.wirecopy.text;

import java.util.Objects;

/**
 * Something the parser found missing or odd in the text, with where it stands.
 *
 * <p>Printed as {@code <line:column>: message}, like jsoup's parse errors.
 *
 * @param code what kind of finding it is
 * @param line the 1-based line
 * @param column the 1-based column (in UTF-16 units)
 * @param message what was found, in a sentence
 * @param excerpt the start of the text concerned, at most 60 characters
 */
public record Diagnostic(Code code, int line, int column, String message, String excerpt) {

  /** The kinds of finding. */
  public enum Code {
    /** No dateline opens the body; the body starts at the first line after the header. */
    NO_DATELINE,
    /** A header line that is neither timestamp, topic, headline, photo, lead nor byline. */
    UNRECOGNISED_HEADER_LINE,
    /** A timestamp or dateline whose date does not exist ({@code 31 февраля}). */
    IMPOSSIBLE_DATE,
    /** The update time lies before the publication time. */
    TIMESTAMPS_OUT_OF_ORDER,
    /** A quotation mark that opens no quote or closes none. */
    UNBALANCED_QUOTE
  }

  /**
   * Creates a diagnostic.
   *
   * @throws NullPointerException if code, message or excerpt is null
   */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(excerpt, "excerpt");
  }

  @Override
  public String toString() {
    return "<" + line + ":" + column + ">: " + message
        + (excerpt.isEmpty() ? "" : " [" + excerpt + "]");
  }
}
