package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;

/**
 * Articles the model accepts but no parse gives, as the JSON module or code can build them: the
 * writer writes each one without an exception.
 */
class HostileModelTest {

  static Stream<Dateline> datelinesNoFormatWrites() {
    MonthDay day = MonthDay.of(12, 6);
    return Stream.of(
        Dateline.builder().place("MOSCOW").monthDay(day).agency("XYZ").build(),
        Dateline.builder().agency("TASS").build(),
        Dateline.builder().place("МОСКВА").agency("ТАСС").build(),
        Dateline.builder().place("BRUSSELS").agency("Reuters").author("John Smith").build(),
        Dateline.builder().place("МОСКВА").region("Россия").monthDay(day).agency("РИА Новости")
            .build());
  }

  @ParameterizedTest
  @MethodSource("datelinesNoFormatWrites")
  void write_datelineNoFormatWrites_writesIt(Dateline dateline) {
    Article article = Article.builder().dateline(dateline).addBody(Block.paragraph("Текст."))
        .build();

    String text = ArticleWriter.write(article);

    assertThat(text).contains(dateline.agency(), "Текст.");
  }
}
