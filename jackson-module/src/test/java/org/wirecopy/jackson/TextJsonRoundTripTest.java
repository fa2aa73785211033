package org.wirecopy.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleParser;
import org.wirecopy.text.ArticleWriter;

/**
 * The law across both forms: text → Article → JSON → Article → text gives the text back byte for
 * byte, over the seed article and the dev corpus (read from the sibling directories, relative to
 * this module).
 */
class TextJsonRoundTripTest {

  private static final Path SEED = Path.of("..", "seeds", "000_2b59c0469892a034.txt");
  private static final Path CORPUS = Path.of("..", "core", "src", "test", "resources", "corpus");

  static List<Path> texts() throws IOException {
    try (Stream<Path> corpus = Files.list(CORPUS)) {
      List<Path> texts = Stream.concat(Stream.of(SEED),
              corpus.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted())
          .toList();
      assertThat(texts).hasSizeGreaterThan(30);
      return texts;
    }
  }

  @ParameterizedTest
  @MethodSource("texts")
  void write_ofArticleReadFromJsonOfParsedText_givesTheBytes(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    Article parsed = ArticleParser.parse(new String(bytes, StandardCharsets.UTF_8));

    String json = TestJson.MAPPER.writeValueAsString(parsed);
    Article read = TestJson.MAPPER.readValue(json, Article.class);

    assertThat(ArticleWriter.write(read).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    assertThat(read).isEqualTo(parsed);
    assertThat(read.layout()).isEqualTo(parsed.layout());
    assertThat(TestJson.MAPPER.writeValueAsString(read)).isEqualTo(json);
    assertThat(TestJson.schemaErrors(json)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void write_ofEditedArticleThroughJson_equalsWriteOfTheEdit(Path path) throws IOException {
    Article edited = ArticleParser.parse(Files.readString(path)).withHeadline("Новый заголовок");

    Article read = TestJson.MAPPER.readValue(
        TestJson.MAPPER.writeValueAsString(edited), Article.class);

    assertThat(ArticleWriter.write(read)).isEqualTo(ArticleWriter.write(edited));
  }
}
