package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirecopy.model.Article;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;

/**
 * Input a pipeline can be handed by mistake or by malice: the parser neither crashes, hangs nor
 * loses text. Lenient parsing keeps every character (law 1, checked by {@link ParseLaws});
 * strict parsing names the line and column of what it refuses; byte input that is not UTF-8 or
 * is over the limit fails with {@link ArticleParseException} saying where or which limit.
 */
class HostileInputTest {

  private static final ArticleParser LENIENT = ArticleParser.builder().build();
  private static final ArticleParser STRICT = ArticleParser.builder().strict(true).build();
  private static final String HEADER = "6 декабря 2016, 18:39\n\nЗаголовок\n\n";
  private static final String DATELINE = "МОСКВА, 1 июля. /ТАСС/. ";

  private static ParseResult lenient(String text) {
    return ParseLaws.read(LENIENT, text);
  }

  private static ArticleParseException strictFailure(String text) {
    return catchThrowableOfType(ArticleParseException.class, () -> STRICT.read(text));
  }

  // ---- nothing at all ------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", "\t \u00a0\u2009\u202f\u3000", "\ufeff",
      "\ufeff\n \n"})
  void read_emptyOrWhiteSpaceOnly_givesEmptyArticleWithoutDiagnostics(String text) {
    ParseResult result = lenient(text);

    assertThat(result.article().body()).isEmpty();
    assertThat(result.article().headline()).isEmpty();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(STRICT.read(text).article()).isEqualTo(result.article());
  }

  @Test
  void read_byteOrderMark_isTriviaAndTheArticleReadsAsWithout() throws IOException {
    String article = HEADER + DATELINE + "Текст.\n";
    Article plain = lenient(article).article();

    assertThat(lenient("\ufeff" + article).article()).isEqualTo(plain);
    byte[] bytes = ("\ufeff" + article).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    ParseResult fromBytes = LENIENT.read(new ByteArrayInputStream(bytes), "bom.txt");
    assertThat(fromBytes.article()).isEqualTo(plain);
    assertThat(ArticleWriter.write(fromBytes.article())).isEqualTo("\ufeff" + article);
  }

  @Test
  void read_byteOrderMarkInsideText_isKeptAsText() {
    String text = HEADER + DATELINE + "Те\ufeffкст.\n\ufeff\n";

    assertThat(lenient(text).article().body().get(0).text()).isEqualTo("Те\ufeffкст.");
  }

  // ---- odd characters ------------------------------------------------------------------

  @Test
  void read_nulAndEveryControlCharacter_keepsThemAsText() {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\n' && c != '\r') {
        controls.append(c);
      }
    }
    for (char c = 0x7F; c <= 0x9F; c++) {
      controls.append(c);
    }
    controls.append("\u2028\u2029\u200b\u200e\u200f\u2066\u2069\ufffe\uffff");
    String text = HEADER + DATELINE + "Текст" + controls + "конец.\n\u0000\n" + controls;

    ParseResult result = lenient(text);

    assertThat(result.article().dateline()).isPresent();
    assertThat(result.article().body().get(0).text()).isEqualTo("Текст" + controls + "конец.");
    assertThat(result.article().body()).extracting(b -> b.text()).contains("\u0000");
  }

  @Test
  void read_nulInHeader_keepsTheHeadlineWithIt() {
    Article article = lenient("Заго\u0000ловок\n\n" + DATELINE + "Текст.").article();

    assertThat(article.headline()).contains("Заго\u0000ловок");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\ud800", "\udfff", "\udc00\ud800", "a\ud83d", "\ude00b",
      "Заголовок\ud800\n\nМОСКВА, 1 июля. /ТАСС/. Текст\udc00.", "МОСКВА\ud800, 1 июля. /ТАСС/.",
      "\ud800\n\ud800\r\n\udbff\r"})
  void read_loneSurrogates_keepsThemAsText(String text) {
    ParseResult result = lenient(text);

    assertThat(ArticleWriter.write(result.article())).isEqualTo(text);
  }

  @Test
  void read_chineseCopy_keepsItAsParagraphsInOrder() {
    String text = "中国外交部：反对单边制裁\n\n北京，7月1日。/塔斯社/。中国外交部发言人表示，“我们反对单边制裁”。\n\n第二段。\n";

    ParseResult result = lenient(text);

    assertThat(result.article().language()).isEqualTo(Language.UNDETERMINED);
    assertThat(result.article().dateline()).isEmpty();
    assertThat(result.article().headline()).contains("中国外交部：反对单边制裁");
    assertThat(result.article().body()).extracting(b -> b.text())
        .containsExactly("北京，7月1日。/塔斯社/。中国外交部发言人表示，“我们反对单边制裁”。", "第二段。");
  }

  @Test
  void read_arabicCopyWithDirectionMarks_keepsItUnderARussianDateline() {
    String arabic = "\u200fقال المتحدث باسم الكرملين: «لا تعليق».\u200f";
    String text = HEADER + DATELINE + arabic + "\n\nموسكو، 1 يوليو. /تاس/.\n";

    ParseResult result = lenient(text);

    assertThat(result.article().dateline().flatMap(Dateline::place)).contains("МОСКВА");
    assertThat(result.article().body()).extracting(b -> b.text())
        .containsExactly(arabic, "موسكو، 1 يوليو. /تاس/.");
  }

  @Test
  void read_mixedScriptsAndAstralCharacters_keepsThemWhole() {
    String text = HEADER + DATELINE + "Текст 😀 𝔸𝔹 中文 العربية עברית ελληνικά.\n";

    assertThat(lenient(text).article().body().get(0).text())
        .isEqualTo("Текст 😀 𝔸𝔹 中文 العربية עברית ελληνικά.");
  }

  // ---- malformed UTF-8 -----------------------------------------------------------------

  /** Where the bad bytes are, and the bytes. */
  @ParameterizedTest
  @CsvSource({
      "0, ff",             // a byte that is never UTF-8
      "0, 80",             // a continuation byte with no lead
      "3, c0af",           // an overlong encoding of '/'
      "3, eda080",         // a surrogate encoded in UTF-8
      "3, f4908080",       // above U+10FFFF
      "3, d0",             // a truncated two-byte sequence at the very end
      "3, e282",           // a truncated three-byte sequence at the very end
      "3, d041",           // a lead byte followed by ASCII
  })
  void read_malformedUtf8Stream_failsWithTheByteOffset(int offset, String hex) {
    byte[] bad = hex(hex);
    byte[] bytes = new byte[offset + bad.length];
    System.arraycopy("abc".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, offset);
    System.arraycopy(bad, 0, bytes, offset, bad.length);

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class,
        () -> LENIENT.read(new ByteArrayInputStream(bytes), "feed/7.txt"));

    assertThat(e).isNotNull();
    assertThat(e.byteOffset()).isEqualTo(offset);
    assertThat(e.getMessage()).contains("feed/7.txt", "malformed UTF-8", "byte offset " + offset);
    assertThat(e.diagnostics()).isEmpty();
  }

  @Test
  void read_malformedUtf8File_namesTheFileAndByteOffset(@TempDir Path dir) throws IOException {
    byte[] good = (HEADER + DATELINE + "Текст.").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3; // a two-byte sequence cut off by the end of the file
    Path file = Files.write(dir.resolve("cut.txt"), bytes);

    assertThatThrownBy(() -> LENIENT.read(file))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("byte offset " + good.length)
        .satisfies(e -> assertThat(((ArticleParseException) e).byteOffset())
            .isEqualTo(good.length));
    assertThatThrownBy(() -> ArticleParser.parse(file)).isInstanceOf(ArticleParseException.class);
  }

  /** The parser reads in 64 KiB chunks: bad bytes and split characters at the seams. */
  @ParameterizedTest
  @ValueSource(ints = {65_533, 65_534, 65_535, 65_536, 65_537, 131_071, 131_072})
  void read_malformedByteNearTheReadBufferSeam_hasItsExactOffset(int offset) {
    byte[] bytes = filler(offset + 10);
    bytes[offset] = (byte) 0xFF;

    ArticleParseException e = catchThrowableOfType(ArticleParseException.class,
        () -> LENIENT.read(new ByteArrayInputStream(bytes), "seam.txt"));

    assertThat(e.byteOffset()).isEqualTo(offset);
  }

  @ParameterizedTest
  @ValueSource(ints = {65_533, 65_534, 65_535, 65_536, 131_070, 131_071})
  void read_multiByteCharacterAcrossTheReadBufferSeam_decodesIt(int offset) throws IOException {
    byte[] bytes = filler(offset + 10);
    byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(emoji, 0, bytes, offset, emoji.length);

    ParseResult result = LENIENT.read(new ByteArrayInputStream(bytes), "seam.txt");

    assertThat(ArticleWriter.write(result.article()))
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8))
        .contains("😀");
  }

  /** ASCII lines of text: never malformed, a line end every 64 bytes. */
  private static byte[] filler(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i % 64 == 63 ? '\n' : 'a' + i % 26);
    }
    return bytes;
  }

  private static byte[] hex(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  // ---- limits -----------------------------------------------------------------------

  @Test
  void read_inputAtTheLimit_parsesAndOneMoreFails() throws IOException {
    ArticleParser small = ArticleParser.builder().maxInputLength(100).build();
    String hundred = "a".repeat(99) + "\n";

    assertThat(ArticleWriter.write(small.read(hundred).article())).isEqualTo(hundred);
    assertThat(small.read(new ByteArrayInputStream(hundred.getBytes(StandardCharsets.UTF_8)),
        "100.txt").article().body()).hasSize(1);
    assertThatThrownBy(() -> small.read(hundred + "b")).isInstanceOf(ArticleParseException.class);
    assertThatThrownBy(() -> small.read(new StringReader(hundred + "b")))
        .isInstanceOf(ArticleParseException.class);
    // The limit counts bytes for byte input: 60 Cyrillic letters are 120 bytes.
    byte[] cyrillic = "я".repeat(60).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.read(new ByteArrayInputStream(cyrillic), "ru.txt"))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("100 bytes");
  }

  // ---- nesting -------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(quoteCharacter = '~', value = {"(, )", "«, »", "„, “", "“, ”", "\", \"", "', '",
      "[, ]", "‘, ’", "«„, “»"})
  void read_100000NestedMarks_doesNotOverflowTheStack(String open, String close) throws Exception {
    String nested = open.repeat(100_000) + "Слово" + close.repeat(100_000);
    String text = HEADER + DATELINE + "Песков сказал: " + nested + ", - заявил он.\n\n" + nested;

    ParseResult result = onSmallStack(() -> lenient(text));

    assertThat(result.article().body()).hasSize(2);
  }

  @Test
  void read_100000UnclosedQuotes_doesNotOverflowTheStack() throws Exception {
    String text = HEADER + DATELINE + "«„\"“‘(".repeat(20_000) + "\n\n" + "»”\"’)".repeat(20_000);

    assertThat(onSmallStack(() -> lenient(text)).article().body()).hasSize(2);
  }

  /** Runs the parse on a thread with a stack of 512 KiB, half of the JVM's default. */
  private static ParseResult onSmallStack(java.util.function.Supplier<ParseResult> parse)
      throws InterruptedException {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        outcome.set(parse.get());
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small-stack-parse", 512 * 1024);
    thread.start();
    thread.join(Duration.ofMinutes(2).toMillis());
    assertThat(thread.isAlive()).as("parse still running after 2 minutes").isFalse();
    if (outcome.get() instanceof Throwable t) {
      throw new AssertionError("the parse failed", t);
    }
    return (ParseResult) outcome.get();
  }

  // ---- quotes --------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "Песков сказал: «Это не так.",
      "Песков сказал: Это не так».",
      "\"Мы видим угрозу, - заявил он.",
      "Он назвал это „ошибкой.",
      "«Первая «вложенная» без конца.",
      "\"It is negative, Peskov said.",
      "”Reversed“ marks and »reversed« guillemets.",
  })
  void read_unbalancedQuotes_keepsTheParagraphWhole(String paragraph) {
    String text = HEADER + DATELINE + paragraph + "\n\nВторой абзац.\n";

    ParseResult result = lenient(text);

    assertThat(result.article().body().get(0).text()).isEqualTo(paragraph);
  }

  // ---- impossible dates and odd order ----------------------------------------------------

  @Test
  void read_impossibleDatelineDate_strictNamesLineAndColumn() {
    String text = "Заголовок\n\n  МОСКВА, 31 февраля. /ТАСС/. Текст.";

    ParseResult lenient = lenient(text);
    ArticleParseException e = strictFailure(text);

    assertThat(lenient.article().body()).extracting(b -> b.text())
        .containsExactly("МОСКВА, 31 февраля. /ТАСС/. Текст.");
    assertThat(e.diagnostics()).extracting(Diagnostic::code)
        .startsWith(Diagnostic.Code.IMPOSSIBLE_DATE);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e).hasMessageContaining("<3:3>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"МОСКВА, 12 мартобря. /ТАСС/. Текст.", "МОСКВА, 99 июля. /ТАСС/. Текст.",
      "MOSCOW, Smarch 6. /TASS/. Text.", "MOSCOW, February 30. /TASS/. Text.",
      "МОСКВА, 0 июля. /ТАСС/. Текст."})
  void read_datelineWithUnknownMonthOrDay_keepsTheLineAndStrictNamesIt(String line) {
    String text = "Заголовок\n\n" + line + "\n";

    ParseResult lenient = lenient(text);
    ArticleParseException e = strictFailure(text);

    assertThat(lenient.article().dateline()).isEmpty();
    assertThat(lenient.article().body()).extracting(b -> b.text()).containsExactly(line);
    assertThat(lenient.diagnostics()).isNotEmpty();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void read_februaryTwentyNinthDatelineInCommonYear_keepsItWithoutYear() {
    String text = "1 марта 2023, 10:00\n\nЗаголовок\n\nМОСКВА, 29 февраля. /ТАСС/. Текст.";

    ParseResult result = lenient(text);

    Dateline dateline = result.article().dateline().orElseThrow();
    assertThat(dateline.monthDay()).contains(java.time.MonthDay.of(2, 29));
    assertThat(dateline.date()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.IMPOSSIBLE_DATE);
    assertThat(result.diagnostics().get(0).line()).isEqualTo(5);
    assertThat(lenient("1 марта 2024, 10:00\n\nЗаголовок\n\nМОСКВА, 29 февраля. /ТАСС/. Т.")
        .article().dateline().flatMap(Dateline::date)).contains(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"32 декабря 2016, 18:39", "6 декабря 2016, 25:61", "2024-13-45 10:00",
      "2024-02-30T10:00:00Z", "2024-06-27T12:25:52+99:00", "20190230T102708", "29 февраля 2023"})
  void read_impossibleTimestamp_isReportedAndKeptAsText(String timestamp) {
    String text = timestamp + "\n\nЗаголовок\n\n" + DATELINE + "Текст.";

    ParseResult result = lenient(text);
    ArticleParseException e = strictFailure(text);

    assertThat(result.article().published()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .contains(Diagnostic.Code.IMPOSSIBLE_DATE);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void read_updateLineBeforePublicationLine_readsBothByWhatTheySay() {
    String text = "обновлено 6 декабря 2016, 19:10\n6 декабря 2016, 18:39\n\nЗаголовок\n\n"
        + DATELINE + "Текст.";

    ParseResult result = lenient(text);

    assertThat(result.article().publishedAt()).isPresent();
    assertThat(result.article().updatedAt()).isPresent();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void read_updateBeforePublication_strictNamesTheUpdateLine() {
    String text = "6 декабря 2016, 18:39\nобновлено 6 декабря 2016, 18:38\n\nЗаголовок\n\n"
        + DATELINE + "Текст.";

    ArticleParseException e = strictFailure(text);

    assertThat(e.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.TIMESTAMPS_OUT_OF_ORDER);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(lenient(text).article().updatedAt()).isPresent();
  }

  @Test
  void read_twoPublicationLines_keepsTheSecondAsText() {
    String text = "6 декабря 2016, 18:39\n5 декабря 2016, 10:00\n\nЗаголовок\n\n"
        + DATELINE + "Текст.";

    ParseResult result = lenient(text);

    assertThat(result.article().publishedAt()).hasValueSatisfying(
        t -> assertThat(t.getDayOfMonth()).isEqualTo(6));
  }

  @Test
  void read_updateInAnotherZoneBeforePublication_reportsTimestampsOutOfOrder() {
    // 14:00 at +03:00 is 11:00 UTC, before the publication at 12:25 UTC.
    String text = "2024-06-27T12:25:52Z\nобновлено 2024-06-27T14:00:00+03:00\n\nЗаголовок\n\n"
        + DATELINE + "Текст.";

    assertThat(lenient(text).diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.TIMESTAMPS_OUT_OF_ORDER);
  }

  @Test
  void read_updateInAnotherZoneAfterPublication_reportsNothing() {
    // 12:00 at +03:00 is 09:00 UTC, before the update at 10:00 UTC.
    String text = "2024-06-27T12:00:00+03:00\nобновлено 2024-06-27T10:00:00Z\n\nЗаголовок\n\n"
        + DATELINE + "Текст.";

    assertThat(lenient(text).diagnostics()).isEmpty();
  }

  // ---- many problems -------------------------------------------------------------------

  /** A header line with an impossible timestamp above fifteen impossible datelines. */
  private static final String PROBLEMS = "31 февраля 2016, 10:00\nЗаголовок\n\n"
      + "МОСКВА, 31 февраля. /ТАСС/. Текст.\n".repeat(15) + "Просто текст.\n".repeat(5000);

  @Test
  void read_manyProblems_keepsAtMostTheLimitAndStrictCarriesThem() {
    ParseResult result = lenient(PROBLEMS);
    ArticleParseException e = strictFailure(PROBLEMS);

    assertThat(result.diagnostics()).hasSizeBetween(16, 100);
    assertThat(e.diagnostics()).isEqualTo(result.diagnostics());
    assertThat(ArticleParser.builder().maxDiagnostics(3).build().read(PROBLEMS).diagnostics())
        .hasSize(3);
  }

  @Test
  void read_diagnosticsOverTheCap_keepsTheFirstInTextOrder() {
    ParseResult capped = ArticleParser.builder().maxDiagnostics(1).build().read(PROBLEMS);

    assertThat(capped.diagnostics()).extracting(Diagnostic::line).containsExactly(1);
  }

  @Test
  void read_strictKeepingNoDiagnostics_stillFailsAtTheFirstProblem() {
    ArticleParser strictUncounted = ArticleParser.builder().strict(true).maxDiagnostics(0).build();

    assertThatThrownBy(() -> strictUncounted.read(PROBLEMS))
        .isInstanceOf(ArticleParseException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Песков сказал: «Это не так.|16",
      "Песков сказал: Это не так».|26",
      "Он назвал это „ошибкой.|15",
  })
  void read_unbalancedQuote_strictNamesTheMarksLineAndColumn(String paragraph, int column) {
    String text = "Заголовок\n\nМОСКВА, 1 июля. /ТАСС/. Начало.\n\n" + paragraph + "\n";

    ParseResult result = lenient(text);
    ArticleParseException e = strictFailure(text);

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Diagnostic.Code.UNBALANCED_QUOTE);
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(column);
  }
}
