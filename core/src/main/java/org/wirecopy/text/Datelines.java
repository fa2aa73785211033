package org.wirecopy.text;

import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;

/** The dateline conventions the parser knows, tried in order. */
final class Datelines {

  /** A dateline stands within the first characters of its line. */
  static final int MAX_PREFIX = 300;

  /** Every known agency's convention; add an agency here. */
  static final List<DatelineFormat> FORMATS = List.of(
      new TassDateline(),
      new AgencyDatelines.Ria(),
      new AgencyDatelines.Interfax(),
      new AgencyDatelines.Bracketed());

  private Datelines() {}

  /**
   * Reads a dateline at the start of a line's content.
   *
   * @throws DateTimeException when the line starts with a dateline of a day that does not exist
   */
  static Optional<DatelineFormat.Found> read(CharSequence text, int start, int end) {
    if (start == end || !Character.isUpperCase(text.charAt(start))) {
      return Optional.empty(); // every known dateline opens with a capital
    }
    int limit = Math.min(end, start + MAX_PREFIX);
    CharSequence prefix = null;
    DateTimeException impossible = null;
    for (DatelineFormat format : FORMATS) {
      if (!marked(text, start, limit, format.marks())) {
        continue;
      }
      if (prefix == null) {
        prefix = new SpacesFolded(text, start, limit);
      }
      try {
        Optional<DatelineFormat.Found> found = format.read(prefix);
        if (found.isPresent()) {
          return found;
        }
      } catch (DateTimeException e) {
        impossible = e;
      }
    }
    if (impossible != null) {
      throw impossible;
    }
    return Optional.empty();
  }

  /** Whether one of the marks stands between the offsets. */
  private static boolean marked(CharSequence text, int start, int end, List<String> marks) {
    for (String mark : marks) {
      char first = mark.charAt(0);
      for (int i = start, last = end - mark.length(); i <= last; i++) {
        if (text.charAt(i) == first && startsWith(text, i, mark)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence text, int at, String mark) {
    for (int k = 1; k < mark.length(); k++) {
      if (text.charAt(at + k) != mark.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The canonical text of a dateline. */
  static String write(Dateline dateline, Language language) {
    for (DatelineFormat format : FORMATS) {
      if (format.writes(dateline)) {
        return format.write(dateline, language);
      }
    }
    return generic(dateline, language);
  }

  /**
   * A dateline no known format writes (an agency the parser does not know, a TASS dateline
   * without a date): TASS's shape, which keeps every field readable but may not read back.
   */
  private static String generic(Dateline dateline, Language language) {
    StringBuilder out = new StringBuilder();
    dateline.place().ifPresent(out::append);
    dateline.region().ifPresent(r -> out.append(" /").append(r).append('/'));
    dateline.monthDay().ifPresent(md -> {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(language == Language.ENGLISH
          ? Months.name(md.getMonthValue(), language) + " " + md.getDayOfMonth()
          : md.getDayOfMonth() + " " + Months.name(md.getMonthValue(), language));
    });
    if (out.length() > 0) {
      out.append(". ");
    }
    out.append('/').append(dateline.agency());
    dateline.author().ifPresent(a -> out.append(' ').append(a));
    return out.append("/.").toString();
  }

  /**
   * The text between two offsets with every kind of space read as an ASCII space: a view, so
   * that a line no format reads costs no copy. The groups a pattern takes are copied.
   */
  private record SpacesFolded(CharSequence text, int start, int end) implements CharSequence {

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int index) {
      char c = text.charAt(start + index);
      return Chars.isSpace(c) ? ' ' : c;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new SpacesFolded(text, start + from, start + to);
    }

    @Override
    public String toString() {
      return Chars.foldSpaces(text, start, end);
    }
  }
}
