package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * Writes a quote: {@code {"text", "block", "start", "end", "kind", "speaker", "cue"}}.
 *
 * <p>The speaker is written as {@code {"name", "role", "named", "index"}}, {@code index} being its
 * place in the article's {@code speakers}, where its mentions are. A speaker that is not one of
 * them (a quote written on its own, or an article built so in code) has a null {@code index} and
 * its {@code mentions} written in the quote.
 */
final class QuoteSerializer extends StdSerializer<Quote> {

  static final QuoteSerializer INSTANCE = new QuoteSerializer();

  private QuoteSerializer() {
    super(Quote.class);
  }

  @Override
  public void serialize(Quote quote, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    write(quote, List.of(), gen, provider);
  }

  /** Writes a quote of an article, its speaker pointing into the article's speakers. */
  void write(Quote quote, List<Speaker> speakers, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(quote);
    gen.writeStringField("text", quote.text());
    SpanMembers.write(quote.span(), gen);
    gen.writeStringField("kind", EnumNames.QUOTE_KIND.name(quote.kind()));
    gen.writeFieldName("speaker");
    if (quote.speaker().isPresent()) {
      Speaker speaker = quote.speaker().get();
      int index = speakers.indexOf(speaker);
      gen.writeStartObject(speaker);
      SpeakerSerializer.writeIdentity(speaker, gen);
      if (index >= 0) {
        gen.writeNumberField("index", index);
      } else {
        gen.writeNullField("index");
        Output.array(gen, provider, "mentions", speaker.mentions(), MentionSerializer.INSTANCE);
      }
      gen.writeEndObject();
    } else {
      gen.writeNull();
    }
    Output.object(gen, provider, "cue", quote.cue(), MentionSerializer.INSTANCE);
    gen.writeEndObject();
  }
}
