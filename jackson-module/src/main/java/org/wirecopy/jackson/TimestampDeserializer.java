package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Timestamp;

/**
 * Reads a timestamp: {@code {"year": 2016, "monthDay": "--12-06", "time": "18:39", "offset":
 * "+03:00"}}, each part null or absent when the text does not give it.
 */
final class TimestampDeserializer extends StdDeserializer<Timestamp> {

  static final TimestampDeserializer INSTANCE = new TimestampDeserializer();

  private TimestampDeserializer() {
    super(Timestamp.class);
  }

  @Override
  public Timestamp deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Timestamp.Builder timestamp = Timestamp.builder();
    Input.object(p, ctxt, this, Timestamp.class, name -> {
      switch (name) {
        case "year" -> timestamp.year(Optional.ofNullable(Input.integer(p, ctxt, Timestamp.class)));
        case "monthDay" -> timestamp.monthDay(Optional.ofNullable(Input.parsed(
            p, ctxt, Timestamp.class, MonthDay::parse, "a month and day (--MM-DD)")));
        case "time" -> timestamp.time(Optional.ofNullable(Input.parsed(
            p, ctxt, Timestamp.class, LocalTime::parse, "a time (HH:MM or HH:MM:SS)")));
        case "offset" -> timestamp.offset(Optional.ofNullable(Input.parsed(
            p, ctxt, Timestamp.class, ZoneOffset::of, "a zone offset (Z or +HH:MM)")));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Timestamp.class, timestamp::build);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("year", "monthDay", "time", "offset");
  }
}
