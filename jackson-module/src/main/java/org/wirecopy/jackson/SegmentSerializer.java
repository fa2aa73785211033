package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Segment;

/** Writes a layout segment: {@code {"part": "block", "index": 0, "raw": ..., "canonical": null}}. */
final class SegmentSerializer extends StdSerializer<Segment> {

  static final SegmentSerializer INSTANCE = new SegmentSerializer();

  private SegmentSerializer() {
    super(Segment.class);
  }

  @Override
  public void serialize(Segment segment, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(segment);
    gen.writeStringField("part", EnumNames.PART.name(segment.part()));
    gen.writeNumberField("index", segment.index());
    gen.writeStringField("raw", segment.raw());
    Output.string(gen, "canonical", segment.canonical());
    gen.writeEndObject();
  }
}
