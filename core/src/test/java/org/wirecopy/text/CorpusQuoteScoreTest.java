package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Quote;

/**
 * Scores the quotes found in the annotated corpus as {@code shared/eval/score.py} does, per
 * language, and fails below the floors. The report (figures, then each miss) is printed.
 */
class CorpusQuoteScoreTest {

  static final double QUOTE_F1 = 0.95;
  static final double WHO_SAID_WHAT_F1 = 0.90;
  static final double ATTRIBUTION = 0.92;

  @Test
  void russian_meetsFloors() {
    QuoteScore score = score("ru-");
    System.out.println("ru " + score.report());
    assertFloors(score, QUOTE_F1, WHO_SAID_WHAT_F1, ATTRIBUTION);
  }

  @Test
  void english_meetsFloors() {
    QuoteScore score = score("en-");
    System.out.println("en " + score.report());
    assertFloors(score, QUOTE_F1, WHO_SAID_WHAT_F1, ATTRIBUTION);
  }

  static QuoteScore score(String prefix) {
    QuoteScore score = new QuoteScore();
    for (QuoteCorpus.Article article : QuoteCorpus.load(prefix)) {
      List<QuoteScore.Scored> pred = new ArrayList<>();
      for (Quote quote : article.article().quotes()) {
        pred.add(new QuoteScore.Scored(quote.text(),
            quote.speaker().map(s -> s.name()).orElse(null),
            quote.speaker().map(s -> s.named()).orElse(true)));
      }
      List<QuoteScore.Scored> gold = new ArrayList<>();
      for (QuoteCorpus.GoldQuote quote : article.gold()) {
        gold.add(new QuoteScore.Scored(quote.text(), quote.speaker(), quote.named()));
      }
      score.add(article.name(), pred, gold);
    }
    return score;
  }

  private static void assertFloors(QuoteScore score, double quoteF1, double wsw, double attribution) {
    assertThat(score.quoteF1()).as("quote F1").isGreaterThanOrEqualTo(quoteF1);
    assertThat(score.whoSaidWhatF1()).as("who-said-what F1").isGreaterThanOrEqualTo(wsw);
    assertThat(score.attributionAccuracy()).as("attribution accuracy on named speakers")
        .isGreaterThanOrEqualTo(attribution);
  }
}
