package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Huge input: over the default limit it fails early with {@link ArticleParseException} naming
 * the limit and how to raise it; below it, 20 MB articles and 10 MB lines parse in linear time
 * without running out of memory. The inputs are made on the fly ({@link GeneratedInput}).
 *
 * <p>Slow by nature (seconds), so left out of mutation testing.
 */
class LargeInputTest {

  private static final ArticleParser LENIENT = ArticleParser.builder().build();
  private static final String HEADER = "6 декабря 2016, 18:39\n\nЗаголовок\n\n";
  private static final String DATELINE = "МОСКВА, 1 июля. /ТАСС/. ";

  private static ParseResult lenient(String text) {
    return ParseLaws.read(LENIENT, text);
  }

  // ---- size ----------------------------------------------------------------------------

  @Test
  void read_100MegabyteStream_failsNamingTheDefaultLimitBeforeReadingItAll() {
    GeneratedInput.Bytes in = GeneratedInput.bytes("Строка текста новости.\n", 100L << 20);

    assertThatThrownBy(() -> LENIENT.read(in, "huge.txt"))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining(ArticleParser.DEFAULT_MAX_INPUT_LENGTH + " bytes")
        .hasMessageContaining("ArticleParser.builder().maxInputLength(");
    assertThat(in.position()).isLessThan(ArticleParser.DEFAULT_MAX_INPUT_LENGTH + (1 << 20));
  }

  @Test
  void read_100MegacharacterReader_failsNamingTheDefaultLimit() {
    GeneratedInput.Chars in = GeneratedInput.chars("Строка текста новости.\n", 100L << 20);

    assertThatThrownBy(() -> LENIENT.read(in))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining(ArticleParser.DEFAULT_MAX_INPUT_LENGTH + " characters")
        .hasMessageContaining("maxInputLength");
    assertThat(in.position()).isLessThan(ArticleParser.DEFAULT_MAX_INPUT_LENGTH + (1 << 20));
  }

  @Test
  void read_hugeCharSequence_failsBeforeCopyingIt() {
    CharSequence huge = new CharSequence() {
      @Override
      public int length() {
        return 100 << 20;
      }

      @Override
      public char charAt(int index) {
        return 'a';
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        throw new AssertionError("the parser copied input over its limit");
      }

      @Override
      public String toString() {
        throw new AssertionError("the parser copied input over its limit");
      }
    };

    assertThatThrownBy(() -> ArticleParser.parse(huge))
        .isInstanceOf(ArticleParseException.class)
        .hasMessageContaining("maxInputLength");
  }

  @Test
  void read_20MegabyteArticle_parsesWithinLimitAndWritesBack() throws IOException {
    String paragraph = "Пресс-секретарь президента РФ Дмитрий Песков сказал: «Это не так». "
        + "Он добавил, что \"решение будет принято\" (позже).\n\n";
    int size = 20 << 20;
    byte[] head = (HEADER + DATELINE + "Первый абзац.\n\n").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[size];
    System.arraycopy(head, 0, bytes, 0, head.length);
    GeneratedInput.bytes(paragraph, size - head.length).read(bytes, head.length, size - head.length);
    // The cut may fall inside a two-byte letter: end on ASCII.
    for (int i = size - 4; i < size; i++) {
      bytes[i] = '.';
    }

    long start = System.nanoTime();
    ParseResult result = LENIENT.read(new ByteArrayInputStream(bytes), "20mb.txt");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(60));
    assertThat(result.article().body().size()).isGreaterThan(100_000);
    ParseLaws.assertHold(new String(bytes, StandardCharsets.UTF_8), result);
  }

  @ParameterizedTest
  @ValueSource(strings = {"а", " ", "«", "\"", "МОСКВА, 1 июля. /ТАСС/. ", "© ", "2016, 18:39 "})
  void read_10MegacharacterLine_parsesInLinearTime(String unit) {
    String line = unit.repeat((10 << 20) / unit.length());

    ParseResult result = lenient(line);
    lenient(HEADER + DATELINE + line + "\n\nВторой абзац.");

    assertThat(result.article().layout().orElseThrow().text()).hasSize(line.length());
  }

  @Test
  void read_millionShortLines_parsesInLinearTime() {
    String text = HEADER + DATELINE + "Текст.\n" + "a\n\n«\n".repeat(250_000);

    assertThat(lenient(text).article().body()).hasSize(500_001);
  }
}
