package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Segment;

/** Reads a layout segment: {@code {"part", "index", "raw", "canonical"}}. */
final class SegmentDeserializer extends StdDeserializer<Segment> {

  static final SegmentDeserializer INSTANCE = new SegmentDeserializer();

  private SegmentDeserializer() {
    super(Segment.class);
  }

  @Override
  public Segment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Segment.Builder segment = Segment.builder();
    Input.object(p, ctxt, this, Segment.class, name -> {
      switch (name) {
        case "part" -> segment.part(EnumDeserializer.PART.deserialize(p, ctxt));
        case "index" -> segment.index(Input.requiredInt(p, ctxt, Segment.class));
        case "raw" -> segment.raw(Input.requiredString(p, ctxt, Segment.class));
        case "canonical" ->
            segment.canonical(Optional.ofNullable(Input.string(p, ctxt, Segment.class)));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Segment.class, segment::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("part", "index", "raw", "canonical");
  }
}
