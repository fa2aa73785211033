package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.wirecopy.model.Timestamp;

/**
 * Writes a timestamp with the parts the text gave, the others null:
 * {@code {"year": 2016, "monthDay": "--12-06", "time": "18:39", "offset": null}}.
 */
final class TimestampSerializer extends StdSerializer<Timestamp> {

  static final TimestampSerializer INSTANCE = new TimestampSerializer();

  private TimestampSerializer() {
    super(Timestamp.class);
  }

  @Override
  public void serialize(Timestamp timestamp, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(timestamp);
    Output.integer(gen, "year", timestamp.year());
    Output.string(gen, "monthDay", timestamp.monthDay().map(MonthDay::toString));
    Output.string(gen, "time", timestamp.time().map(LocalTime::toString));
    Output.string(gen, "offset", timestamp.offset().map(ZoneOffset::getId));
    gen.writeEndObject();
  }
}
