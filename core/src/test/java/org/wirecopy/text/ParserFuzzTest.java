package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.wirecopy.model.Article;

/**
 * Fuzz targets for the text parser and writer: for any input, the parser returns an article that
 * keeps the laws of {@link ParseLaws}, or throws the one documented exception.
 *
 * <p>Every build replays the inputs under {@code src/test/resources/org/wirecopy/text/
 * ParserFuzzTestInputs/<method>/} (corpus seeds and every input that once failed). A campaign on
 * one target, as {@code src/test/resources/fuzz/README.md} says:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core test -Djacoco.skip=true -Dtest='ParserFuzzTest#read_anyBytes_parsesOrNamesTheMalformedByte'}.
 */
class ParserFuzzTest {

  /** Wire-copy tokens (month names, agencies, quotation marks) that guide the mutations. */
  static final String DICTIONARY = "/fuzz/wirecopy.dict";

  private static final ArticleParser LENIENT = ArticleParser.builder().build();
  private static final ArticleParser STRICT = ArticleParser.builder().strict(true).build();

  /**
   * Any bytes, read from a stream and from the array: UTF-8 parses with the laws, the same
   * either way; anything else fails naming the first bad byte, the same either way.
   */
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void read_anyBytes_parsesOrNamesTheMalformedByte(byte[] data) throws IOException {
    OptionalLong malformedAt = firstMalformedByte(data);
    ParseResult result;
    try {
      result = LENIENT.read(new ByteArrayInputStream(data), "fuzz.txt");
    } catch (ArticleParseException e) {
      assertThat(malformedAt).as("only malformed UTF-8 fails a lenient parse: %s", e).isPresent();
      assertThat(e.byteOffset()).isEqualTo(malformedAt.getAsLong());
      assertThat(e.getMessage()).contains("fuzz.txt", "byte offset " + malformedAt.getAsLong());
      assertThatThrownBy(() -> LENIENT.read(data))
          .isInstanceOfSatisfying(ArticleParseException.class,
              fromArray -> assertThat(fromArray.byteOffset()).isEqualTo(e.byteOffset()));
      return;
    }
    assertThat(malformedAt).as("malformed UTF-8 must not parse").isEmpty();
    String text = new String(data, StandardCharsets.UTF_8);
    ParseLaws.assertHold(text, result);
    assertThat(result.article()).isEqualTo(LENIENT.read(text).article());
    assertThat(LENIENT.read(data).article()).isEqualTo(result.article());
  }

  /**
   * Any string, lone surrogates included: lenient parsing keeps the laws; strict parsing gives
   * the same article when there is nothing to report, else throws with the same diagnostics.
   */
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void read_anyString_keepsTheLawsLenientAndStrict(byte[] data) {
    String text = FuzzText.decode(data);
    ParseResult lenient = ParseLaws.read(LENIENT, text);
    ParseResult strict;
    try {
      strict = STRICT.read(text);
    } catch (ArticleParseException e) {
      assertThat(lenient.diagnostics()).isNotEmpty();
      assertThat(e.diagnostics()).isEqualTo(lenient.diagnostics());
      assertThat(e.line()).isEqualTo(lenient.diagnostics().get(0).line());
      assertThat(e.column()).isEqualTo(lenient.diagnostics().get(0).column());
      return;
    }
    assertThat(lenient.diagnostics()).isEmpty();
    assertThat(strict.article()).isEqualTo(lenient.article());
  }

  /**
   * The writer on any parsed string: it gives the text back, also from an equal copy of the
   * article; without the layout it writes canonical text that parses in turn.
   */
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void write_anyParsedString_givesItBack(byte[] data) {
    String text = FuzzText.decode(data);
    Article article = ArticleParser.parse(text);

    assertThat(ArticleWriter.write(article)).isEqualTo(text);
    assertThat(ArticleWriter.write(Article.builder().from(article).build())).isEqualTo(text);
    String canonical = ArticleWriter.write(article.withLayout(Optional.empty()));
    Article reread = ArticleParser.parse(canonical);
    assertThat(ArticleWriter.write(reread)).isEqualTo(canonical);
  }

  /** Where a strict UTF-8 decoder of the whole array first fails, if it does. */
  static OptionalLong firstMalformedByte(byte[] data) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data);
    CharBuffer out = CharBuffer.allocate(data.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? OptionalLong.of(in.position()) : OptionalLong.empty();
  }
}
