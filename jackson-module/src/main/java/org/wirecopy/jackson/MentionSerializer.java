package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Mention;

/** Writes a mention or a cue: {@code {"text": "добавил", "block": 1, "start": 120, "end": 127}}. */
final class MentionSerializer extends StdSerializer<Mention> {

  static final MentionSerializer INSTANCE = new MentionSerializer();

  private MentionSerializer() {
    super(Mention.class);
  }

  @Override
  public void serialize(Mention mention, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(mention);
    gen.writeStringField("text", mention.text());
    SpanMembers.write(mention.span(), gen);
    gen.writeEndObject();
  }
}
