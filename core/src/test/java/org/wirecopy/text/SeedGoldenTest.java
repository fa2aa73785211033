package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.BlockType;
import org.wirecopy.model.Language;
import org.wirecopy.model.Topic;

/**
 * The seed article: every field checked by hand, and the whole model compared with
 * {@code seeds/NAME.expected.txt}. Run with {@code -Dwirecopy.regenerate=true} to rewrite the
 * expected file after a deliberate change, then review it with git diff.
 */
class SeedGoldenTest {

  static final Path SEEDS = Path.of("..", "seeds");
  static final Path SEED = SEEDS.resolve("000_2b59c0469892a034.txt");

  @Test
  void parse_seed_givesEveryHeaderField() throws IOException {
    Article article = ArticleParser.parse(SEED);

    assertThat(article.language()).isEqualTo(Language.RUSSIAN);
    assertThat(article.publishedAt()).contains(LocalDateTime.of(2016, 12, 6, 18, 39));
    assertThat(article.updatedAt()).contains(LocalDateTime.of(2016, 12, 6, 19, 10));
    assertThat(article.topics()).containsExactly(Topic.of("Кризис в Сирии"));
    assertThat(article.headline())
        .contains("Главы МИД НАТО призвали Россию к прекращению боев в Сирии");
    assertThat(article.photo().flatMap(p -> p.caption())).contains("Йенс Столтенберг");
    assertThat(article.photo().flatMap(p -> p.credit())).contains("EPA/\u2009STEPHANIE LECOCQ");
    assertThat(article.lead()).contains("Генсек альянса назвал катастрофой происходящее в САР");
    assertThat(article.byline()).isEmpty();
  }

  @Test
  void parse_seed_givesDatelineWithYearFromPublication() throws IOException {
    Article article = ArticleParser.parse(SEED);

    assertThat(article.dateline()).hasValueSatisfying(d -> {
      assertThat(d.place()).contains("БРЮССЕЛЬ");
      assertThat(d.date()).contains(LocalDate.of(2016, 12, 6));
      assertThat(d.agency()).isEqualTo("ТАСС");
      assertThat(d.author()).contains("Виктория Дубровина");
    });
  }

  @Test
  void parse_seed_givesBodyWithOneSubheading() throws IOException {
    Article article = ArticleParser.parse(SEED);

    assertThat(article.body()).hasSize(9);
    assertThat(article.body().get(0).text()).startsWith("Главы МИД НАТО призвали к прекращению");
    assertThat(article.body()).filteredOn(b -> b.type() == BlockType.SUBHEADING)
        .extracting(Block::text)
        .containsExactly("НАТО видит усиление присутствия РФ на Балканах");
    assertThat(article.body().get(8).text()).endsWith("с позиций правды\", - заявил он.");
  }

  @Test
  void write_parsedSeed_givesBackTheBytes() throws IOException {
    byte[] bytes = Files.readAllBytes(SEED);
    Article article = ArticleParser.parse(SEED);

    assertThat(ArticleWriter.write(article).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
  }

  @Test
  void dump_seed_equalsExpectedFile() throws IOException {
    ParseResult result = ArticleParser.builder().build().read(Files.readString(SEED));
    String dump = ArticleDump.of(result);
    Path expected = SEEDS.resolve("000_2b59c0469892a034.expected.txt");
    if (Boolean.getBoolean("wirecopy.regenerate") || !Files.exists(expected)) {
      Files.writeString(expected, dump);
    }
    assertThat(dump).isEqualTo(Files.readString(expected));
  }
}
