package org.wirecopy.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;

/** Bad JSON fails with a Jackson exception that says what is wrong and where. */
class ArticleJsonErrorsTest {

  private static final String ARTICLE = "org.wirecopy.model.Article";

  @Test
  void readValue_unknownBlockType_namesPathAndChoices() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("body").get(1)).put("type", "table"));

    assertThat(e.getOriginalMessage()).isEqualTo("$.body[1].type: unknown block type \"table\","
        + " expected one of \"paragraph\", \"subheading\"");
    assertThat(e.getPathReference()).isEqualTo(
        ARTICLE + "[\"body\"]->java.util.List[1]->org.wirecopy.model.Block[\"type\"]");
  }

  @Test
  void readValue_quoteOffsetsPastItsParagraph_namesQuote() {
    JsonMappingException e = read(MismatchedInputException.class, json -> {
      ObjectNode quote = (ObjectNode) json.get("quotes").get(1);
      int length = quote.get("text").asText().length();
      quote.put("start", 190).put("end", 190 + length);
    });

    assertThat(e.getOriginalMessage()).isEqualTo("$.quotes[1].end: quote offsets 190..248 fall"
        + " outside block 1, which has 204 characters");
    assertThat(e.getPathReference()).isEqualTo(
        ARTICLE + "[\"quotes\"]->java.util.List[1]->org.wirecopy.model.Quote[\"end\"]");
  }

  @Test
  void readValue_quoteTextNotAtItsOffsets_namesQuoteText() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("quotes").get(1)).put("start", 0).put("end", 58));

    assertThat(e.getOriginalMessage())
        .startsWith("$.quotes[1].text: quote text differs from block 1 at 0..58, which reads");
  }

  @Test
  void readValue_quoteTextLongerThanItsSpan_namesQuote() {
    JsonMappingException e = read(ValueInstantiationException.class,
        json -> ((ObjectNode) json.get("quotes").get(0)).put("end", 10));

    assertThat(e.getOriginalMessage())
        .isEqualTo("$.quotes[0]: quote text has 100 characters, its span 9");
    assertThat(e.getPathReference()).isEqualTo(ARTICLE + "[\"quotes\"]->java.util.List[0]");
  }

  @Test
  void readValue_malformedDatelineDate_namesDate() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("dateline")).put("date", "2016-13-45"));

    assertThat(e.getOriginalMessage()).startsWith("$.dateline.date: \"2016-13-45\" is not a date"
        + " (YYYY-MM-DD, or --MM-DD when the year is unknown)");
    assertThat(e.getPathReference())
        .isEqualTo(ARTICLE + "[\"dateline\"]->org.wirecopy.model.Dateline[\"date\"]");
  }

  @Test
  void readValue_dayMissingFromItsYear_namesDate() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("dateline")).put("date", "2015-02-29"));

    assertThat(e.getOriginalMessage()).startsWith("$.dateline.date: \"2015-02-29\" is not a date");
  }

  @Test
  void readValue_malformedTimestampMonthDay_namesMonthDay() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("publishedTimestamp")).put("monthDay", "--02-30"));

    assertThat(e.getOriginalMessage())
        .startsWith("$.publishedTimestamp.monthDay: \"--02-30\" is not a month and day");
  }

  @Test
  void readValue_publishedDisagreeingWithTimestamp_namesPublished() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> json.put("published", "2016-12-06T18:40:00"));

    assertThat(e.getOriginalMessage())
        .isEqualTo("$.published: 2016-12-06T18:40:00 disagrees with publishedTimestamp");
  }

  @Test
  void readValue_speakerIndexPastSpeakers_namesIndex() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("quotes").get(0).get("speaker")).put("index", 3));

    assertThat(e.getOriginalMessage())
        .isEqualTo("$.quotes[0].speaker.index: no speaker 3, the article has 1");
  }

  @Test
  void readValue_speakerNotTheIndexedOne_namesSpeaker() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("quotes").get(0).get("speaker")).put("name", "Джон Керри"));

    assertThat(e.getOriginalMessage()).startsWith(
        "$.quotes[0].speaker: speaker \"Джон Керри\" is not speakers[0] \"Йенс Столтенберг\"");
  }

  @Test
  void readValue_nullBlockText_namesText() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("body").get(0)).putNull("text"));

    assertThat(e.getOriginalMessage())
        .isEqualTo("$.body[0].text: expected a string, found null");
  }

  @Test
  void readValue_missingBlockText_namesBlock() {
    JsonMappingException e = read(ValueInstantiationException.class,
        json -> ((ObjectNode) json.get("body").get(0)).remove("text"));

    assertThat(e.getOriginalMessage()).startsWith("$.body[0]: Cannot build Block")
        .contains("[text]");
  }

  @Test
  void readValue_headlineOnTwoLines_namesArticle() {
    JsonMappingException e = read(ValueInstantiationException.class,
        json -> json.put("headline", "Главы МИД НАТО\nпризвали"));

    assertThat(e.getOriginalMessage()).startsWith("$: headline spans lines");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readValue_offsetOutOfIntRange_namesOffset() {
    JsonMappingException e = read(MismatchedInputException.class,
        json -> ((ObjectNode) json.get("quotes").get(0)).put("start", 4_000_000_000L));

    assertThat(e.getOriginalMessage())
        .isEqualTo("$.quotes[0].start: integer 4000000000 is out of range");
  }

  @Test
  void readValue_unknownMember_namesPath() {
    JsonMappingException e = read(UnrecognizedPropertyException.class,
        json -> ((ObjectNode) json.get("photo")).put("width", 640));

    assertThat(e.getOriginalMessage()).startsWith("Unrecognized field \"width\"");
    assertThat(e.getPathReference())
        .isEqualTo(ARTICLE + "[\"photo\"]->org.wirecopy.model.Photo[\"width\"]");
  }

  @Test
  void readValue_articleInsideOtherJson_namesPathFromTheRoot() throws Exception {
    ObjectNode json = TestJson.MAPPER.valueToTree(SeedArticle.article());
    ((ObjectNode) json.get("body").get(2)).put("type", "table");
    String wrapped = "{\"articles\": [" + json + "]}";

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> TestJson.MAPPER.readValue(wrapped, new TypeReference<Map<String, List<Article>>>() {}));

    assertThat(e.getOriginalMessage()).startsWith("$.articles[0].body[2].type: unknown block type");
  }

  private static JsonMappingException read(
      Class<? extends JsonMappingException> type, Consumer<ObjectNode> breakIt) {
    ObjectNode json = TestJson.MAPPER.valueToTree(SeedArticle.article());
    breakIt.accept(json);
    String text = json.toString();
    return catchThrowableOfType(type, () -> TestJson.MAPPER.readValue(text, Article.class));
  }
}
