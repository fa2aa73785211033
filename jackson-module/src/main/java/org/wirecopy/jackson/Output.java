package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Writes members whose value may be absent: every member is always written, absent as null. */
final class Output {

  private Output() {}

  /** Writes a string member, null when absent. */
  static void string(JsonGenerator gen, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(name, value.get());
    } else {
      gen.writeNullField(name);
    }
  }

  /** Writes an int member, null when absent. */
  static void integer(JsonGenerator gen, String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      gen.writeNumberField(name, value.get());
    } else {
      gen.writeNullField(name);
    }
  }

  /** Writes an object member, null when absent. */
  static <T> void object(
      JsonGenerator gen,
      SerializerProvider provider,
      String name,
      Optional<T> value,
      JsonSerializer<T> serializer)
      throws IOException {
    gen.writeFieldName(name);
    if (value.isPresent()) {
      serializer.serialize(value.get(), gen, provider);
    } else {
      gen.writeNull();
    }
  }

  /** Writes an array member. */
  static <T> void array(
      JsonGenerator gen,
      SerializerProvider provider,
      String name,
      List<T> values,
      JsonSerializer<T> serializer)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (T value : values) {
      serializer.serialize(value, gen, provider);
    }
    gen.writeEndArray();
  }

  /** An ISO local date-time that always has seconds ({@code 2016-12-06T18:39:00}). */
  static String dateTime(LocalDateTime dateTime) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
  }
}
