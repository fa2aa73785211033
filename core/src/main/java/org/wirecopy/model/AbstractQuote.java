package org.wirecopy.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A quotation in the body: the quoted words, where they stand, and who said them. */
@Value.Immutable
public abstract class AbstractQuote {

  /**
   * The quoted words, exactly as written, without the quotation marks.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Where the words stand (inside the marks).
   *
   * @return the span
   */
  public abstract Span span();

  /**
   * Direct speech or a partial quote.
   *
   * @return the kind
   */
  public abstract QuoteKind kind();

  /**
   * Who said it, when the article says.
   *
   * @return the speaker
   */
  public abstract Optional<Speaker> speaker();

  /**
   * The speech cue that attributes it ({@code добавил}, {@code по словам}, {@code said}).
   *
   * @return the cue
   */
  public abstract Optional<Mention> cue();

  @Value.Check
  void check() {
    if (text().length() != span().length()) {
      throw new IllegalStateException(
          "quote text has " + text().length() + " characters, its span " + span().length());
    }
  }
}
