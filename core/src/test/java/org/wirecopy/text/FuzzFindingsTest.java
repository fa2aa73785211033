package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;

/**
 * What the fuzz campaigns found, one test each: the shortest input by hand and the fuzzer's own
 * input ({@code src/test/resources/fuzz/findings/}). Once a bug is fixed, its test is enabled and
 * its input moves into the target's {@code ParserFuzzTestInputs} directory.
 */
class FuzzFindingsTest {

  private static String finding(String name) {
    try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("/fuzz/findings/" + name)) {
      return FuzzText.decode(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertWritesBack(String text) {
    Article article = ArticleParser.parse(text);

    assertThat(ArticleWriter.write(article)).isEqualTo(text);
  }

  @Test
  void write_twoBylineLines_givesBothBack() {
    assertWritesBack("Редакция сайта ТАСС\n\nРедакция ТАСС");
    assertWritesBack("Редакция сайта ТАСС\nРедакция ТАСС\n\nЗаголовок\n\nМОСКВА, 1 июля. /ТАСС/. Т.");
    assertWritesBack(finding("two-bylines"));
  }

  @Test
  void parse_speakersFirstMentionedTogether_comeOutInOneOrder() {
    for (String text : new String[] {
        "MOSCOW, January 21. /TASS/. \"It is negative,\" Dmitry Peskov stated. \"No,\" Dmitry said.",
        finding("speakers-first-mentioned-together")}) {
      Article first = ArticleParser.parse(text);
      for (int i = 0; i < 50; i++) {
        assertThat(ArticleParser.parse(text)).as("parse %d", i).isEqualTo(first);
      }
    }
  }

  @Test
  void parse_blockOpeningWithAFieldPreposition_readsIt() {
    // The replayed campaign corpus found it: "on" as a phrase's first token looked at the token
    // before the block.
    for (String text : new String[] {"on the whole, \"We are ready,\" he said.",
        "MOSCOW, May 1. /TASS/. Start.\n\non Monday \"we are ready,\" Ivan Petrov said."}) {
      assertWritesBack(text);
    }
  }
}
