package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import org.wirecopy.model.Span;

/**
 * The {@code block}, {@code start} and {@code end} members that place a span, written inline in
 * the object that has the span (a quote, a mention) and read in any order among its other members.
 */
final class SpanMembers {

  private Integer block;
  private Integer start;
  private Integer end;

  /** Writes the span's members into the object being written. */
  static void write(Span span, JsonGenerator gen) throws IOException {
    gen.writeNumberField("block", span.block());
    gen.writeNumberField("start", span.start());
    gen.writeNumberField("end", span.end());
  }

  /** Reads the member, the current token being its value; false if it is none of the three. */
  boolean read(String name, JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    switch (name) {
      case "block" -> block = Input.requiredInt(p, ctxt, type);
      case "start" -> start = Input.requiredInt(p, ctxt, type);
      case "end" -> end = Input.requiredInt(p, ctxt, type);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The span read, at the end token of the object that holds it. */
  Span span(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    if (block == null || start == null || end == null) {
      String missing = block == null ? "block" : start == null ? "start" : "end";
      return Input.mismatch(p, ctxt, type, "missing \"" + missing + "\"");
    }
    return Input.build(p, ctxt, type, () -> Span.of(block, start, end));
  }
}
