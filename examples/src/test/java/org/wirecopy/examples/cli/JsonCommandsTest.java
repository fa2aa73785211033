package org.wirecopy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parse --format json|jsonl} and {@code write}. */
class JsonCommandsTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void parse_json_printsOnePrettyDocumentPerInput() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result result = Cli.run("parse", "--format", "json", seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{\n").endsWith("}\n");
    JsonNode json = PLAIN.readTree(result.out());
    assertThat(json.path("headline").asText())
        .isEqualTo("Главы МИД НАТО призвали Россию к прекращению боев в Сирии");
    assertThat(json.path("published").asText()).startsWith("2016-12-06T18:39");
    assertThat(json.path("dateline").path("place").asText()).isEqualTo("БРЮССЕЛЬ");
  }

  @Test
  void parse_outputDir_writesNameJsonPerInputAndNothingOnStdout() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path seed = Cli.copy(Cli.SEED, in);
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Cli.copy(Cli.ENGLISH, folder, "sub/c.txt");
    Path out = dir.resolve("out/json");

    Cli.Result result = Cli.run("parse", "--format", "json", "--output-dir", out.toString(),
        seed.toString(), folder.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
    assertThat(files(out)).containsExactly("000_2b59c0469892a034.json", "sub/c.json");
    JsonNode json = PLAIN.readTree(out.resolve("000_2b59c0469892a034.json").toFile());
    assertThat(json.path("dateline").path("place").asText()).isEqualTo("БРЮССЕЛЬ");
    assertThat(PLAIN.readTree(out.resolve("sub/c.json").toFile()).path("dateline")
        .path("place").asText()).isEqualTo("MOSCOW");
  }

  @Test
  void parse_outputDirWithMalformedInput_writesTheOthers() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xC3, '(', '\n'});
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("parse", "--format", "json", "--output-dir", out.toString(),
        bad.toString(), seed.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains(bad + ": malformed UTF-8 at byte offset 0");
    assertThat(files(out)).containsExactly("000_2b59c0469892a034.json");
  }

  @Test
  void parse_outputDirWithTwoInputsOfOneName_exitsTwoBeforeWriting() throws IOException {
    Path a = Cli.copy(Cli.SEED, dir, "a/x.txt");
    Path b = Cli.copy(Cli.ENGLISH, dir, "b/x.txt");
    Path out = dir.resolve("out");

    Cli.Result result = Cli.run("parse", "--format", "json", "--output-dir", out.toString(),
        a.toString(), b.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("would both be written to " + out.resolve("x.json"));
    assertThat(out).doesNotExist();
  }

  @Test
  void parse_jsonl_printsOneCompactLinePerArticle() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path english = Cli.copy(Cli.ENGLISH, dir);

    Cli.Result result = Cli.run("parse", "--format", "jsonl",
        seed.toString(), english.toString(), seed.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).hasSize(3).allSatisfy(line -> {
      assertThat(line).startsWith("{\"").endsWith("}");
      assertThat(PLAIN.readTree(line).has("headline")).isTrue();
    });
    assertThat(PLAIN.readTree(result.out().lines().toList().get(1)).path("dateline")
        .path("agency").asText()).isEqualTo("TASS");
  }

  @Test
  void parse_noQuotes_printsTheStructureWithoutQuotesOrSpeakers() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);

    Cli.Result full = Cli.run("parse", "--format", "jsonl", seed.toString());
    Cli.Result structure = Cli.run("parse", "--format", "jsonl", "--no-quotes", seed.toString());

    assertThat(structure.exitCode()).isZero();
    JsonNode fullArticle = PLAIN.readTree(full.out());
    JsonNode structureArticle = PLAIN.readTree(structure.out());
    assertThat(fullArticle.path("quotes").size()).isPositive();
    assertThat(structureArticle.path("quotes").size()).isZero();
    assertThat(structureArticle.path("speakers").size()).isZero();
    assertThat(structureArticle.path("body")).isEqualTo(fullArticle.path("body"));
    assertThat(structureArticle.path("headline")).isEqualTo(fullArticle.path("headline"));
  }

  @Test
  void write_jsonOfParse_givesBackTheOriginalBytes() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path out = dir.resolve("json");
    assertThat(Cli.run("parse", "--format", "json", "--output-dir", out.toString(),
        seed.toString()).exitCode()).isZero();

    Cli.Result result = Cli.run("write", out.resolve("000_2b59c0469892a034.json").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Cli.bytes(Cli.SEED));
  }

  @Test
  void write_jsonLinesOnStdin_givesBackEachArticleInOrder() throws IOException {
    Path seed = Cli.copy(Cli.SEED, dir);
    Path english = Cli.copy(Cli.ENGLISH, dir);
    String jsonl = Cli.run("parse", "--format", "jsonl", english.toString(), seed.toString())
        .out();

    Cli.Result result = Cli.runWithStdin(jsonl.getBytes(StandardCharsets.UTF_8), "write", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(
        new String(Cli.bytes(Cli.ENGLISH), StandardCharsets.UTF_8)
            + new String(Cli.bytes(Cli.SEED), StandardCharsets.UTF_8));
  }

  @Test
  void write_jsonThatIsNoArticle_exitsOneAndNamesIt() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"body\": 3}");

    Cli.Result result = Cli.run("write", bad.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith(
        "wirecopy: " + bad + ": $.body: expected an array, found a number (line 1, column 10)\n");
    assertThat(result.out()).isEmpty();
  }

  /** The files under a folder, as sorted relative paths with forward slashes. */
  private static Stream<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted().toList().stream();
    }
  }
}
