package org.wirecopy.text;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecopy.model.Language;
import org.wirecopy.model.Timestamp;

/**
 * The timestamp lines printed above an article, read and written.
 *
 * <p>Read: {@code 6 декабря 2016, 18:39,} {@code обновлено 6 декабря 2016, 19:10}
 * {@code 2 СЕН, 18:42} {@code обновлено 16:05} {@code 30 Apr 2020, 16:57}
 * {@code 2024-12-26 21:09:18} {@code 2024-06-27T12:25:52Z} {@code 20190121T102708}; every kind of
 * space is accepted and a trailing comma or period is ignored. The patterns run on one folded line
 * of at most {@link #MAX_LINE} characters, so they cannot backtrack over much.
 */
final class Timestamps {

  /** Longer lines are never timestamps. */
  static final int MAX_LINE = 80;

  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern UPDATED =
      Pattern.compile("(?iu)^(?:обновлено|обновлен|updated|update)\\s*:?\\s+");
  private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?";
  private static final String OFFSET = "(Z|[+-]\\d{2}:?\\d{2})?";
  private static final String TAIL = "\\s*[,.]?$";

  /** {@code 6 декабря 2016, 18:39}. */
  private static final Pattern DAY_MONTH_YEAR_TIME =
      Pattern.compile("^(\\d{1,2}) (\\p{L}+\\.?) (\\d{4})(?:,| г\\.,?)? ?" + TIME + TAIL);
  /** {@code December 6, 2016, 18:39}. */
  private static final Pattern MONTH_DAY_YEAR_TIME =
      Pattern.compile("^(\\p{L}+\\.?) (\\d{1,2}),? (\\d{4}),? ?" + TIME + TAIL);
  /** {@code 2 СЕН, 18:42}. */
  private static final Pattern DAY_MONTH_TIME =
      Pattern.compile("^(\\d{1,2}) (\\p{L}+\\.?),? " + TIME + OFFSET + TAIL);
  /** {@code 6 декабря 2016}. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("^(\\d{1,2}) (\\p{L}+\\.?) (\\d{4})" + TAIL);
  /** {@code 16:05}. */
  private static final Pattern TIME_ONLY = Pattern.compile("^" + TIME + OFFSET + TAIL);
  /** {@code 2024-12-26 21:09:18}, {@code 2024-06-27T12:25:52Z}. */
  private static final Pattern ISO =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})[ T]" + TIME + OFFSET + TAIL);
  /** {@code 20190121T102708}. */
  private static final Pattern BASIC_ISO =
      Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})?" + OFFSET + TAIL);

  /** A timestamp line read: the timestamp, and whether it is the update line. */
  record Line(Timestamp timestamp, boolean updated) {}

  private Timestamps() {}

  /**
   * Reads a header line as a timestamp.
   *
   * @param line the line's content, already stripped
   * @return the timestamp, or empty when the line is none
   * @throws DateTimeException when the line is a timestamp of a date or time that does not exist
   *     ({@code 31 февраля 2016, 10:00})
   */
  static Optional<Line> read(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return Optional.empty();
    }
    char first = line.charAt(0);
    if (!Character.isDigit(first) && first != 'о' && first != 'О' && first != 'u' && first != 'U') {
      return Optional.empty(); // every timestamp starts with a digit or its update word
    }
    String text = SPACES.matcher(Chars.foldSpaces(line, 0, line.length())).replaceAll(" ");
    boolean updated = false;
    Matcher prefix = UPDATED.matcher(text);
    if (prefix.find()) {
      updated = true;
      text = text.substring(prefix.end());
    }
    boolean isUpdate = updated;
    return readBody(text).map(ts -> new Line(ts, isUpdate));
  }

  private static Optional<Timestamp> readBody(String text) {
    Matcher m;
    if ((m = ISO.matcher(text)).matches()) {
      return Optional.of(full(m.group(1), m.group(2), m.group(3), m, 4, m.group(7)));
    }
    if ((m = BASIC_ISO.matcher(text)).matches()) {
      LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)),
          m.group(6) == null ? 0 : num(m.group(6)));
      return Optional.of(build(num(m.group(1)), MonthDay.of(num(m.group(2)), num(m.group(3))),
          time, m.group(7)));
    }
    if ((m = DAY_MONTH_YEAR_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(2));
      return month == 0 ? Optional.empty()
          : Optional.of(build(num(m.group(3)), MonthDay.of(month, num(m.group(1))),
              time(m, 4), null));
    }
    if ((m = MONTH_DAY_YEAR_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(1));
      return month == 0 ? Optional.empty()
          : Optional.of(build(num(m.group(3)), MonthDay.of(month, num(m.group(2))),
              time(m, 4), null));
    }
    if ((m = DAY_MONTH_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(2));
      return month == 0 ? Optional.empty()
          : Optional.of(withOffset(Timestamp.builder()
              .monthDay(MonthDay.of(month, num(m.group(1)))).time(time(m, 3)), m.group(6)));
    }
    if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
      int month = Months.parse(m.group(2));
      return month == 0 ? Optional.empty()
          : Optional.of(Timestamp.builder().year(num(m.group(3)))
              .monthDay(MonthDay.of(month, num(m.group(1)))).build());
    }
    if ((m = TIME_ONLY.matcher(text)).matches()) {
      return Optional.of(withOffset(Timestamp.builder().time(time(m, 1)), m.group(4)));
    }
    return Optional.empty();
  }

  private static Timestamp full(String y, String mo, String d, Matcher m, int timeGroup,
      String offset) {
    return build(num(y), MonthDay.of(num(mo), num(d)), time(m, timeGroup), offset);
  }

  private static Timestamp build(int year, MonthDay monthDay, LocalTime time, String offset) {
    return withOffset(Timestamp.builder().year(year).monthDay(monthDay).time(time), offset);
  }

  private static Timestamp withOffset(Timestamp.Builder ts, String offset) {
    if (offset != null) {
      ts.offset(ZoneOffset.of(normaliseOffset(offset)));
    }
    return ts.build();
  }

  private static String normaliseOffset(String offset) {
    if (offset.length() == 5) { // +0300
      return offset.substring(0, 3) + ":" + offset.substring(3);
    }
    return offset;
  }

  private static LocalTime time(Matcher m, int group) {
    int seconds = m.group(group + 2) == null ? 0 : num(m.group(group + 2));
    return LocalTime.of(num(m.group(group)), num(m.group(group + 1)), seconds);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  /**
   * The canonical line for a timestamp: Russian copy's {@code 6 декабря 2016, 18:39}, English
   * copy's {@code 2016-12-06 18:39}; seconds and zone offsets in ISO form.
   */
  static String write(Timestamp ts, boolean updated, Language language) {
    StringBuilder out = new StringBuilder();
    if (updated) {
      out.append(language == Language.ENGLISH ? "updated " : "обновлено ");
    }
    boolean exact = ts.time().map(t -> t.getSecond() != 0 || t.getNano() != 0).orElse(false)
        || ts.offset().isPresent();
    if (ts.year().isPresent() && ts.time().isPresent()
        && (exact || language == Language.ENGLISH)) {
      MonthDay md = ts.monthDay().orElseThrow();
      pad(out, ts.year().get(), 4).append('-');
      pad(out, md.getMonthValue(), 2).append('-');
      pad(out, md.getDayOfMonth(), 2).append(' ');
      appendTime(out, ts);
      return out.toString();
    }
    if (ts.monthDay().isPresent()) {
      MonthDay md = ts.monthDay().get();
      out.append(md.getDayOfMonth()).append(' ').append(Months.name(md.getMonthValue(), language));
      ts.year().ifPresent(y -> out.append(' ').append(y));
      if (ts.time().isPresent()) {
        out.append(", ");
      }
    }
    if (ts.time().isPresent()) {
      appendTime(out, ts);
    }
    return out.toString();
  }

  private static void appendTime(StringBuilder out, Timestamp ts) {
    LocalTime t = ts.time().orElseThrow();
    pad(out, t.getHour(), 2).append(':');
    pad(out, t.getMinute(), 2);
    if (t.getSecond() != 0) {
      pad(out.append(':'), t.getSecond(), 2);
    }
    ts.offset().ifPresent(o -> out.append(o.getId()));
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
