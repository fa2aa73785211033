package org.wirecopy.text;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;

/**
 * The datelines of the other major agencies, one small format each. Each reads a bounded prefix
 * of a line with an anchored pattern, so none can backtrack over a paragraph.
 */
final class AgencyDatelines {

  /** Upper-case place words: {@code МОСКВА}, {@code NEW YORK}, {@code ST. PETERSBURG}. */
  static final String PLACE = "(\\p{Lu}[\\p{Lu}\\d'’.\\-]*(?: [\\p{Lu}\\d'’.\\-]+){0,5})";
  private static final String DASH = "[-–—]";

  private AgencyDatelines() {}

  /**
   * The day and month two groups of a match hold, or null when the month group names no month.
   * The day's digits are read where they stand instead of cut out as a string.
   *
   * @param line the text matched
   * @throws DateTimeException when the month has no such day
   */
  static MonthDay monthDay(CharSequence line, Matcher m, int dayGroup, int monthGroup) {
    int month = Months.parse(m.group(monthGroup));
    return month == 0 ? null
        : MonthDay.of(month, Integer.parseInt(line, m.start(dayGroup), m.end(dayGroup), 10));
  }

  /** RIA Novosti: {@code МОСКВА, 16 дек – РИА Новости.}, {@code – РИА Новости, Иван Иванов.} */
  static final class Ria implements DatelineFormat {
    private static final String AGENCY = "РИА Новости";
    private static final List<String> MARKS = List.of("РИА");
    private static final Pattern PATTERN = Pattern.compile("^" + PLACE
        + ", (\\d{1,2}) (\\p{L}{3,}\\.?) ?" + DASH + " ?(" + AGENCY + ")(?:, ([^.,]{2,60}))?\\.");

    @Override
    public Optional<Found> read(CharSequence line) {
      Matcher m = PATTERN.matcher(line);
      if (!m.find()) {
        return Optional.empty();
      }
      MonthDay md = monthDay(line, m, 2, 3);
      if (md == null) {
        return Optional.empty();
      }
      Dateline.Builder d = Dateline.builder().place(m.group(1)).monthDay(md).agency(m.group(4));
      if (m.group(5) != null) {
        d.author(Chars.strip(m.group(5)));
      }
      return Optional.of(new Found(d.build(), m.end()));
    }

    @Override
    public List<String> marks() {
      return MARKS;
    }

    @Override
    public boolean writes(Dateline dateline) {
      return dateline.agency().equals(AGENCY) && dateline.place().isPresent()
          && dateline.monthDay().isPresent() && dateline.region().isEmpty();
    }

    @Override
    public String write(Dateline d, Language language) {
      MonthDay md = d.monthDay().orElseThrow();
      return d.place().orElseThrow() + ", " + md.getDayOfMonth() + " "
          + Months.name(md.getMonthValue(), Language.RUSSIAN) + " – " + AGENCY
          + d.author().map(a -> ", " + a).orElse("") + ".";
    }
  }

  /** Interfax: {@code Москва. 8 декабря. INTERFAX.RU - }. */
  static final class Interfax implements DatelineFormat {
    /** The agency's names, a longer one before the name it contains; the first is written. */
    private static final List<String> AGENCIES = List.of("INTERFAX.RU", "INTERFAX", "ИНТЕРФАКС");
    private static final String AGENCY = AGENCIES.get(0);
    private static final List<String> MARKS = List.of("INTERFAX", "ИНТЕРФАКС");
    private static final Pattern PATTERN = Pattern.compile(
        "^(\\p{Lu}[\\p{L}\\-]*(?: [\\p{L}\\-]+){0,3})\\. (\\d{1,2}) (\\p{L}{3,})\\. ("
            + AGENCIES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ") ?" + DASH);

    @Override
    public Optional<Found> read(CharSequence line) {
      Matcher m = PATTERN.matcher(line);
      if (!m.find()) {
        return Optional.empty();
      }
      MonthDay md = monthDay(line, m, 2, 3);
      return md == null ? Optional.empty() : Optional.of(new Found(
          Dateline.builder().place(m.group(1)).monthDay(md).agency(m.group(4)).build(), m.end()));
    }

    @Override
    public List<String> marks() {
      return MARKS;
    }

    @Override
    public boolean writes(Dateline dateline) {
      return AGENCIES.contains(dateline.agency())
          && dateline.place().isPresent() && dateline.monthDay().isPresent()
          && dateline.region().isEmpty() && dateline.author().isEmpty();
    }

    @Override
    public String write(Dateline d, Language language) {
      MonthDay md = d.monthDay().orElseThrow();
      return d.place().orElseThrow() + ". " + md.getDayOfMonth() + " "
          + Months.name(md.getMonthValue(), Language.RUSSIAN) + ". " + d.agency() + " -";
    }
  }

  /**
   * Reuters and AP: {@code BRUSSELS (Reuters) - }, {@code MOSCOW, Dec 6 (Reuters) - },
   * {@code BRUSSELS (AP) — }, {@code WASHINGTON (AP) _ }, {@code SPRINGFIELD, Ill. (AP) — };
   * and TASS's older English copy, {@code MOSCOW, April 12 (Itar-Tass) — }.
   */
  static final class Bracketed implements DatelineFormat {
    private static final List<String> AGENCIES = List.of("Reuters", "AP", "Itar-Tass");
    private static final String AGENCY = String.join("|", AGENCIES);
    private static final List<String> MARKS = List.of("(Reuters)", "(AP)", "(Itar-Tass)");
    /** A US state or country as AP prints it after the place: {@code Ill.}, {@code N.Y.}, {@code Calif.}. */
    private static final String STATE = "([A-Z][a-z]{1,5}\\.(?: ?[A-Z][a-z]{0,4}\\.)?|[A-Z]{2})";
    private static final Pattern PATTERN = Pattern.compile("^" + PLACE
        + "(?:, (?:(\\p{L}{3,}\\.?) (\\d{1,2})|" + STATE + "))? \\((" + AGENCY + ")\\) ?[-–—_]");

    @Override
    public Optional<Found> read(CharSequence line) {
      Matcher m = PATTERN.matcher(line);
      if (!m.find()) {
        return Optional.empty();
      }
      Dateline.Builder d = Dateline.builder().place(m.group(1)).agency(m.group(5));
      if (m.group(2) != null) {
        MonthDay md = monthDay(line, m, 3, 2);
        if (md == null) {
          return Optional.empty();
        }
        d.monthDay(md);
      }
      if (m.group(4) != null) {
        d.region(m.group(4));
      }
      return Optional.of(new Found(d.build(), m.end()));
    }

    @Override
    public List<String> marks() {
      return MARKS;
    }

    @Override
    public boolean writes(Dateline dateline) {
      return AGENCIES.contains(dateline.agency()) && dateline.place().isPresent()
          && dateline.author().isEmpty()
          && (dateline.monthDay().isEmpty() || dateline.region().isEmpty());
    }

    @Override
    public String write(Dateline d, Language language) {
      StringBuilder out = new StringBuilder(d.place().orElseThrow());
      d.monthDay().ifPresent(md -> out.append(", ")
          .append(Months.name(md.getMonthValue(), Language.ENGLISH), 0, 3)
          .append(' ').append(md.getDayOfMonth()));
      d.region().ifPresent(r -> out.append(", ").append(r));
      out.append(" (").append(d.agency()).append(") ");
      return out.append(d.agency().equals("AP") ? "—" : "-").toString();
    }
  }
}
