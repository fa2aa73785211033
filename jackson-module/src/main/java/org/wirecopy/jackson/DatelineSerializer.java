package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.wirecopy.model.Dateline;

/**
 * Writes a dateline: {@code {"place", "region", "date", "agency", "author"}}, the date being
 * {@code "2016-12-06"} when the year is known, {@code "--12-06"} when not, null when none.
 */
final class DatelineSerializer extends StdSerializer<Dateline> {

  static final DatelineSerializer INSTANCE = new DatelineSerializer();

  private DatelineSerializer() {
    super(Dateline.class);
  }

  @Override
  public void serialize(Dateline dateline, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(dateline);
    Output.string(gen, "place", dateline.place());
    Output.string(gen, "region", dateline.region());
    Optional<String> date = dateline.date().map(Object::toString);
    Output.string(gen, "date", date.or(() -> dateline.monthDay().map(Object::toString)));
    gen.writeStringField("agency", dateline.agency());
    Output.string(gen, "author", dateline.author());
    gen.writeEndObject();
  }
}
