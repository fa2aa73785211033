package org.wirecopy.text;

import java.util.List;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/** Finds the quotes of a body and attributes them to speakers. */
final class QuoteFinder {

  /** The quotes found and their speakers in order of first mention. */
  record Result(List<Quote> quotes, List<Speaker> speakers) {}

  private QuoteFinder() {}

  /**
   * Finds the quotes of a body.
   *
   * @param body the body blocks (the first one without its dateline)
   * @param language the article's language
   * @return quotes and speakers
   */
  static Result find(List<Block> body, Language language) {
    return new Result(List.of(), List.of());
  }
}
