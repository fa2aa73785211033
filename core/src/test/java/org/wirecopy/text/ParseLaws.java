package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;

/**
 * What every parse must give, whatever the input: the input back from the writer, quote and
 * mention offsets that point at their own text, diagnostics that point into the input, and a
 * running time linear in the input's length.
 */
final class ParseLaws {

  /** Fixed cost allowed per parse: JIT warm-up, a GC pause, a loaded machine. */
  private static final Duration BASE = Duration.ofSeconds(2);
  /** Cost allowed per character: some hundred times what the parser needs on real copy. */
  private static final Duration PER_CHAR = Duration.ofNanos(20_000);

  private ParseLaws() {}

  /** The most a parse of {@code length} characters may take. */
  static Duration linearBound(long length) {
    return BASE.plus(PER_CHAR.multipliedBy(length));
  }

  /** Reads the text with the parser, checks the time bound, and checks the result's laws. */
  static ParseResult read(ArticleParser parser, String text) {
    long start = System.nanoTime();
    ParseResult result = parser.read(text);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(linearBound(text.length())) > 0) {
      // The first parse in a JVM loads and initialises the word tables: time a second one, which
      // a quadratic path would make just as slow.
      start = System.nanoTime();
      parser.read(text);
      took = Duration.ofNanos(System.nanoTime() - start);
    }
    assertThat(took).as("parse time of %d characters", text.length())
        .isLessThanOrEqualTo(linearBound(text.length()));
    assertHold(text, result);
    return result;
  }

  /** Checks the laws of one parse of {@code text}. */
  static void assertHold(String text, ParseResult result) {
    Article article = result.article();
    // Law 1: nothing is lost or changed.
    assertThat(ArticleWriter.write(article)).as("write(parse(s)) equals s").isEqualTo(text);
    assertThat(article.layout()).isPresent();
    assertThat(article.layout().get().text()).isEqualTo(text);

    List<Block> body = article.body();
    // One speaker may have thousands of quotes: check each speaker instance's mentions once.
    Set<Speaker> speakers = Collections.newSetFromMap(new IdentityHashMap<>());
    speakers.addAll(article.speakers());
    for (Quote quote : article.quotes()) {
      assertAt(body, quote.span(), quote.text(), "quote");
      quote.cue().ifPresent(cue -> assertAt(body, cue, "cue"));
      quote.speaker().ifPresent(speakers::add);
    }
    for (Speaker speaker : speakers) {
      for (Mention mention : speaker.mentions()) {
        assertAt(body, mention, "mention of " + speaker.name());
      }
    }
    assertDiagnostics(text, result.diagnostics());
  }

  private static void assertAt(List<Block> body, Mention mention, String what) {
    assertAt(body, mention.span(), mention.text(), what);
  }

  private static void assertAt(List<Block> body, Span span, String expected, String what) {
    assertThat(span.block()).as("%s block index", what).isBetween(0, body.size() - 1);
    String block = body.get(span.block()).text();
    assertThat(span.start()).as("%s start in block %d", what, span.block())
        .isBetween(0, block.length());
    assertThat(span.end()).as("%s end in block %d", what, span.block())
        .isBetween(span.start(), block.length());
    assertThat(block.substring(span.start(), span.end()))
        .as("%s text at its span", what).isEqualTo(expected);
  }

  private static void assertDiagnostics(String text, List<Diagnostic> diagnostics) {
    int lines = new Lines(text).count();
    Diagnostic previous = null;
    for (Diagnostic d : diagnostics) {
      assertThat(d.line()).as("line of %s", d).isBetween(1, Math.max(1, lines));
      assertThat(d.column()).as("column of %s", d).isBetween(1, text.length() + 1);
      assertThat(d.excerpt().length()).as("excerpt of %s", d).isLessThanOrEqualTo(60);
      if (previous != null) {
        assertThat(d.line() > previous.line()
            || (d.line() == previous.line() && d.column() >= previous.column()))
            .as("%s after %s in text order", d, previous).isTrue();
      }
      previous = d;
    }
  }
}
