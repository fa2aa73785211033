package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.model.Article;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

class ArticleParserTest {

  private static final String BODY = "\n\nМОСКВА, 1 июля. /ТАСС/. Текст новости.\n";

  private static Article withHeader(String header) {
    return ArticleParser.parse(header + "\n\nЗаголовок" + BODY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "6 декабря 2016, 18:39,|2016-12-06T18:39",
      "6\u00a0декабря\u00a02016,\u00a018:39|2016-12-06T18:39",
      "1 января 2020, 00:05|2020-01-01T00:05",
      "15 февраля 2021, 9:07|2021-02-15T09:07",
      "3 марта 2022, 10:00|2022-03-03T10:00",
      "4 апреля 2022, 10:00|2022-04-04T10:00",
      "5 мая 2022, 10:00|2022-05-05T10:00",
      "6 июня 2022, 10:00|2022-06-06T10:00",
      "7 июля 2022, 10:00|2022-07-07T10:00",
      "8 августа 2022, 10:00|2022-08-08T10:00",
      "9 сентября 2022, 10:00|2022-09-09T10:00",
      "10 октября 2022, 10:00|2022-10-10T10:00",
      "11 ноября 2022, 10:00|2022-11-11T10:00",
      "30 Apr 2020, 16:57|2020-04-30T16:57",
      "2024-12-26 21:09:18|2024-12-26T21:09:18",
      "2024-06-27T12:25:52Z|2024-06-27T12:25:52",
      "20190121T102708|2019-01-21T10:27:08",
      "18.11.2022, 11:08|2022-11-18T11:08",
      "1.02.2023 9:05|2023-02-01T09:05",
  })
  void parse_fullTimestamp_givesPublicationTime(String line, String expected) {
    assertThat(withHeader(line).publishedAt()).contains(LocalDateTime.parse(expected));
  }

  @Test
  void parse_numericDateBelowTheHeadline_isTheTimestampNotTheLead() {
    Article article = ArticleParser.parse("Заголовок статьи\n\n18.11.2022\n\n"
        + "ГЕНИЧЕСК, 18 ноября. /ТАСС/. Текст.");

    assertThat(article.published()).contains(Timestamp.builder().year(2022)
        .monthDay(MonthDay.of(11, 18)).build());
    assertThat(article.lead()).isEmpty();
    assertThat(article.dateline().flatMap(Dateline::year)).contains(2022);
  }

  @Test
  void parse_storyTagOverHeadlineAndLead_isATopic() {
    Article article = ArticleParser.parse("FORUM-2025\n\nAgency elected chair of the union\n\n"
        + "The voting was held at a plenary meeting.\n\n"
        + "ST. PETERSBURG, June 19. /TASS/. The union elected its chair.");

    assertThat(article.topics()).extracting(Topic::name).containsExactly("FORUM-2025");
    assertThat(article.headline()).contains("Agency elected chair of the union");
    assertThat(article.lead()).contains("The voting was held at a plenary meeting.");
  }

  @Test
  void parse_shortHeadlineAndLead_stayHeadlineAndLead() {
    Article article = ArticleParser.parse("Court sentences nationalists\n\n"
        + "The only woman among them has been sentenced to eight years\n\n"
        + "MOSCOW, April 12 (Itar-Tass) — The Moscow City Court on Thursday sentenced them.");

    assertThat(article.topics()).isEmpty();
    assertThat(article.headline()).contains("Court sentences nationalists");
    assertThat(article.dateline().map(Dateline::agency)).contains("Itar-Tass");
  }

  @Test
  void parse_timestampWithoutYear_keepsMonthDayAndTime() {
    Article article = withHeader("2 СЕН, 18:42");

    assertThat(article.published()).contains(Timestamp.builder()
        .monthDay(MonthDay.of(9, 2)).time(LocalTime.of(18, 42)).build());
    assertThat(article.publishedAt()).isEmpty();
    assertThat(article.dateline().flatMap(Dateline::year)).isEmpty();
  }

  @Test
  void parse_updatedTimeOnly_keepsTheTime() {
    Article article = withHeader("6 декабря 2016, 18:39\nобновлено 16:05");

    assertThat(article.updated()).contains(Timestamp.builder().time(LocalTime.of(16, 5)).build());
    assertThat(article.updatedAt()).isEmpty();
  }

  @Test
  void parse_zuluTimestamp_keepsTheOffset() {
    assertThat(withHeader("2024-06-27T12:25:52Z").published().flatMap(Timestamp::offset))
        .contains(ZoneOffset.UTC);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "НЬЮ-ЙОРК, 1 июля. /ТАСС/. Текст.|НЬЮ-ЙОРК|ТАСС|",
      "САНКТ-ПЕТЕРБУРГ, 1 июля. /ТАСС/. Текст.|САНКТ-ПЕТЕРБУРГ|ТАСС|",
      "РИО-ДЕ-ЖАНЕЙРО, 1 июля. /Спец. корр. ТАСС Иван Петров/. Текст.|РИО-ДЕ-ЖАНЕЙРО|ТАСС|Иван Петров",
      "БРЮССЕЛЬ, 6 декабря. /Корр. ТАСС Виктория Дубровина/. Текст.|БРЮССЕЛЬ|ТАСС|Виктория Дубровина",
      "MOSCOW, December 6. /TASS/. Text.|MOSCOW|TASS|",
      "MOSCOW, Dec. 6. /TASS/. Text.|MOSCOW|TASS|",
      "MOSCOW, August 21. /ITAR-TASS/. Text.|MOSCOW|ITAR-TASS|",
  })
  void parse_dateline_givesPlaceAgencyAndAuthor(String line, String place, String agency,
      String author) {
    Dateline dateline = ArticleParser.parse(line).dateline().orElseThrow();

    assertThat(dateline.place()).contains(place);
    assertThat(dateline.agency()).isEqualTo(agency);
    assertThat(dateline.author().orElse(null)).isEqualTo(author);
  }

  @Test
  void parse_decemberDatelineInJanuaryCopy_isPreviousYear() {
    Article article = ArticleParser.parse(
        "2 января 2017, 10:00\n\nЗаголовок\n\nМОСКВА, 31 декабря. /ТАСС/. Текст.\n");

    assertThat(article.dateline().flatMap(Dateline::date)).contains(LocalDate.of(2016, 12, 31));
  }

  @Test
  void parse_januaryDatelineInDecemberCopy_isNextYear() {
    Article article = ArticleParser.parse(
        "31 декабря 2016, 23:50\n\nЗаголовок\n\nМОСКВА, 1 января. /ТАСС/. Текст.\n");

    assertThat(article.dateline().flatMap(Dateline::date)).contains(LocalDate.of(2017, 1, 1));
  }

  @Test
  void parse_noTimestampWithReferenceDate_resolvesYearFromIt() {
    Article article = ArticleParser.builder().referenceDate(LocalDate.of(2020, 7, 3)).build()
        .read("МОСКВА, 1 июля. /ТАСС/. Текст.").article();

    assertThat(article.dateline().flatMap(Dateline::date)).contains(LocalDate.of(2020, 7, 1));
  }

  @Test
  void parse_impossibleDatelineDate_keepsTextAsParagraph() {
    String text = "МОСКВА, 31 февраля. /ТАСС/. Текст.";
    ParseResult result = ArticleParser.builder().build().read(text);

    assertThat(result.article().dateline()).isEmpty();
    assertThat(result.article().body()).hasSize(1);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.IMPOSSIBLE_DATE, Diagnostic.Code.NO_DATELINE);
    assertThat(ArticleWriter.write(result.article())).isEqualTo(text);
  }

  @Test
  void read_impossibleTimestamp_reportsItAndKeepsTheLine() {
    String text = "31 февраля 2016, 10:00\n\nЗаголовок" + BODY;
    ParseResult result = ArticleParser.builder().build().read(text);

    assertThat(result.article().published()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .contains(Diagnostic.Code.IMPOSSIBLE_DATE);
    assertThat(result.diagnostics().get(0).line()).isEqualTo(1);
    assertThat(ArticleWriter.write(result.article())).isEqualTo(text);
  }

  @Test
  void read_updateBeforePublication_reportsTimestampsOutOfOrder() {
    ParseResult result = ArticleParser.builder().build()
        .read("6 декабря 2016, 18:39\nобновлено 5 декабря 2016, 19:10\n\nЗаголовок" + BODY);

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.TIMESTAMPS_OUT_OF_ORDER);
    assertThat(result.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void read_strictWithoutDateline_throwsWithLineAndColumn() {
    ArticleParser strict = ArticleParser.builder().strict(true).build();

    assertThatThrownBy(() -> strict.read("Заголовок\n\n  Просто текст без даты."))
        .isInstanceOf(ArticleParseException.class)
        .satisfies(e -> {
          ArticleParseException p = (ArticleParseException) e;
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.column()).isEqualTo(3);
          assertThat(p.diagnostics()).extracting(Diagnostic::code)
              .containsExactly(Diagnostic.Code.NO_DATELINE);
        })
        .hasMessageContaining("<3:3>");
  }

  @Test
  void read_malformedUtf8_namesSourceAndByteOffset() {
    byte[] bytes = "МОСКВА, 1 июля.".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, broken, 0, 6);
    broken[6] = (byte) 0xFF;
    System.arraycopy(bytes, 6, broken, 7, bytes.length - 6);

    assertThatThrownBy(() -> ArticleParser.builder().build()
        .read(new ByteArrayInputStream(broken), "wire/42.txt"))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("wire/42.txt")
        .hasMessageContaining("byte offset 6")
        .satisfies(e -> assertThat(((ArticleParseException) e).byteOffset()).isEqualTo(6));
  }

  @Test
  void read_malformedUtf8Bytes_namesTheByteOffset() {
    byte[] bytes = "МОСКВА, 1 июля.".getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(bytes, bytes.length);
    broken[5] = (byte) 0xC0; // an overlong lead byte, in the middle of a character

    assertThatThrownBy(() -> ArticleParser.parse(broken))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("input bytes")
        .hasMessageContaining("byte offset 4")
        .satisfies(e -> assertThat(((ArticleParseException) e).byteOffset()).isEqualTo(4));
  }

  @Test
  void read_bytesOverLimit_failBeforeDecoding() {
    ArticleParser small = ArticleParser.builder().maxInputLength(10).build();

    assertThatThrownBy(() -> small.read("МОСКВА, 1 июля.".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("10 bytes");
  }

  @Test
  void read_inputOverLimit_failsNamingTheLimit() {
    ArticleParser small = ArticleParser.builder().maxInputLength(10).build();

    assertThatThrownBy(() -> small.read("МОСКВА, 1 июля. /ТАСС/. Текст."))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("10 characters")
        .hasMessageContaining("maxInputLength");
  }

  @Test
  void parse_readerAndStream_giveTheSameArticleAsString() throws Exception {
    String text = "Заголовок" + BODY;
    Article fromString = ArticleParser.parse(text);

    assertThat(ArticleParser.parse(new StringReader(text))).isEqualTo(fromString);
    assertThat(ArticleParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(fromString);
    assertThat(ArticleParser.parse(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(fromString);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleParser.builder().build().read(bytes).article().layout().orElseThrow().text())
        .isEqualTo(text);
  }

  @Test
  void parse_languageForced_overridesDetection() {
    Article article = ArticleParser.builder().language(Language.ENGLISH).build()
        .read("Заголовок" + BODY).article();

    assertThat(article.language()).isEqualTo(Language.ENGLISH);
    assertThat(ArticleParser.parse("Заголовок" + BODY).language()).isEqualTo(Language.RUSSIAN);
  }

  @Test
  void parse_textThatIsNoArticle_keepsEveryLineAsParagraph() {
    String text = "просто строка.\r\nи ещё одна;\rи третья.";
    Article article = ArticleParser.parse(text);

    assertThat(article.body()).hasSize(3);
    assertThat(ArticleWriter.write(article)).isEqualTo(text);
  }

  @Test
  void parse_emptyAndBlankInput_givesEmptyArticleThatWritesBack() {
    for (String text : new String[] {"", "   ", "\ufeff", "\n\n\r\n", "\u00a0\t"}) {
      Article article = ArticleParser.parse(text);
      assertThat(article.body()).isEmpty();
      assertThat(article.headline()).isEmpty();
      assertThat(ArticleWriter.write(article)).isEqualTo(text);
    }
  }

  @Test
  void read_unbalancedQuote_reportsTheMarkButNotAQuoteOverParagraphs() {
    ParseResult open = ArticleParser.builder().build()
        .read("МОСКВА, 1 июля. /ТАСС/. Начало.\n\nПесков сказал: «Это не так.\n");
    ParseResult continued = ArticleParser.builder().build()
        .read("MOSCOW, July 1. /TASS/. Start.\n\n\"It is one quote\n\n\"over two paragraphs,\" he said.\n");

    assertThat(open.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Diagnostic.Code.UNBALANCED_QUOTE, 3, 16));
    assertThat(continued.diagnostics()).isEmpty();
  }

  @Test
  void read_withoutQuotes_reportsNoUnpairedMarkAndKeepsTheText() {
    String text = "МОСКВА, 1 июля. /ТАСС/. Начало.\n\nПесков сказал: «Это не так.\n";
    ArticleParser structureOnly = ArticleParser.builder().quotes(false).strict(true).build();

    ParseResult result = structureOnly.read(text);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.article().quotes()).isEmpty();
    assertThat(result.article().body()).hasSize(2);
    assertThat(ArticleWriter.write(result.article())).isEqualTo(text);
  }

  @Test
  void parse_corpusWithoutQuotes_thenAttribute_equalsTheFullParse() {
    ArticleParser structureOnly = ArticleParser.builder().quotes(false).build();
    for (String name : Corpus.names()) {
      String text = Corpus.text(name);
      Article structure = structureOnly.read(text).article();

      assertThat(structure.quotes()).as(name).isEmpty();
      assertThat(structure.speakers()).as(name).isEmpty();
      assertThat(ArticleParser.attribute(structure)).as(name).isEqualTo(ArticleParser.parse(text));
    }
  }

  @Test
  void parse_tassComHeader_readsSectionTimeLineAndLead() {
    String text = "Russian envoy says talks went well\n\nWorld\nMarch 3, 9:05 UTC+3 ST. PETERSBURG\n\n"
        + "The envoy spoke after the meeting\n\n© Ivan Petrov/TASS\n\n"
        + "ST. PETERSBURG, March 3. /TASS/. The talks went well, the envoy said.\n";
    Article article = ArticleParser.parse(text);

    assertThat(article.headline()).contains("Russian envoy says talks went well");
    assertThat(article.topics()).extracting(t -> t.name()).containsExactly("World");
    assertThat(article.published()).contains(Timestamp.builder().monthDay(MonthDay.of(3, 3))
        .time(LocalTime.of(9, 5)).offset(ZoneOffset.ofHours(3)).build());
    assertThat(article.lead()).contains("The envoy spoke after the meeting");
    assertThat(article.photo().flatMap(p -> p.credit())).contains("Ivan Petrov/TASS");
    assertThat(ArticleWriter.write(article)).isEqualTo(text);
  }

  @Test
  void parse_oneLineWithBothTimes_givesPublishedAndUpdated() {
    String text = "29 МАР, 19:27 Обновлено 20:14\n\nЗаголовок" + BODY;
    Article article = ArticleParser.parse(text);

    assertThat(article.published()).contains(Timestamp.builder().monthDay(MonthDay.of(3, 29))
        .time(LocalTime.of(19, 27)).build());
    assertThat(article.updated()).contains(Timestamp.builder().time(LocalTime.of(20, 14)).build());
    assertThat(article.headline()).contains("Заголовок");
    assertThat(ArticleWriter.write(article)).isEqualTo(text);
    assertThat(ArticleWriter.write(article.withUpdated(Timestamp.builder()
        .time(LocalTime.of(21, 0)).build()))).startsWith("29 МАР, 19:27 обновлено 21:00\n");
  }

  @Test
  void parse_englishMonthFirstTimestamp_givesPublicationTime() {
    assertThat(withHeader("December 6, 2016, 18:39").publishedAt())
        .contains(LocalDateTime.of(2016, 12, 6, 18, 39));
  }

  @Test
  void parse_speakersFirstMentionedTogether_comeOutInOneOrder() {
    // "Dmitry" is mentioned inside "Dmitry Peskov" and "Dmitry Medvedev": three speakers, two of
    // them first mentioned at the same offset.
    String text = "MOSCOW, January 21. /TASS/. \"It is negative,\" Dmitry Peskov stated."
        + " \"Yes,\" Dmitry Medvedev said. \"No,\" Dmitry said.";
    Article first = ArticleParser.parse(text);

    for (int i = 0; i < 50; i++) {
      assertThat(ArticleParser.parse(text)).isEqualTo(first);
    }
    assertThat(first.speakers()).extracting(Speaker::name)
        .containsExactly("Dmitry Peskov", "Dmitry", "Dmitry Medvedev");
  }

  @Test
  void parse_firstNameOfTheOneKnownSpeaker_isThatSpeaker() {
    String text = "MOSCOW, January 21. /TASS/. \"It is negative,\" Dmitry Peskov stated."
        + " \"No,\" Dmitry said.";
    Article first = ArticleParser.parse(text);

    for (int i = 0; i < 50; i++) {
      assertThat(ArticleParser.parse(text)).isEqualTo(first);
    }
    assertThat(first.speakers()).singleElement().extracting(Speaker::name)
        .isEqualTo("Dmitry Peskov");
    assertThat(first.quotes()).allSatisfy(q ->
        assertThat(q.speaker()).map(Speaker::name).contains("Dmitry Peskov"));
  }
}
