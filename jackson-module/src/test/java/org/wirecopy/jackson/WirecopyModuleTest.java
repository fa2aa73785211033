package org.wirecopy.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * The module as users meet it, and the golden JSON of the seed article.
 *
 * <p>Regenerate the golden file with {@code -Dwirecopy.golden.update=true} and review it by git
 * diff.
 */
class WirecopyModuleTest {

  private static final String GOLDEN = "org/wirecopy/jackson/seed-article.json";

  @Test
  void writeValueAsString_seedArticle_matchesGoldenFile() throws IOException {
    String json = TestJson.PRETTY.writeValueAsString(SeedArticle.article()) + "\n";
    if (Boolean.getBoolean("wirecopy.golden.update")) {
      Files.writeString(Path.of("src/test/resources", GOLDEN), json);
    }

    assertThat(json).isEqualTo(golden());
  }

  @Test
  void readValue_goldenFile_givesSeedArticle() throws IOException {
    assertThat(TestJson.MAPPER.readValue(golden(), Article.class)).isEqualTo(SeedArticle.article());
  }

  @Test
  void goldenFile_matchesSchema() throws IOException {
    assertThat(TestJson.schemaErrors(golden())).isEmpty();
  }

  @Test
  void schema_jsonThatIsNoArticle_isRejected() throws IOException {
    ObjectNode json = TestJson.MAPPER.valueToTree(SeedArticle.article());
    ((ObjectNode) json.get("body").get(0)).put("type", "table");
    json.remove("layout");
    ((ObjectNode) json.get("quotes").get(0).get("speaker")).putArray("mentions");
    ((ObjectNode) json.get("publishedTimestamp")).putNull("monthDay");

    assertThat(TestJson.schemaErrors(json.toString()))
        .anySatisfy(e -> assertThat(e).startsWith("$.body[0].type:"))
        .anySatisfy(e -> assertThat(e).startsWith("$: required property 'layout'"))
        .anySatisfy(e -> assertThat(e).startsWith("$.quotes[0].speaker:"))
        .anySatisfy(e -> assertThat(e).startsWith("$.publishedTimestamp.monthDay:"));
  }

  @Test
  void findAndRegisterModules_findsWirecopyModule() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertThat(found.writeValueAsString(SeedArticle.article()))
        .isEqualTo(TestJson.MAPPER.writeValueAsString(SeedArticle.article()));
  }

  @Test
  void readValue_emptyObject_givesEmptyArticle() throws IOException {
    assertThat(TestJson.MAPPER.readValue("{}", Article.class)).isEqualTo(Article.builder().build());
  }

  @Test
  void writeValueAsString_emptyArticle_writesEveryMember() throws IOException {
    assertThat(TestJson.MAPPER.writeValueAsString(Article.builder().build())).isEqualTo(
        "{\"language\":\"und\",\"published\":null,\"updated\":null,\"publishedTimestamp\":null,"
            + "\"updatedTimestamp\":null,\"topics\":[],\"byline\":null,\"headline\":null,"
            + "\"lead\":null,\"photo\":null,\"dateline\":null,\"body\":[],\"quotes\":[],"
            + "\"speakers\":[],\"layout\":null}");
  }

  @Test
  void readValue_quoteOnItsOwn_keepsSpeakerAndMentions() throws IOException {
    Quote quote = SeedArticle.article().quotes().get(0);

    String json = TestJson.MAPPER.writeValueAsString(quote);

    assertThat(json).contains("\"index\":null,\"mentions\":[");
    assertThat(TestJson.MAPPER.readValue(json, Quote.class)).isEqualTo(quote);
  }

  @Test
  void readValue_speakerOnItsOwn_isEqual() throws IOException {
    Speaker speaker = SeedArticle.article().speakers().get(0);

    String json = TestJson.MAPPER.writeValueAsString(speaker);

    assertThat(TestJson.MAPPER.readValue(json, Speaker.class)).isEqualTo(speaker);
  }

  private static String golden() throws IOException {
    try (InputStream in = WirecopyModuleTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
