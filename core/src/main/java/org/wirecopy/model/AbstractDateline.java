package org.wirecopy.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dateline that opens the first body paragraph:
 * {@code БРЮССЕЛЬ, 6 декабря. /Корр. ТАСС Виктория Дубровина/.}
 *
 * <p>The dateline prints a day and month; the year is resolved from the article's publication
 * time when it has one (a December dateline in an article published in January is the previous
 * year's), so {@link #date()} is present only when the year is known.
 */
@Value.Immutable
public abstract class AbstractDateline {

  /**
   * The place as written ({@code БРЮССЕЛЬ}, {@code НЬЮ-ЙОРК}); empty when the dateline names only
   * the agency ({@code ТАСС, 17 мая.}).
   *
   * @return the place
   */
  public abstract Optional<String> place();

  /**
   * The region printed between slashes after the place ({@code Leningrad Region} of
   * {@code IGORA /Leningrad Region/}), a gloss that is not part of the place's name.
   *
   * @return the region
   */
  public abstract Optional<String> region();

  /**
   * The day and month the dateline prints.
   *
   * @return the month and day, empty for agencies whose datelines carry no date
   */
  public abstract Optional<MonthDay> monthDay();

  /**
   * The year, resolved from the publication time; empty when the article gives none.
   *
   * @return the year
   */
  public abstract Optional<Integer> year();

  /**
   * The agency as written ({@code ТАСС}, {@code TASS}, {@code ITAR-TASS}).
   *
   * @return the agency
   */
  public abstract String agency();

  /**
   * The correspondent named in the dateline ({@code Виктория Дубровина}).
   *
   * @return the author
   */
  public abstract Optional<String> author();

  /**
   * The full date, when the year is known.
   *
   * @return the date
   */
  public Optional<LocalDate> date() {
    return year().flatMap(y -> monthDay().map(md -> md.atYear(y)));
  }

  @Value.Check
  void check() {
    Checks.oneLine("dateline agency", agency());
    place().ifPresent(p -> Checks.oneLine("dateline place", p));
    region().ifPresent(r -> Checks.oneLine("dateline region", r));
    author().ifPresent(a -> Checks.oneLine("dateline author", a));
    if (year().isPresent() && monthDay().isEmpty()) {
      throw new IllegalStateException("a dateline year needs a month and day");
    }
    if (year().isPresent() && !monthDay().get().isValidYear(year().get())) {
      throw new IllegalStateException(monthDay().get() + " is no day of " + year().get());
    }
  }
}
