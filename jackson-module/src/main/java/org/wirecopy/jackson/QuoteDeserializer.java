package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Quote;

/**
 * Reads a quote: {@code {"text", "block", "start", "end", "kind", "speaker", "cue"}}. On its own
 * the speaker is read as written in the quote; in an article, see {@link ArticleDeserializer}.
 */
final class QuoteDeserializer extends StdDeserializer<Quote> {

  static final QuoteDeserializer INSTANCE = new QuoteDeserializer();

  /** A quote as read, and the index of its speaker among the article's speakers (or null). */
  record QuoteRead(Quote quote, Integer speakerIndex) {}

  private QuoteDeserializer() {
    super(Quote.class);
  }

  @Override
  public Quote deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt).quote();
  }

  /** Reads a quote of an article, keeping the index of its speaker. */
  QuoteRead read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Quote.Builder quote = Quote.builder();
    SpanMembers span = new SpanMembers();
    Integer[] speakerIndex = {null};
    Input.object(p, ctxt, this, Quote.class, name -> {
      switch (name) {
        case "text" -> quote.text(Input.requiredString(p, ctxt, Quote.class));
        case "kind" -> quote.kind(EnumDeserializer.QUOTE_KIND.deserialize(p, ctxt));
        case "speaker" -> {
          SpeakerDeserializer.QuotedSpeaker speaker =
              Input.nullable(p, ctxt, SpeakerDeserializer.INSTANCE::readQuoted);
          quote.speaker(Optional.ofNullable(speaker == null ? null : speaker.speaker()));
          speakerIndex[0] = speaker == null ? null : speaker.index();
        }
        case "cue" -> quote.cue(
            Optional.ofNullable(Input.nullable(p, ctxt, MentionDeserializer.INSTANCE::deserialize)));
        default -> {
          return span.read(name, p, ctxt, Quote.class);
        }
      }
      return true;
    });
    quote.span(span.span(p, ctxt, Quote.class));
    return new QuoteRead(Input.build(p, ctxt, Quote.class, quote::build), speakerIndex[0]);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("text", "block", "start", "end", "kind", "speaker", "cue");
  }
}
