package org.wirecopy.text;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;

/**
 * TASS datelines: {@code БРЮССЕЛЬ, 6 декабря. /Корр. ТАСС Виктория Дубровина/.},
 * {@code МОСКВА, 1 июля. /ТАСС/.}, {@code IGORA /Leningrad Region/, December 26. /TASS/.},
 * {@code BAIKONUR (Kazakhstan), June 6. /TASS/.},
 * {@code ТАСС, 17 мая.}, {@code TASS, August 15.} (no place).
 */
final class TassDateline implements DatelineFormat {

  /** The agency's names, a longer one before the name it contains. */
  private static final List<String> AGENCIES = List.of("ИТАР-ТАСС", "ТАСС", "ITAR-TASS", "TASS");
  private static final String AGENCY = String.join("|", AGENCIES);
  private static final List<String> MARKS = List.of("ТАСС", "TASS");
  private static final String PLACE = AgencyDatelines.PLACE;
  /** A gloss on the place: {@code /Leningrad Region/}, or in parentheses, {@code (Kazakhstan)}. */
  private static final String REGION = "(?: ?/([^/]{1,60})/| ?\\(([^()/]{1,60})\\))?";
  private static final String SLASHED = " *\\.? */([^/]{0,40}?)(" + AGENCY + ")(?: ([^/]{1,80}))? */\\.?";

  /** A comma after the place, or (less carefully) a period: {@code МОСКВА. 9 мая. /ТАСС/.}. */
  private static final String AFTER_PLACE = "[,.] *";
  private static final Pattern DAY_MONTH =
      Pattern.compile("^" + PLACE + REGION + AFTER_PLACE + "(\\d{1,2}) +(\\p{L}{3,}\\.?)" + SLASHED);
  private static final Pattern MONTH_DAY =
      Pattern.compile("^" + PLACE + REGION + AFTER_PLACE + "(\\p{L}{3,}\\.?) +(\\d{1,2})" + SLASHED);
  private static final Pattern AGENCY_FIRST =
      Pattern.compile("^(" + AGENCY + "), *(\\d{1,2}) +(\\p{L}{3,})\\.");
  /** The English order, as {@link #write} prints a dateline with no place. */
  private static final Pattern AGENCY_FIRST_MONTH_DAY =
      Pattern.compile("^(" + AGENCY + "), *(\\p{L}{3,}\\.?) +(\\d{1,2})\\.");

  @Override
  public Optional<Found> read(CharSequence line) {
    if (!Chars.hasDigit(line)) {
      // Every pattern needs the day's digits: a line that names the agency without any (a
      // byline, a photo credit, a headline) is no dateline, and costs no matcher.
      return Optional.empty();
    }
    Matcher m = DAY_MONTH.matcher(line);
    if (m.find()) {
      return found(line, m, 4, 5);
    }
    m = MONTH_DAY.matcher(line);
    if (m.find()) {
      return found(line, m, 5, 4);
    }
    m = AGENCY_FIRST.matcher(line);
    if (m.find()) {
      return agencyFirst(line, m, 2, 3);
    }
    m = AGENCY_FIRST_MONTH_DAY.matcher(line);
    if (m.find()) {
      return agencyFirst(line, m, 3, 2);
    }
    return Optional.empty();
  }

  private static Optional<Found> agencyFirst(CharSequence line, Matcher m, int dayGroup,
      int monthGroup) {
    MonthDay md = AgencyDatelines.monthDay(line, m, dayGroup, monthGroup);
    return md == null ? Optional.empty() : Optional.of(new Found(
        Dateline.builder().agency(agency(line, m, 1)).monthDay(md).build(), m.end()));
  }

  private static Optional<Found> found(CharSequence line, Matcher m, int dayGroup,
      int monthGroup) {
    MonthDay md = AgencyDatelines.monthDay(line, m, dayGroup, monthGroup);
    if (md == null) {
      return Optional.empty();
    }
    Dateline.Builder dateline = Dateline.builder()
        .place(m.group(1))
        .monthDay(md)
        .agency(agency(line, m, 7));
    // Each group taken is a copy: take each once.
    String region = m.group(2);
    if (region == null) {
      region = m.group(3);
    }
    if (region != null && !region.isBlank()) {
      dateline.region(Chars.strip(region));
    }
    String author = m.group(8);
    if (author != null && !author.isBlank()) {
      dateline.author(Chars.strip(author));
    }
    return Optional.of(new Found(dateline.build(), m.end()));
  }

  /** The one of {@link #AGENCIES} a group matched: the name is not cut out of the line. */
  private static String agency(CharSequence line, Matcher m, int group) {
    int start = m.start(group);
    int length = m.end(group) - start;
    for (int a = 0; a < AGENCIES.size(); a++) {
      String agency = AGENCIES.get(a);
      if (agency.length() == length && Chars.startsWith(line, start, agency)) {
        return agency;
      }
    }
    throw new AssertionError("the pattern matches only the names in AGENCIES");
  }

  @Override
  public List<String> marks() {
    return MARKS;
  }

  @Override
  public boolean writes(Dateline dateline) {
    return AGENCIES.contains(dateline.agency()) && dateline.monthDay().isPresent()
        && (dateline.place().isPresent()
            || (dateline.author().isEmpty() && dateline.region().isEmpty()));
  }

  @Override
  public String write(Dateline dateline, Language language) {
    MonthDay md = dateline.monthDay().orElseThrow();
    String date = language == Language.ENGLISH
        ? Months.name(md.getMonthValue(), language) + " " + md.getDayOfMonth()
        : md.getDayOfMonth() + " " + Months.name(md.getMonthValue(), language);
    if (dateline.place().isEmpty()) {
      return dateline.agency() + ", " + date + ".";
    }
    StringBuilder out = new StringBuilder(dateline.place().get());
    dateline.region().ifPresent(r -> out.append(" /").append(r).append('/'));
    out.append(", ").append(date).append(". /");
    if (dateline.author().isPresent()) {
      out.append(language == Language.ENGLISH ? "Corr. " : "Корр. ")
          .append(dateline.agency()).append(' ').append(dateline.author().get());
    } else {
      out.append(dateline.agency());
    }
    return out.append("/.").toString();
  }
}
