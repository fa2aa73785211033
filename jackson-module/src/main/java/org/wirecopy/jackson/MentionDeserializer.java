package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.wirecopy.model.Mention;

/** Reads a mention or a cue: {@code {"text": ..., "block": ..., "start": ..., "end": ...}}. */
final class MentionDeserializer extends StdDeserializer<Mention> {

  static final MentionDeserializer INSTANCE = new MentionDeserializer();

  private MentionDeserializer() {
    super(Mention.class);
  }

  @Override
  public Mention deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Mention.Builder mention = Mention.builder();
    SpanMembers span = new SpanMembers();
    Input.object(p, ctxt, this, Mention.class, name -> {
      if (name.equals("text")) {
        mention.text(Input.requiredString(p, ctxt, Mention.class));
        return true;
      }
      return span.read(name, p, ctxt, Mention.class);
    });
    mention.span(span.span(p, ctxt, Mention.class));
    return Input.build(p, ctxt, Mention.class, mention::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("text", "block", "start", "end");
  }
}
