package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;

/**
 * Hostile paragraphs: quote finding stays linear and never recurses on the input's depth.
 * Each case gets a few seconds on a slow machine; a quadratic pass would take minutes.
 */
class QuoteFinderLimitsTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  @Test
  void find_millionStraightMarks_finishes() {
    assertFinishes("\"".repeat(1_000_000), Language.RUSSIAN);
    assertFinishes("\"".repeat(1_000_000), Language.ENGLISH);
  }

  @Test
  void find_hundredThousandNestedGuillemets_finishes() {
    String nested = "«".repeat(100_000) + "слово" + "»".repeat(100_000);
    assertFinishes(nested, Language.RUSSIAN);
    assertFinishes("«".repeat(100_000), Language.RUSSIAN);
  }

  @Test
  void find_hundredThousandNestedStraightMarks_finishes() {
    assertFinishes("\"".repeat(100_000) + "слово" + "\"".repeat(100_000), Language.RUSSIAN);
    assertFinishes(" \"слово".repeat(100_000), Language.RUSSIAN);
  }

  @Test
  void find_manyShortQuotesInOneSentence_finishes() {
    assertFinishes("Он сказал \"да\", ".repeat(30_000), Language.RUSSIAN);
    assertFinishes("\"Да\", - сказал он, - \"нет\" ".repeat(20_000), Language.RUSSIAN);
    assertFinishes("\"Yes,\" he said, adding \"no\" ".repeat(20_000), Language.ENGLISH);
  }

  @Test
  void find_longSentenceOfNamesAndVerbs_finishes() {
    assertFinishes("также также заявил Иван Петров сказал он по словам Сидорова ".repeat(20_000),
        Language.RUSSIAN);
    assertFinishes("Peter Smith said the minister told reporters according to him ".repeat(20_000),
        Language.ENGLISH);
  }

  @Test
  void find_manyParagraphsOfSpeakers_finishes() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("\"Слова номер ").append(i).append("\", - сказал Человек").append(i).append(".\n");
    }
    List<Block> body = text.toString().lines().map(Block::paragraph).toList();
    assertTimeoutPreemptively(LIMIT, () -> {
      QuoteFinder.Result result = QuoteFinder.find(body, Language.RUSSIAN);
      assertThat(result.quotes()).hasSize(10_000);
    });
  }

  private static void assertFinishes(String paragraph, Language language) {
    assertTimeoutPreemptively(LIMIT, () -> QuoteFinder.find(List.of(Block.paragraph(paragraph.strip())), language));
  }
}
