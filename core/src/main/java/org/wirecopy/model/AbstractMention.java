package org.wirecopy.model;

import org.immutables.value.Value;

/**
 * A stretch of the body that refers to something, with where it stands: a speaker's name
 * ({@code по словам Столтенберга}), pronoun ({@code он}) or role ({@code генсек НАТО}), or a
 * quote's speech cue ({@code добавил}).
 */
@Value.Immutable
public abstract class AbstractMention {

  /**
   * The text as written.
   *
   * @return the text
   */
  @Value.Parameter(order = 0)
  public abstract String text();

  /**
   * Where it stands.
   *
   * @return the span
   */
  @Value.Parameter(order = 1)
  public abstract Span span();

  @Value.Check
  void check() {
    if (text().length() != span().length()) {
      throw new IllegalStateException(
          "mention text has " + text().length() + " characters, its span " + span().length());
    }
  }
}
