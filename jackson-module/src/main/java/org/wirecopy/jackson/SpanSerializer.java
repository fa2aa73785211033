package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Span;

/** Writes a span on its own: {@code {"block": 0, "start": 4, "end": 12}}. */
final class SpanSerializer extends StdSerializer<Span> {

  static final SpanSerializer INSTANCE = new SpanSerializer();

  private SpanSerializer() {
    super(Span.class);
  }

  @Override
  public void serialize(Span span, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(span);
    SpanMembers.write(span, gen);
    gen.writeEndObject();
  }
}
