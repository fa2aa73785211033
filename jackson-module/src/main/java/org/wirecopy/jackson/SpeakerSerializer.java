package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Speaker;

/** Writes a speaker: {@code {"name": ..., "role": ..., "named": true, "mentions": [...]}}. */
final class SpeakerSerializer extends StdSerializer<Speaker> {

  static final SpeakerSerializer INSTANCE = new SpeakerSerializer();

  private SpeakerSerializer() {
    super(Speaker.class);
  }

  @Override
  public void serialize(Speaker speaker, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(speaker);
    writeIdentity(speaker, gen);
    Output.array(gen, provider, "mentions", speaker.mentions(), MentionSerializer.INSTANCE);
    gen.writeEndObject();
  }

  /** Writes the members that say who the speaker is: name, role and whether named. */
  static void writeIdentity(Speaker speaker, JsonGenerator gen) throws IOException {
    gen.writeStringField("name", speaker.name());
    Output.string(gen, "role", speaker.role());
    gen.writeBooleanField("named", speaker.named());
  }
}
