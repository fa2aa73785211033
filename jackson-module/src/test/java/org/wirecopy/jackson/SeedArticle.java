package org.wirecopy.jackson;

import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Photo;
import org.wirecopy.model.Quote;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/** The start of the seed article ({@code seeds/000_2b59c0469892a034.txt}), built in code. */
final class SeedArticle {

  private static final List<Block> BODY = List.of(
      Block.paragraph("Главы МИД НАТО призвали к прекращению боев в Сирии и политическому диалогу"
          + " всех сторон конфликта. Об этом заявил генсек НАТО Йенс Столтенберг на"
          + " пресс-конференции по итогам первого дня встречи министров иностранных дел альянса."),
      Block.paragraph("\"Поэтому мы призываем к немедленному прекращению насилия и возобновлению"
          + " поставок гуманитарной помощи\", - добавил Столтенберг, подчеркнув, что \"любая"
          + " отсрочка в прекращении боев приведет к новым жертвам\"."),
      Block.subheading("НАТО видит усиление присутствия РФ на Балканах"));

  private SeedArticle() {}

  /**
   * The article.
   *
   * @return headers, three blocks, two quotes by one speaker
   */
  static Article article() {
    Speaker stoltenberg = Speaker.builder()
        .name("Йенс Столтенберг")
        .role("генсек НАТО")
        .addMention(mention(0, "Йенс Столтенберг"))
        .addMention(mention(1, "Столтенберг"))
        .build();
    return Article.builder()
        .language(Language.RUSSIAN)
        .published(Timestamp.of(LocalDateTime.of(2016, 12, 6, 18, 39)))
        .updated(Timestamp.of(LocalDateTime.of(2016, 12, 6, 19, 10)))
        .addTopic(Topic.of("Кризис в Сирии"))
        .headline("Главы МИД НАТО призвали Россию к прекращению боев в Сирии")
        .photo(Photo.builder().caption("Йенс Столтенберг").credit("EPA/ STEPHANIE LECOCQ").build())
        .lead("Генсек альянса назвал катастрофой происходящее в САР")
        .dateline(Dateline.builder()
            .place("БРЮССЕЛЬ")
            .monthDay(MonthDay.of(12, 6))
            .year(2016)
            .agency("ТАСС")
            .author("Виктория Дубровина")
            .build())
        .body(BODY)
        .addQuote(Quote.builder()
            .text("Поэтому мы призываем к немедленному прекращению насилия и возобновлению"
                + " поставок гуманитарной помощи")
            .span(span(1, "Поэтому мы призываем к немедленному прекращению насилия и возобновлению"
                + " поставок гуманитарной помощи"))
            .kind(QuoteKind.DIRECT)
            .speaker(stoltenberg)
            .cue(mention(1, "добавил"))
            .build())
        .addQuote(Quote.builder()
            .text("любая отсрочка в прекращении боев приведет к новым жертвам")
            .span(span(1, "любая отсрочка в прекращении боев приведет к новым жертвам"))
            .kind(QuoteKind.PARTIAL)
            .speaker(stoltenberg)
            .cue(mention(1, "подчеркнув"))
            .build())
        .addSpeaker(stoltenberg)
        .build();
  }

  private static Mention mention(int block, String text) {
    return Mention.of(text, span(block, text));
  }

  private static Span span(int block, String text) {
    int start = BODY.get(block).text().indexOf(text);
    return Span.of(block, start, start + text.length());
  }
}
