package org.wirecopy.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A timestamp as printed above an article: whatever parts of a date and time the text gives.
 *
 * <p>Wire copy often prints a partial timestamp ({@code 2 СЕН, 18:42}, {@code обновлено 16:05});
 * the parts it lacks stay empty and nothing is invented. {@link #dateTime()} is present only when
 * the text gives a full date and a time. A zone printed with the time is kept in {@link #offset()};
 * the local time stays as written.
 */
@Value.Immutable
public abstract class AbstractTimestamp {

  /**
   * The year, when the text gives one.
   *
   * @return the year
   */
  public abstract Optional<Integer> year();

  /**
   * The day and month, when the text gives them.
   *
   * @return the month and day
   */
  public abstract Optional<MonthDay> monthDay();

  /**
   * The time of day, when the text gives one (seconds kept when printed).
   *
   * @return the time
   */
  public abstract Optional<LocalTime> time();

  /**
   * The zone offset printed with the time ({@code Z} is UTC), when there is one.
   *
   * @return the offset
   */
  public abstract Optional<ZoneOffset> offset();

  /**
   * The full local date, when year, month and day are all known.
   *
   * @return the date
   */
  public Optional<LocalDate> date() {
    if (year().isEmpty() || monthDay().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(monthDay().get().atYear(year().get()));
  }

  /**
   * The full local date and time, when the date and the time are both known.
   *
   * @return the date and time, without zone
   */
  public Optional<LocalDateTime> dateTime() {
    return date().flatMap(d -> time().map(d::atTime));
  }

  /**
   * A timestamp of a full local date and time.
   *
   * @param dateTime the date and time
   * @return the timestamp
   */
  public static Timestamp of(LocalDateTime dateTime) {
    return Timestamp.builder()
        .year(dateTime.getYear())
        .monthDay(MonthDay.from(dateTime))
        .time(dateTime.toLocalTime())
        .build();
  }

  @Value.Check
  void check() {
    if (year().isEmpty() && monthDay().isEmpty() && time().isEmpty()) {
      throw new IllegalStateException("a timestamp needs at least a date or a time");
    }
    if (year().isPresent() && monthDay().isEmpty()) {
      throw new IllegalStateException("a year needs a month and day");
    }
    if (year().isPresent() && !monthDay().get().isValidYear(year().get())) {
      throw new DateTimeException(monthDay().get() + " is no day of " + year().get());
    }
    if (offset().isPresent() && time().isEmpty()) {
      throw new IllegalStateException("a zone offset needs a time");
    }
  }
}
