package org.wirecopy.text;

import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;

/**
 * One agency's dateline convention: how to read it at the start of a paragraph and how to write
 * it. Adding an agency is adding one implementation to {@link Datelines#FORMATS}.
 */
interface DatelineFormat {

  /**
   * A dateline read at the start of a line.
   *
   * @param dateline the dateline, without a year (the parser resolves it)
   * @param end the offset just after the dateline's last character; the trivia that separates it
   *     from the paragraph text is not included
   */
  record Found(Dateline dateline, int end) {}

  /**
   * Reads a dateline at the start of a line.
   *
   * @param line the line with every kind of space folded to an ASCII space, cut to at most
   *     {@link Datelines#MAX_PREFIX} characters
   * @return the dateline, or empty when the line does not start with one of this format
   * @throws java.time.DateTimeException when it does, but of a day that does not exist
   */
  Optional<Found> read(CharSequence line);

  /**
   * Marks one of which every dateline of this format contains, as written and without a space
   * ({@code ТАСС}, {@code (Reuters)}): a line without any is not read at all.
   *
   * @return the marks
   */
  List<String> marks();

  /**
   * Whether this format writes the dateline (it names this format's agency).
   *
   * @param dateline a dateline
   * @return true when {@link #write} can write it so that {@link #read} reads it back
   */
  boolean writes(Dateline dateline);

  /**
   * The dateline's canonical text, without the separator before the paragraph.
   *
   * @param dateline a dateline this format {@link #writes}
   * @param language the article's language
   * @return the text
   */
  String write(Dateline dateline, Language language);
}
