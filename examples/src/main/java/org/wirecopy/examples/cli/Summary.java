package org.wirecopy.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.BlockType;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Photo;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;
import org.wirecopy.text.Diagnostic;
import org.wirecopy.text.ParseResult;

/**
 * The readable summary of {@code wirecopy parse}: the header fields, the dateline, the body's size,
 * what the parser found odd, then who said what.
 */
final class Summary {

  private static final int LABEL_WIDTH = 13;

  private Summary() {}

  /**
   * Summarises a parsed article.
   *
   * @param name the input's name, the first line
   * @param result the article and its diagnostics
   * @return the summary, ending in a line end
   */
  static String of(String name, ParseResult result) {
    return of(name, result, true);
  }

  /**
   * Summarises a parsed article, read with or without its quotes.
   *
   * @param name the input's name, the first line
   * @param result the article and its diagnostics
   * @param quotesRead whether the parser looked for quotes; if not, the summary says so instead
   *     of reporting none found
   * @return the summary, ending in a line end
   */
  static String of(String name, ParseResult result, boolean quotesRead) {
    Article article = result.article();
    StringBuilder out = new StringBuilder(name).append('\n');
    field(out, "language", Optional.of(article.language().tag()));
    field(out, "published", article.published().map(Summary::timestamp));
    field(out, "updated", article.updated().map(Summary::timestamp));
    field(out, "topics", Optional.of(article.topics())
        .filter(t -> !t.isEmpty())
        .map(t -> t.stream().map(Topic::name).collect(Collectors.joining(" | "))));
    field(out, "headline", article.headline());
    field(out, "byline", article.byline());
    field(out, "photo", article.photo().map(Summary::photo));
    field(out, "lead", article.lead());
    field(out, "dateline", article.dateline().map(Summary::dateline));
    field(out, "body", Optional.of(body(article.body())));
    field(out, "quotes", Optional.of(quotesRead
        ? article.quotes().size() + " from " + plural(article.speakers().size(), "speaker")
        : "not read (--no-quotes)"));
    List<Diagnostic> diagnostics = result.diagnostics();
    if (!diagnostics.isEmpty()) {
      out.append("  diagnostics\n");
      for (Diagnostic diagnostic : diagnostics) {
        out.append("    ").append(diagnostic).append('\n');
      }
    }
    if (quotesRead) {
      whoSaidWhat(out, article.quotes());
    }
    return out.toString();
  }

  private static void whoSaidWhat(StringBuilder out, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      out.append("  who said what: no quotes found\n");
      return;
    }
    out.append("  who said what\n");
    int number = 0;
    for (Quote quote : quotes) {
      String label = String.format(Locale.ROOT, "    %2d. ", ++number);
      out.append(label)
          .append(quote.speaker().map(Summary::speaker).orElse("(no speaker found)"));
      quote.cue().ifPresent(cue -> out.append(" [").append(cue.text()).append(']'));
      out.append('\n').append(" ".repeat(label.length()))
          .append('"').append(quote.text()).append("\"\n");
    }
  }

  private static void field(StringBuilder out, String label, Optional<String> value) {
    value.ifPresent(v -> out.append("  ").append(label)
        .append(" ".repeat(Math.max(1, LABEL_WIDTH - label.length()))).append(v).append('\n'));
  }

  /** Speaker name, then its role in parentheses. */
  static String speaker(Speaker speaker) {
    return speaker.name() + speaker.role().map(r -> " (" + r + ")").orElse("");
  }

  /**
   * A timestamp with what it has: {@code 2016-12-06 18:39}, {@code --09-02 18:42} (no year),
   * {@code 16:05} (time only), with the zone when printed.
   */
  static String timestamp(Timestamp timestamp) {
    String date = timestamp.date().map(Object::toString)
        .or(() -> timestamp.monthDay().map(Object::toString))
        .orElse("");
    String time = timestamp.time().map(Object::toString).orElse("")
        + timestamp.offset().map(Object::toString).orElse("");
    return (date + " " + time).strip();
  }

  private static String photo(Photo photo) {
    return photo.caption().orElse("") + photo.credit().map(c -> " © " + c).orElse("");
  }

  private static String dateline(Dateline dateline) {
    StringBuilder out = new StringBuilder();
    dateline.place().ifPresent(p -> out.append("place ").append(p)
        .append(dateline.region().map(r -> " /" + r + "/").orElse("")).append(", "));
    dateline.date().map(Object::toString)
        .or(() -> dateline.monthDay().map(Object::toString))
        .ifPresent(d -> out.append("date ").append(d).append(", "));
    out.append("agency ").append(dateline.agency());
    dateline.author().ifPresent(a -> out.append(", author ").append(a));
    return out.toString();
  }

  private static String body(List<Block> body) {
    long subheadings = body.stream().filter(b -> b.type() == BlockType.SUBHEADING).count();
    String blocks = plural(body.size(), "block");
    return subheadings == 0
        ? blocks
        : blocks + " (" + plural(body.size() - subheadings, "paragraph") + ", "
            + plural(subheadings, "subheading") + ")";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
