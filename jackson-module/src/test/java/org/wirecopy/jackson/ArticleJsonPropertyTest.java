package org.wirecopy.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.wirecopy.model.Article;
import org.wirecopy.model.BlockType;

/** The laws of the JSON form over articles built in code (seeded, see the seeds below). */
class ArticleJsonPropertyTest {

  @Property(tries = 300, seed = "20161206")
  @StatisticsReport(onFailureOnly = true)
  void readValue_ofWrittenArticle_isEqual(@ForAll("articles") Article article) throws Exception {
    String json = TestJson.MAPPER.writeValueAsString(article);

    Article read = TestJson.MAPPER.readValue(json, Article.class);

    assertThat(read).isEqualTo(article);
    assertThat(read.layout()).isEqualTo(article.layout());
    coverage(article);
  }

  @Property(tries = 300, seed = "18390000")
  void writeValueAsString_ofReadJson_isIdentical(@ForAll("articles") Article article)
      throws Exception {
    String json = TestJson.MAPPER.writeValueAsString(article);

    String again =
        TestJson.MAPPER.writeValueAsString(TestJson.MAPPER.readValue(json, Article.class));

    assertThat(again).isEqualTo(json);
  }

  @Property(tries = 200, seed = "19100000")
  void writeValueAsString_anyArticle_matchesSchema(@ForAll("articles") Article article)
      throws Exception {
    String json = TestJson.MAPPER.writeValueAsString(article);

    assertThat(TestJson.schemaErrors(json)).isEmpty();
  }

  /**
   * Any one value of a valid article's JSON replaced by junk reads, or fails with a Jackson
   * exception whose message starts with the path of what is wrong; never anything else.
   */
  @Property(tries = 500, seed = "4295423125")
  void readValue_withOneValueReplaced_failsOnlyWithJacksonExceptionNamingPath(
      @ForAll("articles") Article article,
      @ForAll("junk") String junk,
      @ForAll int pick)
      throws Exception {
    JsonNode tree = TestJson.MAPPER.valueToTree(article);
    List<Consumer<JsonNode>> places = new ArrayList<>();
    places(tree, places);
    JsonNode replacement = TestJson.MAPPER.readTree(junk);
    places.get(Math.floorMod(pick, places.size())).accept(replacement);
    String json = TestJson.MAPPER.writeValueAsString(tree);

    Throwable thrown = catchThrowable(() -> TestJson.MAPPER.readValue(json, Article.class));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(JsonProcessingException.class);
      if (thrown instanceof UnrecognizedPropertyException unknown) {
        // Jackson's own message: the path is in the reference chain.
        assertThat(unknown.getPath()).isNotEmpty();
      } else if (thrown instanceof JsonMappingException mapping) {
        assertThat(mapping.getOriginalMessage()).startsWith("$");
      }
    }
  }

  /** Checks that the generator reaches the cases the JSON form has to keep apart. */
  private static void coverage(Article article) {
    Map<String, Boolean> cases = new LinkedHashMap<>();
    cases.put("quote by one of the speakers", article.quotes().stream()
        .anyMatch(q -> q.speaker().filter(article.speakers()::contains).isPresent()));
    cases.put("quote by another speaker", article.quotes().stream()
        .anyMatch(q -> q.speaker().filter(s -> !article.speakers().contains(s)).isPresent()));
    cases.put("quote with a cue", article.quotes().stream().anyMatch(q -> q.cue().isPresent()));
    cases.put("partial timestamp",
        article.published().isPresent() && article.publishedAt().isEmpty());
    cases.put("dateline without year",
        article.dateline().filter(d -> d.monthDay().isPresent() && d.year().isEmpty()).isPresent());
    cases.put("dateline with year", article.dateline().flatMap(d -> d.year()).isPresent());
    cases.put("subheading",
        article.body().stream().anyMatch(b -> b.type() == BlockType.SUBHEADING));
    cases.put("layout", article.layout().isPresent());
    cases.forEach((name, present) -> {
      Statistics.label(name).collect(present);
      Statistics.label(name).coverage(c -> c.check(true).percentage(p -> p >= 5));
    });
  }

  @Provide
  Arbitrary<Article> articles() {
    return Articles.articles();
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.of(
        "null", "true", "0", "-1", "7", "2147483648", "1e3", "1.5", "\"\"", "\" x \"", "\"x\"",
        "\"--02-30\"", "\"2016-13-45\"", "\"2015-02-29\"", "\"table\"", "\"Z\"", "\"25:00\"",
        "{}", "[]", "[null]", "[{}]", "{\"name\": null}", "{\"text\": 5}");
  }

  /** Setters of every value below the root, each replacing one value. */
  private static void places(JsonNode node, List<Consumer<JsonNode>> places) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        places.add(value -> object.set(name, value));
        places(object.get(name), places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        places.add(value -> array.set(index, value));
        places(array.get(i), places);
      }
    }
  }
}
