package org.wirecopy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirecopyCommandTest {

  @TempDir
  Path dir;

  @Test
  void parse_seed_printsSummaryAndExitsZero() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result result = Cli.run("parse", seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith(seed + "\n").contains(
        "  published    2016-12-06 18:39\n",
        "  updated      2016-12-06 19:10\n",
        "  topics       Кризис в Сирии\n",
        "  headline     Главы МИД НАТО призвали Россию к прекращению боев в Сирии\n",
        "  lead         Генсек альянса назвал катастрофой происходящее в САР\n",
        "  dateline     place БРЮССЕЛЬ, date 2016-12-06, agency ТАСС, "
            + "author Виктория Дубровина\n",
        "  body         9 blocks (8 paragraphs, 1 subheading)\n",
        "  who said what");
  }

  @Test
  void parse_noQuotes_summarisesTheStructureAndSaysQuotesWereNotRead() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result result = Cli.run("parse", "--no-quotes", seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains(
        "  dateline     place БРЮССЕЛЬ, date 2016-12-06, agency ТАСС, "
            + "author Виктория Дубровина\n",
        "  body         9 blocks (8 paragraphs, 1 subheading)\n",
        "  quotes       not read (--no-quotes)\n")
        .doesNotContain("who said what");
  }

  @Test
  void parse_stdin_readsDash() {
    Cli.Result result = Cli.runWithStdin(Cli.bytes(Cli.SEED), "parse", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("-\n").contains("place БРЮССЕЛЬ");
  }

  @Test
  void parse_malformedUtf8_namedOnStderrOthersStillWritten() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'M', 'O', 'S', (byte) 0xFF, '\n'});
    Path english = Cli.copy(Cli.ENGLISH, dir);

    Cli.Result result = Cli.run("parse", seed.toString(), bad.toString(), english.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(bad + ": malformed UTF-8 at byte offset 3")
        .contains("1 of 3 inputs failed")
        .doesNotContain(seed.toString(), english.toString());
    assertThat(result.out()).contains(seed + "\n", english + "\n").doesNotContain(bad.toString());
    assertThat(result.out().indexOf(seed.toString()))
        .isLessThan(result.out().indexOf(english.toString()));
  }

  @Test
  void parse_missingFile_exitsOneAndNamesIt() {
    Path missing = dir.resolve("missing.txt");

    Cli.Result result = Cli.run("parse", missing.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(missing + ": no such file");
  }

  @Test
  void parse_folder_readsEveryTxtFileInPathOrder() throws IOException {
    Cli.copy(Cli.SEED, dir, "b.txt");
    Cli.copy(Cli.ENGLISH, dir, "a.txt");
    Cli.copy(Cli.ENGLISH, dir, "sub/c.txt");
    Cli.copy(Cli.ENGLISH, dir, "notes.md");

    Cli.Result result = Cli.run("parse", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(titles(result.out())).containsExactly(
        dir.resolve("a.txt").toString(),
        dir.resolve("b.txt").toString(),
        dir.resolve("sub/c.txt").toString());
  }

  @Test
  void parse_folderWithoutTxtFiles_exitsOne() throws IOException {
    Files.createDirectories(dir.resolve("empty"));

    Cli.Result result = Cli.run("parse", dir.resolve("empty").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("empty: no *.txt file in the folder");
  }

  @Test
  void parse_manyInputsOnSeveralThreads_keepsInputOrder() throws IOException {
    List<String> args = new ArrayList<>(List.of("parse", "--threads", "3"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Alternating long and short articles, so that later inputs often finish first.
      Path file = Cli.copy(i % 2 == 0 ? Cli.SEED : Cli.ENGLISH, dir, "n" + (99 - i) + ".txt");
      args.add(file.toString());
      expected.add(file.toString());
    }

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).as("no progress bar off a terminal").isEmpty();
    assertThat(titles(result.out())).containsExactlyElementsOf(expected);
  }

  @Test
  void parse_progressForced_drawsBarOnStderr() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result result = Cli.run("parse", "--progress", seed.toString(), seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("2/2 files", "MB/s").endsWith("\n");
    assertThat(result.out()).doesNotContain("files");
  }

  @Test
  void parse_badUsage_exitsTwo() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    assertThat(Cli.run("parse").exitCode()).as("no input").isEqualTo(2);
    assertThat(Cli.run("parse", "--format", "xml", seed.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("parse", "--threads", "0", seed.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("parse", "--output-dir", dir.toString(), seed.toString()).exitCode())
        .as("--output-dir without --format json").isEqualTo(2);
    assertThat(Cli.run("parse", "-", "-").exitCode()).isEqualTo(2);
    assertThat(Cli.run("parse", "--no-such-option", seed.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
    Cli.Result bare = Cli.run();
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err()).contains("Usage: wirecopy");
  }

  @Test
  void quotes_seed_printsTableHeader() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result result = Cli.run("quotes", seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("SPEAKER").contains("ROLE", "CUE", "QUOTE");
  }

  @Test
  void quotes_severalInputs_titlesEachTable() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path english = Cli.copy(Cli.ENGLISH, dir);

    Cli.Result result = Cli.run("quotes", seed.toString(), english.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("==> " + seed + " <==\nSPEAKER")
        .contains("\n\n==> " + english + " <==\nSPEAKER");
  }

  @Test
  void help_andVersion_exitZero() {
    Cli.Result help = Cli.run("--help");
    Cli.Result parseHelp = Cli.run("parse", "--help");
    Cli.Result version = Cli.run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: wirecopy", "parse", "quotes", "write", "Exit codes");
    assertThat(parseHelp.exitCode()).isZero();
    assertThat(parseHelp.out()).contains("--format", "--output-dir", "--threads", "--[no-]progress");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).matches("wirecopy \\d+\\.\\d+\\.\\d+\\S*\\R");
  }

  /** The first line of each summary: the input's name. */
  private static List<String> titles(String out) {
    List<String> titles = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty() && !line.startsWith(" ")) {
        titles.add(line);
      }
    }
    return titles;
  }
}
