package org.wirecopy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example's {@code main}, run as a user would. */
class ExamplesTest {

  @TempDir
  Path dir;

  @Test
  void parseOne_noArgument_printsTheSeedsDatelineAndQuotes() throws Exception {
    String out = Stdout.of(() -> ParseOne.main(new String[0]));

    assertThat(out).startsWith("Главы МИД НАТО призвали Россию к прекращению боев в Сирии\n")
        .contains("Dateline: БРЮССЕЛЬ, 2016-12-06, ТАСС, Виктория Дубровина\n")
        .containsPattern("Quotes: \\d+\n");
  }

  @Test
  void parseOne_file_readsIt() throws Exception {
    Path english = copy("cli/en-001.txt", "en-001.txt");

    String out = Stdout.of(() -> ParseOne.main(new String[] {english.toString()}));

    assertThat(out).startsWith("Kremlin has 'negative reaction' to upcoming EU sanctions\n")
        .contains("Dateline: MOSCOW");
  }

  @Test
  void whoSaidWhat_folder_countsEveryArticle() throws Exception {
    copy("cli/000_2b59c0469892a034.txt", "a.txt");
    copy("cli/en-001.txt", "sub/b.txt");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    String out = Stdout.of(() -> WhoSaidWhat.main(new String[] {dir.toString()}));

    assertThat(out).startsWith("2 articles, ").matches("(?s)[^\n]*\n(\\s+\\d+  \\S[^\n]*\n)*");
  }

  @Test
  void buildArticle_writesAndParsesBackEqual() throws Exception {
    String out = Stdout.of(() -> BuildArticle.main(new String[0]));

    assertThat(out).startsWith("6 декабря 2016, 18:39\nКризис в Сирии\n")
        .contains("БРЮССЕЛЬ, 6 декабря. /ТАСС/. Главы МИД НАТО")
        .endsWith("parsed back equals the built article: true\n");
  }

  @Test
  void jsonRoundTrip_seed_readsBackEqual() throws Exception {
    String out = Stdout.of(() -> JsonRoundTrip.main(new String[0]));

    assertThat(out).startsWith("{\n")
        .contains("read back equals the article: true\n")
        .endsWith("writes the same text: true\n");
  }

  private Path copy(String resource, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    try (InputStream in = ExamplesTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }
}
