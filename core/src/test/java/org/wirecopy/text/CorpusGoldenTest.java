package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every article of the dev corpus, its whole model (header, body, quotes, speakers with every
 * mention and offset, diagnostics) compared with {@code src/test/resources/corpus-expected/
 * NAME.expected.txt}. The score tests only fail below their floors; this one fails on any change
 * of what the parser finds in real copy. After a deliberate change, rewrite the files with
 * {@code ./mvnw -pl core test -Dtest=CorpusGoldenTest -Dwirecopy.regenerate=true} and review the
 * diff.
 */
class CorpusGoldenTest {

  private static final Path EXPECTED = Path.of("src", "test", "resources", "corpus-expected");

  static List<String> names() {
    return Corpus.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void dump_corpusArticle_equalsExpectedFile(String name) throws IOException {
    String dump = ArticleDump.of(ArticleParser.builder().build().read(Corpus.text(name)));
    Path expected = EXPECTED.resolve(name + ".expected.txt");
    if (Boolean.getBoolean("wirecopy.regenerate")) {
      Files.createDirectories(EXPECTED);
      Files.writeString(expected, dump);
    }

    assertThat(expected).as("expected file; create it with -Dwirecopy.regenerate=true").exists();
    assertThat(dump).isEqualTo(Files.readString(expected));
  }
}
