package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.wirecopy.model.Topic;

/** Reads a topic: {@code {"name": "Кризис в Сирии"}}. */
final class TopicDeserializer extends StdDeserializer<Topic> {

  static final TopicDeserializer INSTANCE = new TopicDeserializer();

  private TopicDeserializer() {
    super(Topic.class);
  }

  @Override
  public Topic deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Topic.Builder topic = Topic.builder();
    Input.object(p, ctxt, this, Topic.class, name -> {
      switch (name) {
        case "name" -> topic.name(Input.requiredString(p, ctxt, Topic.class));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Topic.class, topic::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("name");
  }
}
