package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.wirecopy.model.Span;

/** Reads a span on its own: {@code {"block": 0, "start": 4, "end": 12}}. */
final class SpanDeserializer extends StdDeserializer<Span> {

  static final SpanDeserializer INSTANCE = new SpanDeserializer();

  private SpanDeserializer() {
    super(Span.class);
  }

  @Override
  public Span deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    SpanMembers span = new SpanMembers();
    Input.object(p, ctxt, this, Span.class, name -> span.read(name, p, ctxt, Span.class));
    return span.span(p, ctxt, Span.class);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("block", "start", "end");
  }
}
