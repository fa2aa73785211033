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
 * {@code 2024-12-26 21:09:18} {@code 2024-06-27T12:25:52Z} {@code 20190121T102708}
 * {@code 18.11.2022, 11:08}; every kind of
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
  /** {@code May 25, 19:04}. */
  private static final Pattern MONTH_DAY_TIME =
      Pattern.compile("^(\\p{L}+\\.?) (\\d{1,2}),? " + TIME + TAIL);
  /** A zone after the time, and a place after it: {@code 19:04 UTC+3 ST. PETERSBURG}. */
  private static final Pattern ZONE_SUFFIX = Pattern.compile(
      "^(.{1,40}?\\d) ?(?:(?:UTC|GMT) ?([+-]\\d{1,2}(?::?\\d{2})?)|мск|МСК|MSK)"
          + "(?: \\p{Lu}[\\p{Lu}.'’\\- ]{0,40})?[,.]?$");
  /** The update word inside a line, after the publication time. */
  private static final Pattern UPDATE_INSIDE =
      Pattern.compile("(?iu) (?:обновлено|обновлен|updated)\\b");
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
  /** {@code 18.11.2022, 11:08}, {@code 18.11.2022}: reprints of agency copy print dates so. */
  private static final Pattern NUMERIC =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,? ?" + TIME + ")?" + TAIL);
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
    if (!Chars.hasDigit(line)) {
      return Optional.empty(); // a cheap test first: most header lines are words
    }
    // Each pattern below runs only on text that has what it cannot match without (a literal, a
    // digit first): most lines are tried against one or two patterns instead of all of them.
    String text = Chars.foldSpaces(line);
    if (text.indexOf("  ") >= 0) {
      text = SPACES.matcher(text).replaceAll(" ");
    }
    boolean updated = false;
    if (mayStartUpdateWord(text.charAt(0))) {
      Matcher prefix = UPDATED.matcher(text);
      if (prefix.find()) {
        updated = true;
        text = text.substring(prefix.end());
      }
    }
    // tass.com prints a zone and the place after the time: "May 25, 19:04 UTC+3 ST. PETERSBURG".
    String zone = null;
    if (namesZone(text)) {
      Matcher suffix = ZONE_SUFFIX.matcher(text);
      if (suffix.matches()) {
        text = suffix.group(1);
        zone = suffix.group(2) == null ? "" : suffix.group(2);
      }
    }
    Optional<Timestamp> ts = readBody(text);
    if (zone != null && !zone.isEmpty() && ts.isPresent() && ts.get().time().isPresent()
        && ts.get().offset().isEmpty()) {
      ts = Optional.of(Timestamp.copyOf(ts.get()).withOffset(zone(zone)));
    }
    return ts.isPresent() ? Optional.of(new Line(ts.get(), updated)) : Optional.empty();
  }

  /**
   * Whether an update word ({@link #UPDATED}, {@link #UPDATE_INSIDE}) may start with the
   * character, matched without regard to case: false for every ASCII and Cyrillic character but
   * {@code u} and {@code о} in either case; true for any other, to be safe.
   */
  private static boolean mayStartUpdateWord(char c) {
    if (c < 0x80) {
      return c == 'u' || c == 'U';
    }
    if (c >= '\u0400' && c <= '\u04FF') {
      return c == 'о' || c == 'О';
    }
    return true;
  }

  /** Whether the text holds one of the zone names {@link #ZONE_SUFFIX} requires. */
  private static boolean namesZone(String text) {
    return text.indexOf("UTC") >= 0 || text.indexOf("GMT") >= 0 || text.indexOf("MSK") >= 0
        || text.indexOf("мск") >= 0 || text.indexOf("МСК") >= 0;
  }

  /**
   * Where a line that prints both times ({@code 29 МАР, 19:27 Обновлено 20:14}) starts its
   * update time.
   *
   * @param line the line's content, stripped
   * @return the offset of the update word, or -1 when the line is no such pair
   */
  static int updateAt(String line) {
    if (line.length() > MAX_LINE || !Chars.hasDigit(line) || !mayHoldUpdateWord(line)) {
      return -1;
    }
    Matcher m = UPDATE_INSIDE.matcher(Chars.foldSpaces(line));
    if (!m.find()) {
      return -1;
    }
    try {
      String first = Chars.strip(line.substring(0, m.start()));
      String second = line.substring(m.start() + 1);
      return !first.isEmpty() && read(first).filter(l -> !l.updated()).isPresent()
          && read(second).filter(Line::updated).isPresent() ? m.start() + 1 : -1;
    } catch (DateTimeException e) {
      return -1;
    }
  }

  /** Whether some space in the line is followed by a character an update word may start with. */
  private static boolean mayHoldUpdateWord(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (mayStartUpdateWord(line.charAt(i)) && Chars.isSpace(line.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@code +3}, {@code +03}, {@code +0300}, {@code +3:00}: hours and minutes east of UTC. */
  private static ZoneOffset zone(String text) {
    int sign = text.charAt(0) == '-' ? -1 : 1;
    String digits = text.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = num(digits);
    } else {
      hours = num(digits.substring(0, digits.length() - 2));
      minutes = num(digits.substring(digits.length() - 2));
    }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Optional<Timestamp> readBody(String text) {
    if (text.isEmpty()) {
      return Optional.empty(); // every pattern needs a character
    }
    // Every pattern but two starts with an ASCII digit (\d is ASCII only), those two with a letter.
    char first = text.charAt(0);
    if (first < '0' || first > '9') {
      return readMonthFirst(text);
    }
    Matcher m;
    if (text.length() > 4 && text.charAt(4) == '-' && (m = ISO.matcher(text)).matches()) {
      return Optional.of(full(m.group(1), m.group(2), m.group(3), m, 4, m.group(7)));
    }
    if (text.length() > 8 && text.charAt(8) == 'T' && (m = BASIC_ISO.matcher(text)).matches()) {
      LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)),
          m.group(6) == null ? 0 : num(m.group(6)));
      return Optional.of(build(num(m.group(1)), MonthDay.of(num(m.group(2)), num(m.group(3))),
          time, m.group(7)));
    }
    if ((text.length() > 2 && (text.charAt(1) == '.' || text.charAt(2) == '.'))
        && (m = NUMERIC.matcher(text)).matches()) {
      MonthDay day = MonthDay.of(num(m.group(2)), num(m.group(1)));
      return Optional.of(m.group(4) == null
          ? Timestamp.builder().year(num(m.group(3))).monthDay(day).build()
          : build(num(m.group(3)), day, time(m, 4), null));
    }
    if ((m = DAY_MONTH_YEAR_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(2));
      return month == 0 ? Optional.empty()
          : Optional.of(build(num(m.group(3)), MonthDay.of(month, num(m.group(1))),
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

  /** The patterns that start with a month name. */
  private static Optional<Timestamp> readMonthFirst(String text) {
    Matcher m;
    if ((m = MONTH_DAY_YEAR_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(1));
      return month == 0 ? Optional.empty()
          : Optional.of(build(num(m.group(3)), MonthDay.of(month, num(m.group(2))),
              time(m, 4), null));
    }
    if ((m = MONTH_DAY_TIME.matcher(text)).matches()) {
      int month = Months.parse(m.group(1));
      return month == 0 ? Optional.empty()
          : Optional.of(Timestamp.builder().monthDay(MonthDay.of(month, num(m.group(2))))
              .time(time(m, 3)).build());
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

  /** Appends the value with zeros before it to the width, without making its digits a string. */
  private static StringBuilder pad(StringBuilder out, int value, int width) {
    int length = value < 0 ? 2 : 1; // as Integer.toString writes it, sign and all
    for (int rest = value / 10; rest != 0; rest /= 10) {
      length++;
    }
    for (int i = length; i < width; i++) {
      out.append('0');
    }
    return out.append(value);
  }
}
