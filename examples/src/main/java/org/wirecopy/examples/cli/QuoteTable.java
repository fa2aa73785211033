package org.wirecopy.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.wirecopy.model.Article;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * The table of {@code wirecopy quotes}: one row per quote, columns speaker, role, cue and quote,
 * padded with spaces; {@code -} where the article says nothing.
 */
final class QuoteTable {

  private static final String NONE = "-";
  private static final String GAP = "  ";

  private QuoteTable() {}

  /**
   * The table of an article's quotes.
   *
   * @param article the article
   * @return the header line and one line per quote, each ending in a line end
   */
  static String of(Article article) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SPEAKER", "ROLE", "CUE", "QUOTE"});
    for (Quote quote : article.quotes()) {
      rows.add(new String[] {
          quote.speaker().map(Speaker::name).orElse(NONE),
          quote.speaker().flatMap(Speaker::role).orElse(NONE),
          quote.cue().map(Mention::text).orElse(NONE),
          quote.text()});
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        out.append(row[i]).append(" ".repeat(widths[i] - width(row[i]))).append(GAP);
      }
      out.append(row[3]).append('\n');
    }
    return out.toString();
  }

  /** Columns as a terminal counts them for Latin and Cyrillic text: one per code point. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
