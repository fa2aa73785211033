package org.wirecopy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model refuses values that break its invariants, whoever builds them (code, the JSON
 * module, the parser): offsets inside their block, texts on one line, dates that exist.
 */
class ModelInvariantsTest {

  private static final Block PARAGRAPH = Block.paragraph("Песков сказал: «Нет».");

  private static Quote quote(int start, int end, String text) {
    return Quote.builder().text(text).span(Span.of(0, start, end)).kind(QuoteKind.DIRECT).build();
  }

  @Test
  void span_negativeOrReversed_isRefused() {
    assertThatThrownBy(() -> Span.of(-1, 0, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Span.of(0, -1, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Span.of(0, 5, 4)).hasMessageContaining("invalid span");
    assertThat(Span.of(0, 4, 4).length()).isZero();
  }

  @Test
  void quoteAndMention_textOfAnotherLengthThanTheSpan_isRefused() {
    assertThatThrownBy(() -> quote(0, 3, "Нет".repeat(2)))
        .hasMessageContaining("quote text has 6 characters, its span 3");
    assertThatThrownBy(() -> Mention.of("Песков", Span.of(0, 0, 5)))
        .hasMessageContaining("mention text has 6 characters, its span 5");
  }

  @Test
  void article_quoteOutsideTheBody_isRefused() {
    Article.Builder article = Article.builder().addBody(PARAGRAPH);

    assertThatThrownBy(() -> article.addQuote(quote(16, 40, "x".repeat(24))).build())
        .hasMessageContaining("quote offsets fall outside the body");
    assertThatThrownBy(() -> Article.builder().addBody(PARAGRAPH)
        .addQuote(Quote.builder().text("Нет").span(Span.of(1, 0, 3)).kind(QuoteKind.DIRECT)
            .build()).build())
        .hasMessageContaining("block 1");
  }

  @Test
  void article_quoteTextOtherThanTheBodyAtItsSpan_isRefused() {
    assertThatThrownBy(() -> Article.builder().addBody(PARAGRAPH).addQuote(quote(16, 19, "Да!"))
        .build())
        .hasMessageContaining("quote text differs from the body");
    assertThat(Article.builder().addBody(PARAGRAPH).addQuote(quote(16, 19, "Нет")).build()
        .quotes()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " Заголовок", "Заголовок ", "Заго\nловок", "Заго\rловок",
      "\u00a0Заголовок", "Заголовок\u2009"})
  void oneLineTexts_emptyMultiLineOrPadded_areRefused(String text) {
    assertThatThrownBy(() -> Article.builder().headline(text).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("headline");
    assertThatThrownBy(() -> Block.paragraph(text)).hasMessageContaining("block");
    assertThatThrownBy(() -> Topic.of(text)).hasMessageContaining("topic");
    assertThatThrownBy(() -> Speaker.builder().name(text).build())
        .hasMessageContaining("speaker name");
  }

  @Test
  void oneLineTexts_longText_isShownShortInTheMessage() {
    String text = " " + "а".repeat(100);

    assertThatThrownBy(() -> Article.builder().lead(text).build())
        .hasMessageContaining("lead has surrounding white space")
        .hasMessageEndingWith("...\"");
  }

  @Test
  void photo_withoutCaptionOrCredit_isRefused() {
    assertThatThrownBy(() -> Photo.builder().build())
        .hasMessageContaining("a photo needs a caption or a credit");
    assertThatThrownBy(() -> Photo.builder().credit("EPA ").build())
        .hasMessageContaining("photo credit");
    assertThat(Photo.builder().credit("EPA").build().caption()).isEmpty();
  }

  @Test
  void dateline_yearWithoutDayOrOfAnotherCalendar_isRefused() {
    assertThatThrownBy(() -> Dateline.builder().agency("ТАСС").year(2016).build())
        .hasMessageContaining("a dateline year needs a month and day");
    assertThatThrownBy(() -> Dateline.builder().agency("ТАСС").monthDay(MonthDay.of(2, 29))
        .year(2023).build())
        .hasMessageContaining("is no day of 2023");
    assertThat(Dateline.builder().agency("ТАСС").monthDay(MonthDay.of(2, 29)).year(2024).build()
        .date()).isPresent();
    assertThatThrownBy(() -> Dateline.builder().agency("ТАСС").place("МОСКВА\n").build())
        .hasMessageContaining("dateline place");
  }

  @Test
  void timestamp_emptyOrInconsistent_isRefused() {
    assertThatThrownBy(() -> Timestamp.builder().build())
        .hasMessageContaining("at least a date or a time");
    assertThatThrownBy(() -> Timestamp.builder().year(2016).build())
        .hasMessageContaining("a year needs a month and day");
    assertThatThrownBy(() -> Timestamp.builder().monthDay(MonthDay.of(2, 29)).year(2023).build())
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Timestamp.builder().monthDay(MonthDay.of(2, 1))
        .offset(ZoneOffset.UTC).build())
        .hasMessageContaining("a zone offset needs a time");
  }

  @Test
  void timestamp_partial_hasNoDateTime() {
    Timestamp time = Timestamp.builder().time(LocalTime.of(16, 5)).build();
    Timestamp day = Timestamp.builder().monthDay(MonthDay.of(9, 2)).build();
    LocalDateTime full = LocalDateTime.of(2016, 12, 6, 18, 39);

    assertThat(time.date()).isEmpty();
    assertThat(time.dateTime()).isEmpty();
    assertThat(day.date()).isEmpty();
    assertThat(Timestamp.of(full).dateTime()).contains(full);
  }

  @Test
  void segment_negativeIndexOrCanonicalTrivia_isRefused() {
    assertThatThrownBy(() -> Segment.of(Part.BLOCK, -1, "x", java.util.Optional.empty()))
        .hasMessageContaining("negative segment index");
    assertThatThrownBy(() -> Segment.of(Part.TRIVIA, 0, "\n", java.util.Optional.of(" ")))
        .hasMessageContaining("trivia has no canonical text");
    assertThat(Segment.of(Part.HEADLINE, 0, "A  B", java.util.Optional.of("A B")).readAs())
        .isEqualTo("A B");
  }

  @Test
  void layout_text_isTheSegmentsInOrder() {
    Layout layout = Layout.builder().segments(List.of(
        Segment.of(Part.HEADLINE, 0, "Заголовок", java.util.Optional.empty()),
        Segment.of(Part.TRIVIA, 0, "\r\n\r\n", java.util.Optional.empty()),
        Segment.of(Part.BLOCK, 0, "Текст.", java.util.Optional.empty()))).build();

    assertThat(layout.text()).isEqualTo("Заголовок\r\n\r\nТекст.");
  }

  @Test
  void language_ofTag_readsTheTagsItWrites() {
    for (Language language : Language.values()) {
      assertThat(Language.ofTag(language.tag())).isEqualTo(language);
    }
    assertThatThrownBy(() -> Language.ofTag("de")).hasMessageContaining("unknown language tag: de");
  }

  @Test
  void article_quotesByAndSpeaker_findTheSpeakersQuotes() {
    Speaker peskov = Speaker.builder().name("Дмитрий Песков").build();
    Speaker other = Speaker.builder().name("Другой").build();
    Article article = Article.builder().addBody(PARAGRAPH)
        .addQuote(Quote.copyOf(quote(16, 19, "Нет")).withSpeaker(peskov))
        .addQuote(quote(0, 6, "Песков"))
        .addSpeaker(peskov)
        .build();

    assertThat(article.quotesBy(peskov)).extracting(Quote::text).containsExactly("Нет");
    assertThat(article.quotesBy(other)).isEmpty();
    assertThat(article.speaker("Дмитрий Песков")).contains(peskov);
    assertThat(article.speaker("Песков")).isEmpty();
  }
}
