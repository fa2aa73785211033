package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/**
 * Reads an article, its members in any order; an absent member reads as null or empty.
 *
 * <p>Once the whole object is read, each quote's speaker becomes the article's speaker at its
 * {@code index}, and what the members say of each other is checked, each problem reported at the
 * member it concerns: a quote's offsets against its block, a quote's speaker against
 * {@code speakers}, {@code published} against {@code publishedTimestamp}.
 */
final class ArticleDeserializer extends StdDeserializer<Article> {

  static final ArticleDeserializer INSTANCE = new ArticleDeserializer();

  private static final List<Object> MEMBERS = List.of(
      "language", "published", "updated", "publishedTimestamp", "updatedTimestamp", "topics",
      "byline", "headline", "lead", "photo", "dateline", "body", "quotes", "speakers", "layout");

  /** The members that are checked against others once all are read. */
  private static final class Related {
    LocalDateTime published;
    LocalDateTime updated;
    Timestamp publishedTimestamp;
    Timestamp updatedTimestamp;
    List<Block> body = List.of();
    List<QuoteDeserializer.QuoteRead> quotes = List.of();
    List<Speaker> speakers = List.of();
  }

  private ArticleDeserializer() {
    super(Article.class);
  }

  @Override
  public Article deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Article.Builder article = Article.builder();
    Related related = new Related();
    Input.object(p, ctxt, this, Article.class, name -> {
      switch (name) {
        case "language" -> {
          if (p.currentToken() != JsonToken.VALUE_NULL) {
            article.language(EnumDeserializer.LANGUAGE.deserialize(p, ctxt));
          }
        }
        case "published" -> related.published = dateTime(p, ctxt);
        case "updated" -> related.updated = dateTime(p, ctxt);
        case "publishedTimestamp" ->
            related.publishedTimestamp = Input.nullable(p, ctxt, TimestampDeserializer.INSTANCE::deserialize);
        case "updatedTimestamp" ->
            related.updatedTimestamp = Input.nullable(p, ctxt, TimestampDeserializer.INSTANCE::deserialize);
        case "topics" -> article.topics(
            Input.list(p, ctxt, Topic.class, TopicDeserializer.INSTANCE::deserialize));
        case "byline" -> article.byline(Optional.ofNullable(Input.string(p, ctxt, Article.class)));
        case "headline" ->
            article.headline(Optional.ofNullable(Input.string(p, ctxt, Article.class)));
        case "lead" -> article.lead(Optional.ofNullable(Input.string(p, ctxt, Article.class)));
        case "photo" -> article.photo(
            Optional.ofNullable(Input.nullable(p, ctxt, PhotoDeserializer.INSTANCE::deserialize)));
        case "dateline" -> article.dateline(
            Optional.ofNullable(Input.nullable(p, ctxt, DatelineDeserializer.INSTANCE::deserialize)));
        case "body" -> related.body =
            Input.list(p, ctxt, Block.class, BlockDeserializer.INSTANCE::deserialize);
        case "quotes" -> related.quotes =
            Input.list(p, ctxt, Quote.class, QuoteDeserializer.INSTANCE::read);
        case "speakers" -> related.speakers =
            Input.list(p, ctxt, Speaker.class, SpeakerDeserializer.INSTANCE::deserialize);
        case "layout" -> article.layout(
            Optional.ofNullable(Input.nullable(p, ctxt, LayoutDeserializer.INSTANCE::deserialize)));
        default -> {
          return false;
        }
      }
      return true;
    });
    article.published(Optional.ofNullable(
        timestamp(p, ctxt, related.published, related.publishedTimestamp, "published")));
    article.updated(Optional.ofNullable(
        timestamp(p, ctxt, related.updated, related.updatedTimestamp, "updated")));
    article.body(related.body);
    article.quotes(quotes(p, ctxt, related));
    article.speakers(related.speakers);
    return Input.build(p, ctxt, Article.class, article::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return MEMBERS;
  }

  private static LocalDateTime dateTime(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return Input.parsed(p, ctxt, Article.class, LocalDateTime::parse,
        "a local date-time (YYYY-MM-DDTHH:MM:SS)");
  }

  /** The timestamp from its parts, or from the date-time alone; the two must agree. */
  private static Timestamp timestamp(
      JsonParser p,
      DeserializationContext ctxt,
      LocalDateTime dateTime,
      Timestamp timestamp,
      String member)
      throws JsonMappingException {
    if (dateTime == null) {
      return timestamp;
    }
    if (timestamp == null) {
      return Timestamp.of(dateTime);
    }
    // Compared part by part: a timestamp's own date-time fails for years beyond LocalDate's range.
    boolean same = timestamp.year().equals(Optional.of(dateTime.getYear()))
        && timestamp.monthDay().equals(Optional.of(MonthDay.from(dateTime)))
        && timestamp.time().equals(Optional.of(dateTime.toLocalTime()));
    if (!same) {
      return Input.mismatchBelow(p, ctxt, Article.class,
          Output.dateTime(dateTime) + " disagrees with " + member + "Timestamp",
          new Reference(Article.class, member));
    }
    return timestamp;
  }

  /** The quotes with their speakers resolved, each checked against the body. */
  private static List<Quote> quotes(JsonParser p, DeserializationContext ctxt, Related related)
      throws JsonMappingException {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < related.quotes.size(); i++) {
      QuoteDeserializer.QuoteRead read = related.quotes.get(i);
      Quote quote = read.quote();
      if (read.speakerIndex() != null) {
        quote = quote.withSpeaker(speaker(p, ctxt, related.speakers, i, quote, read.speakerIndex()));
      }
      checkAgainstBody(p, ctxt, related.body, i, quote);
      quotes.add(quote);
    }
    return quotes;
  }

  private static Speaker speaker(
      JsonParser p,
      DeserializationContext ctxt,
      List<Speaker> speakers,
      int quoteIndex,
      Quote quote,
      int index)
      throws JsonMappingException {
    if (index < 0 || index >= speakers.size()) {
      return Input.mismatchBelow(p, ctxt, Quote.class,
          "no speaker " + index + ", the article has " + speakers.size(),
          new Reference(Article.class, "quotes"), new Reference(List.class, quoteIndex),
          new Reference(Quote.class, "speaker"), new Reference(Speaker.class, "index"));
    }
    Speaker written = quote.speaker().orElseThrow();
    Speaker speaker = speakers.get(index);
    if (!written.name().equals(speaker.name())
        || !written.role().equals(speaker.role())
        || written.named() != speaker.named()) {
      return Input.mismatchBelow(p, ctxt, Quote.class,
          "speaker " + Input.quoted(written.name()) + " is not speakers[" + index + "] "
              + Input.quoted(speaker.name()) + " (name, role and named must agree)",
          new Reference(Article.class, "quotes"), new Reference(List.class, quoteIndex),
          new Reference(Quote.class, "speaker"));
    }
    return speaker;
  }

  private static void checkAgainstBody(
      JsonParser p, DeserializationContext ctxt, List<Block> body, int index, Quote quote)
      throws JsonMappingException {
    Span span = quote.span();
    Reference quotes = new Reference(Article.class, "quotes");
    Reference at = new Reference(List.class, index);
    if (span.block() >= body.size()) {
      Input.mismatchBelow(p, ctxt, Quote.class,
          "block " + span.block() + " is past the body, which has " + body.size() + " blocks",
          quotes, at, new Reference(Quote.class, "block"));
    }
    String text = body.get(span.block()).text();
    if (span.end() > text.length()) {
      Input.mismatchBelow(p, ctxt, Quote.class,
          "quote offsets " + span.start() + ".." + span.end() + " fall outside block "
              + span.block() + ", which has " + text.length() + " characters",
          quotes, at, new Reference(Quote.class, "end"));
    }
    if (!text.regionMatches(span.start(), quote.text(), 0, span.length())) {
      Input.mismatchBelow(p, ctxt, Quote.class,
          "quote text differs from block " + span.block() + " at " + span.start() + ".."
              + span.end() + ", which reads "
              + Input.quoted(text.substring(span.start(), span.end())),
          quotes, at, new Reference(Quote.class, "text"));
    }
  }
}
