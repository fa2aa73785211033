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

  /**
   * The first characters of every format's marks, one bit each at {@link #bit}: a character
   * without its bit starts no mark, and most characters of a line have none.
   */
  private static final long MARK_STARTS = markStarts();

  private Datelines() {}

  private static long markStarts() {
    long bits = 0;
    for (DatelineFormat format : FORMATS) {
      for (String mark : format.marks()) {
        bits |= bit(mark.charAt(0));
      }
    }
    if (FORMATS.size() > Long.SIZE) {
      throw new IllegalStateException("more formats than marked() has bits for");
    }
    return bits;
  }

  /**
   * A character's bit in {@link #MARK_STARTS}. The value modulo 64 alone would give the space
   * the bit of {@code Р} (U+0420); folding in the bits above keeps the letters and signs of
   * ordinary copy, and the space, off the marks' bits nearly always.
   */
  private static long bit(char c) {
    return 1L << (c ^ c >>> 5);
  }

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
    // One pass over the prefix finds the formats whose marks it holds. The first format is read
    // as soon as its mark is seen, ending the pass when it reads a dateline: a TASS dateline's
    // mark stands a few dozen characters into a line of up to MAX_PREFIX. The others are read
    // after the pass, in order: a format before one of them may be marked further on.
    long marked = 0;
    Reading reading = null; // made for the first format read: most lines have no mark
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if ((MARK_STARTS & bit(c)) == 0) {
        continue;
      }
      long before = marked;
      marked |= marksAt(text, i, limit, c);
      if ((marked & ~before & 1L) != 0) {
        reading = new Reading(text, start, limit);
        Optional<DatelineFormat.Found> found = reading.read(FORMATS.get(0));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    for (int f = 1; f < FORMATS.size(); f++) {
      if ((marked & 1L << f) != 0) {
        if (reading == null) {
          reading = new Reading(text, start, limit);
        }
        Optional<DatelineFormat.Found> found = reading.read(FORMATS.get(f));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (reading != null && reading.impossible != null) {
      throw reading.impossible;
    }
    return Optional.empty();
  }

  /**
   * The formats one of whose marks starts at an offset, a bit each by their index in
   * {@link #FORMATS}.
   */
  private static long marksAt(CharSequence text, int i, int end, char c) {
    long marked = 0;
    for (int f = 0; f < FORMATS.size(); f++) {
      // By index: the formats' lists are of two list classes, and an iterator over either
      // would be allocated at every character that may start a mark.
      List<String> marks = FORMATS.get(f).marks();
      for (int m = 0; m < marks.size(); m++) {
        String mark = marks.get(m);
        if (mark.charAt(0) == c && i + mark.length() <= end && Chars.startsWith(text, i, mark)) {
          marked |= 1L << f;
        }
      }
    }
    return marked;
  }

  /**
   * The formats' readings of one prefix: the folded view made once, for the first format read,
   * and the impossible date met last, thrown when no format reads the line.
   */
  private static final class Reading {
    private final CharSequence text;
    private final int start;
    private final int end;
    private CharSequence prefix;
    private DateTimeException impossible;

    Reading(CharSequence text, int start, int end) {
      this.text = text;
      this.start = start;
      this.end = end;
    }

    Optional<DatelineFormat.Found> read(DatelineFormat format) {
      if (prefix == null) {
        prefix = new SpacesFolded(text, start, end);
      }
      try {
        return format.read(prefix);
      } catch (DateTimeException e) {
        impossible = e;
        return Optional.empty();
      }
    }
  }

  /** The canonical text of a dateline. */
  static String write(Dateline dateline, Language language) {
    for (int f = 0; f < FORMATS.size(); f++) { // by index, as in marksAt
      DatelineFormat format = FORMATS.get(f);
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
   * that a line no format reads costs no copy. A subsequence is the folded copy itself, as the
   * matcher asks for one only to take a group as a string.
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
      return Chars.foldSpaces(text, start + from, start + to);
    }

    @Override
    public String toString() {
      return Chars.foldSpaces(text, start, end);
    }
  }
}
