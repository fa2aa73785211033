package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Topic;

/** Writes a topic: {@code {"name": "Кризис в Сирии"}}. */
final class TopicSerializer extends StdSerializer<Topic> {

  static final TopicSerializer INSTANCE = new TopicSerializer();

  private TopicSerializer() {
    super(Topic.class);
  }

  @Override
  public void serialize(Topic topic, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(topic);
    gen.writeStringField("name", topic.name());
    gen.writeEndObject();
  }
}
