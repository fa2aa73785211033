package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.model.Article;
import org.wirecopy.model.Dateline;

/** Datelines of the agencies besides TASS, each in a realistic paragraph, read and written back. */
class AgencyDatelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "МОСКВА, 16 дек – РИА Новости. Президент России провел совещание.|МОСКВА|--12-16|РИА Новости|-|-|Президент России провел совещание.",
      "МОСКВА, 16 декабря – РИА Новости, Иван Иванов. Совещание прошло в Кремле.|МОСКВА|--12-16|РИА Новости|Иван Иванов|-|Совещание прошло в Кремле.",
      "Москва. 8 декабря. INTERFAX.RU - Правительство одобрило проект бюджета.|Москва|--12-08|INTERFAX.RU|-|-|Правительство одобрило проект бюджета.",
      "BRUSSELS (Reuters) - NATO foreign ministers met on Tuesday.|BRUSSELS|-|Reuters|-|-|NATO foreign ministers met on Tuesday.",
      "MOSCOW, Dec 6 (Reuters) - The Kremlin said on Tuesday it was ready.|MOSCOW|--12-06|Reuters|-|-|The Kremlin said on Tuesday it was ready.",
      "BRUSSELS (AP) — NATO allies agreed on Tuesday to boost support.|BRUSSELS|-|AP|-|-|NATO allies agreed on Tuesday to boost support.",
      "WASHINGTON (AP) _ The Senate passed the bill late Tuesday.|WASHINGTON|-|AP|-|-|The Senate passed the bill late Tuesday.",
      "SPRINGFIELD, Ill. (AP) — The governor signed the budget.|SPRINGFIELD|-|AP|-|Ill.|The governor signed the budget.",
  })
  void parse_agencyDateline_givesItsFieldsAndKeepsTheText(String text, String place,
      String monthDay, String agency, String author, String region, String paragraph) {
    Article article = ArticleParser.parse(text + "\n\nSecond paragraph.\n");
    Dateline d = article.dateline().orElseThrow();

    assertThat(d.place()).contains(place);
    assertThat(d.monthDay().map(MonthDay::toString).orElse(null)).isEqualTo(monthDay);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.author().orElse(null)).isEqualTo(author);
    assertThat(d.region().orElse(null)).isEqualTo(region);
    assertThat(article.body().get(0).text()).isEqualTo(paragraph);
    assertThat(ArticleWriter.write(article)).isEqualTo(text + "\n\nSecond paragraph.\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "МОСКВА, 16 дек – РИА Новости, Иван Иванов. Текст.",
      "Москва. 8 декабря. INTERFAX.RU - Текст.",
      "MOSCOW, Dec 6 (Reuters) - Text.",
      "SPRINGFIELD, Ill. (AP) — Text.",
      "BRUSSELS (AP) — Text.",
  })
  void write_agencyDatelineBuiltInCode_readsBack(String text) {
    Article parsed = ArticleParser.parse(text);
    Article built = parsed.withLayout(java.util.Optional.empty());

    assertThat(ArticleParser.parse(ArticleWriter.write(built))).isEqualTo(built);
  }
}
