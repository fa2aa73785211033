package org.wirecopy.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleWriter;

/**
 * Fuzz target for the JSON module: any bytes read as an article either fail with Jackson's
 * {@link JsonProcessingException} (a {@link com.fasterxml.jackson.databind.DatabindException}
 * for JSON that is no article) or give an article that writes as JSON and back to an equal
 * article, layout included, and that writes as text. One exception escapes Jackson 2's
 * contract: bytes it takes for UTF-32 of an unsupported byte order fail with a plain
 * {@link CharConversionException}; callers of {@code readValue(byte[] or InputStream)} must
 * catch {@link IOException}.
 *
 * <p>Every build replays {@code src/test/resources/org/wirecopy/jackson/JsonFuzzTestInputs/}.
 * A campaign, as {@code core/src/test/resources/fuzz/README.md} says:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl core,jackson-module test -Djacoco.skip=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=JsonFuzzTest}.
 */
class JsonFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readValue_anyBytes_givesArticleOrJacksonException(byte[] data) throws IOException {
    Article article;
    try {
      article = TestJson.MAPPER.readValue(data, Article.class);
    } catch (JsonProcessingException e) {
      return;
    } catch (CharConversionException e) {
      // jackson-core 2.x, not this module: bytes it takes for UTF-32 fail with this plain
      // IOException when the byte order is one it does not support (00 00 8a 00) or a code unit
      // is no character (JsonFuzzTestInputs/.../finding-ucs4-*, finding-utf32-*).
      assertThat(e.getStackTrace()[0].getClassName()).startsWith("com.fasterxml.jackson.core.");
      return;
    }
    if (article == null) {
      return; // the JSON text null
    }
    byte[] json = TestJson.MAPPER.writeValueAsBytes(article);
    Article again = TestJson.MAPPER.readValue(json, Article.class);

    assertThat(again).isEqualTo(article);
    assertThat(again.layout()).isEqualTo(article.layout());
    assertThat(ArticleWriter.write(again)).isEqualTo(ArticleWriter.write(article));
  }
}
