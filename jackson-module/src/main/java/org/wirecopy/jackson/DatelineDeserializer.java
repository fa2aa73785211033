package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Dateline;

/**
 * Reads a dateline: {@code {"place", "region", "date", "agency", "author"}}, the date being
 * {@code "2016-12-06"}, {@code "--12-06"} (year unknown) or null.
 */
final class DatelineDeserializer extends StdDeserializer<Dateline> {

  static final DatelineDeserializer INSTANCE = new DatelineDeserializer();

  private DatelineDeserializer() {
    super(Dateline.class);
  }

  @Override
  public Dateline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Dateline.Builder dateline = Dateline.builder();
    Input.object(p, ctxt, this, Dateline.class, name -> {
      switch (name) {
        case "place" -> dateline.place(Optional.ofNullable(Input.string(p, ctxt, Dateline.class)));
        case "region" ->
            dateline.region(Optional.ofNullable(Input.string(p, ctxt, Dateline.class)));
        case "date" -> {
          TemporalAccessor date = Input.parsed(p, ctxt, Dateline.class, DatelineDeserializer::date,
              "a date (YYYY-MM-DD, or --MM-DD when the year is unknown)");
          dateline.monthDay(Optional.ofNullable(date == null ? null : MonthDay.from(date)));
          dateline.year(date instanceof LocalDate full ? Optional.of(full.getYear())
              : Optional.empty());
        }
        case "agency" -> dateline.agency(Input.requiredString(p, ctxt, Dateline.class));
        case "author" ->
            dateline.author(Optional.ofNullable(Input.string(p, ctxt, Dateline.class)));
        default -> {
          return false;
        }
      }
      return true;
    });
    return Input.build(p, ctxt, Dateline.class, dateline::build);
  }

  /** Parses a full date, or a month and day ({@code --12-06}), checking the day exists. */
  private static TemporalAccessor date(String text) {
    return text.startsWith("--") ? MonthDay.parse(text) : LocalDate.parse(text);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("place", "region", "date", "agency", "author");
  }
}
