package org.wirecopy.text;

import org.wirecopy.model.Article;
import org.wirecopy.model.Part;
import org.wirecopy.model.Segment;

/**
 * Bugs in main code that the fuzz targets found, reported and not yet fixed. The targets look
 * past inputs that hit one, so that a campaign goes on to find others; each has a failing,
 * disabled test in {@link FuzzFindingsTest}. Remove a check here once its bug is fixed.
 */
final class KnownFindings {

  private KnownFindings() {}

  /** Whether the parsed article hits a known bug. */
  static boolean hit(Article article) {
    return twoBylines(article);
  }

  /** {@link FuzzFindingsTest#write_twoBylineLines_givesBothBack()}. */
  private static boolean twoBylines(Article article) {
    return article.layout().orElseThrow().segments().stream()
        .map(Segment::part).filter(p -> p == Part.BYLINE).count() > 1;
  }
}
