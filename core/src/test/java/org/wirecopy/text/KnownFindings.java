package org.wirecopy.text;

import java.util.HashSet;
import java.util.Set;
import org.wirecopy.model.Article;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;

/**
 * Bugs in main code that the fuzz targets found, reported and not yet fixed. The targets look
 * past inputs that hit one, so that a campaign goes on to find others; each has a failing,
 * disabled test in {@link FuzzFindingsTest}. Remove a check here once its bug is fixed.
 */
final class KnownFindings {

  private KnownFindings() {}

  /**
   * Two speakers whose first mentions start at one offset, which come out in a random order:
   * {@link FuzzFindingsTest#parse_speakersFirstMentionedTogether_comeOutInOneOrder()}.
   */
  static boolean speakersFirstMentionedTogether(Article article) {
    Set<String> starts = new HashSet<>();
    for (Speaker speaker : article.speakers()) {
      if (!speaker.mentions().isEmpty()) {
        Span first = speaker.mentions().get(0).span();
        if (!starts.add(first.block() + ":" + first.start())) {
          return true;
        }
      }
    }
    return false;
  }
}
