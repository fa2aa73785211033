package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Segment;

/** Writes a layout as the array of its segments. */
final class LayoutSerializer extends StdSerializer<Layout> {

  static final LayoutSerializer INSTANCE = new LayoutSerializer();

  private LayoutSerializer() {
    super(Layout.class);
  }

  @Override
  public void serialize(Layout layout, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartArray(layout, layout.segments().size());
    for (Segment segment : layout.segments()) {
      SegmentSerializer.INSTANCE.serialize(segment, gen, provider);
    }
    gen.writeEndArray();
  }
}
