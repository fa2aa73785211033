package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Segment;

/** Reads a layout from the array of its segments. */
final class LayoutDeserializer extends StdDeserializer<Layout> {

  static final LayoutDeserializer INSTANCE = new LayoutDeserializer();

  private LayoutDeserializer() {
    super(Layout.class);
  }

  @Override
  public Layout deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return Input.mismatch(p, ctxt, Layout.class, "expected an array of segments");
    }
    Layout.Builder layout = Layout.builder();
    layout.segments(Input.list(p, ctxt, Segment.class, SegmentDeserializer.INSTANCE::deserialize));
    return Input.build(p, ctxt, Layout.class, layout::build);
  }
}
