package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/** The seed article's quotes: all eight, seven by Йенс Столтенберг, one by Джон Керри. */
class QuoteFinderSeedTest {

  static Article seed() throws IOException {
    try (InputStream in = QuoteFinderSeedTest.class.getResourceAsStream("/corpus/ru-000-seed.txt")) {
      return ArticleParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void parse_seed_givesEightQuotesByTwoSpeakers() throws IOException {
    Article article = seed();

    assertThat(article.quotes()).hasSize(8);
    assertThat(article.quotes()).extracting(q -> q.speaker().map(Speaker::name).orElse(null))
        .containsExactly("Йенс Столтенберг", "Йенс Столтенберг", "Йенс Столтенберг",
            "Йенс Столтенберг", "Джон Керри", "Йенс Столтенберг", "Йенс Столтенберг",
            "Йенс Столтенберг");
    assertThat(article.speakers()).extracting(Speaker::name)
        .containsExactly("Йенс Столтенберг", "Джон Керри");
  }

  @Test
  void parse_seed_keepsTheNestedNameInItsQuote() throws IOException {
    Article article = seed();

    assertThat(article.quotes()).extracting(Quote::text)
        .noneMatch(t -> t.equals("Исламское государство"))
        .anyMatch(t -> t.endsWith("(террористической организацией \"Исламское государство\", "
            + "запрещена в России) в Ираке и Сирии"));
  }

  @Test
  void parse_seed_givesRoleAndEveryMention() throws IOException {
    Speaker stoltenberg = seed().speakers().get(0);

    assertThat(stoltenberg.role()).contains("генсек НАТО");
    assertThat(stoltenberg.mentions()).extracting(Mention::text).containsExactly(
        "Йенс Столтенберг", "он", "Столтенберг", "он", "Столтенберга", "генсек НАТО",
        "Столтенберг", "он");
  }
}
