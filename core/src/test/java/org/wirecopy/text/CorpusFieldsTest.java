package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirecopy.model.Article;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Topic;

/**
 * Every article of the dev corpus: the first round-trip law holds, and the header fields equal
 * the gold annotation (field names and normalisation as in the project's scorer).
 */
class CorpusFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  static Stream<String> names() {
    return Corpus.names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void write_parsedArticle_givesBackTheText(String name) {
    String text = Corpus.text(name);

    assertThat(ArticleWriter.write(ArticleParser.parse(text))).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("names")
  void parse_article_givesGoldHeaderFields(String name) throws Exception {
    Article article = ArticleParser.parse(Corpus.text(name));
    JsonNode gold = JSON.readTree(Corpus.gold(name));

    assertThat(fields(article)).isEqualTo(goldFields(gold));
  }

  @Test
  void fieldAccuracy_overCorpus_isReported() throws Exception {
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> names = Corpus.names();
    for (String name : names) {
      Map<String, String> got = fields(ArticleParser.parse(Corpus.text(name)));
      Map<String, String> want = goldFields(JSON.readTree(Corpus.gold(name)));
      for (String field : want.keySet()) {
        right.merge(field, want.get(field).equals(got.get(field)) ? 1 : 0, Integer::sum);
      }
    }
    List<String> report = new ArrayList<>();
    right.forEach((field, n) -> report.add(field + " " + n + "/" + names.size()));
    System.out.println("field accuracy over " + names.size() + " articles: " + report);
    assertThat(right.values()).allMatch(n -> n == names.size());
  }

  static Map<String, String> fields(Article a) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("published", a.publishedAt().map(MINUTES::format).orElse("null"));
    f.put("updated", a.updatedAt().map(MINUTES::format).orElse("null"));
    f.put("topics", a.topics().stream().map(Topic::name).map(CorpusFieldsTest::norm).sorted().toList().toString());
    f.put("headline", a.headline().map(CorpusFieldsTest::norm).orElse("null"));
    f.put("lead", a.lead().map(CorpusFieldsTest::norm).orElse("null"));
    Optional<Dateline> d = a.dateline();
    f.put("dateline.place", d.flatMap(Dateline::place).map(CorpusFieldsTest::norm).orElse("null"));
    f.put("dateline.date", d.map(x -> x.date().map(Object::toString)
        .orElse(x.monthDay().map(Object::toString).orElse("null"))).orElse("null"));
    f.put("dateline.agency", d.map(Dateline::agency).map(CorpusFieldsTest::norm).orElse("null"));
    f.put("dateline.author", d.flatMap(Dateline::author).map(CorpusFieldsTest::norm).orElse("null"));
    return f;
  }

  static Map<String, String> goldFields(JsonNode g) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("published", minutes(g.get("published")));
    f.put("updated", minutes(g.get("updated")));
    List<String> topics = new ArrayList<>();
    g.path("topics").forEach(t -> topics.add(norm(t.asText())));
    f.put("topics", topics.stream().sorted().toList().toString());
    f.put("headline", text(g.get("headline")));
    f.put("lead", text(g.get("lead")));
    JsonNode d = g.path("dateline");
    f.put("dateline.place", text(d.get("place")));
    f.put("dateline.date", text(d.get("date")));
    f.put("dateline.agency", text(d.get("agency")));
    f.put("dateline.author", text(d.get("author")));
    return f;
  }

  private static String minutes(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return MINUTES.format(LocalDateTime.parse(node.asText().length() == 16
        ? node.asText() + ":00" : node.asText()));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "null" : norm(node.asText());
  }

  /** As the scorer: no-break spaces and runs of white space fold to one space, ё to е. */
  static String norm(String s) {
    return s.replace('\u00a0', ' ').replace('ё', 'е').replace('Ё', 'Е')
        .replaceAll("\\s+", " ").strip();
  }
}
