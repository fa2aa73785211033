package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

class ArticleWriterTest {

  private static String seed() throws IOException {
    return Files.readString(SeedGoldenTest.SEED);
  }

  @Test
  void write_editedHeadline_writesItKeepingTheRestOfTheLayout() throws IOException {
    String text = seed();
    Article article = ArticleParser.parse(text);

    String written = ArticleWriter.write(article.withHeadline("Новый заголовок"));

    assertThat(written).isEqualTo(text.replace(article.headline().get(), "Новый заголовок"));
  }

  @Test
  void write_editedParagraph_writesItInPlace() throws IOException {
    String text = seed();
    Article article = ArticleParser.parse(text);
    List<Block> body = new java.util.ArrayList<>(article.body());
    String old = body.get(7).text();
    body.set(7, Block.paragraph("Другой текст."));

    String written = ArticleWriter.write(article.withBody(body).withQuotes(List.of()));

    assertThat(written).isEqualTo(text.replace(old, "Другой текст."));
  }

  @Test
  void write_removedLead_leavesItOut() throws IOException {
    String text = seed();
    Article article = ArticleParser.parse(text);

    String written = ArticleWriter.write(article.withLead(Optional.empty()));

    assertThat(written).doesNotContain(article.lead().get());
    assertThat(ArticleParser.parse(written).lead()).isEmpty();
  }

  @Test
  void write_appendedParagraph_goesAtTheEnd() {
    String text = "Заголовок\n\nМОСКВА, 1 июля. /ТАСС/. Текст.\n";
    Article article = ArticleParser.parse(text);
    Article longer = article.withBody(List.of(article.body().get(0), Block.paragraph("Ещё.")));

    assertThat(ArticleWriter.write(longer)).isEqualTo(text + "\nЕщё.\n");
  }

  @Test
  void write_editedTimestamp_writesCanonicalForm() throws IOException {
    String text = seed();
    Article article = ArticleParser.parse(text);

    String written = ArticleWriter.write(
        article.withPublished(Timestamp.of(LocalDateTime.of(2016, 12, 7, 9, 5))));

    assertThat(written).startsWith("7 декабря 2016, 09:05\nобновлено");
  }

  @Test
  void write_builtArticle_writesCanonicalText() {
    Article article = Article.builder()
        .language(Language.RUSSIAN)
        .published(Timestamp.of(LocalDateTime.of(2016, 12, 6, 18, 39)))
        .addTopic(Topic.of("Кризис в Сирии"))
        .headline("Главы МИД НАТО призвали Россию к прекращению боев в Сирии")
        .lead("Генсек альянса назвал катастрофой происходящее в САР")
        .dateline(Dateline.builder().place("БРЮССЕЛЬ").monthDay(MonthDay.of(12, 6)).year(2016)
            .agency("ТАСС").author("Виктория Дубровина").build())
        .addBody(Block.paragraph("Первый абзац."), Block.subheading("Подзаголовок"),
            Block.paragraph("Второй абзац."))
        .build();

    String text = ArticleWriter.write(article);

    assertThat(text).isEqualTo("""
        6 декабря 2016, 18:39
        Кризис в Сирии

        Главы МИД НАТО призвали Россию к прекращению боев в Сирии

        Генсек альянса назвал катастрофой происходящее в САР

        БРЮССЕЛЬ, 6 декабря. /Корр. ТАСС Виктория Дубровина/. Первый абзац.

        Подзаголовок

        Второй абзац.
        """);
    assertThat(ArticleParser.parse(text)).isEqualTo(ArticleParser.attribute(article));
  }
}
