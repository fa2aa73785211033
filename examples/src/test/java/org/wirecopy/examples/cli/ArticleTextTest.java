package org.wirecopy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.text.ParseResult;

/** The summary and the quote table, on an article whose quotes are set in code. */
class ArticleTextTest {

  private static final String PARAGRAPH =
      "\"We see progress,\" Kremlin spokesman Dmitry Peskov said. \"Fine,\" a source added.";

  private final Speaker peskov = Speaker.builder()
      .name("Dmitry Peskov").role("Kremlin spokesman").build();
  private final Article article = Article.builder()
      .headline("Kremlin sees progress")
      .addBody(Block.paragraph(PARAGRAPH))
      .addQuote(quote("We see progress,", peskov, "said"))
      .addQuote(Quote.builder().text("Fine,").span(span("Fine,")).kind(QuoteKind.DIRECT).build())
      .addSpeaker(peskov)
      .build();

  @Test
  void summary_quotes_listsWhoSaidWhat() {
    String summary = Summary.of("a.txt", new ParseResult(article, List.of()));

    assertThat(summary).isEqualTo("""
        a.txt
          language     und
          headline     Kremlin sees progress
          body         1 block
          quotes       2 from 1 speaker
          who said what
             1. Dmitry Peskov (Kremlin spokesman) [said]
                "We see progress,"
             2. (no speaker found)
                "Fine,"
        """);
  }

  @Test
  void quoteTable_quotes_alignsColumns() {
    assertThat(QuoteTable.of(article)).isEqualTo("""
        SPEAKER        ROLE               CUE   QUOTE
        Dmitry Peskov  Kremlin spokesman  said  We see progress,
        -              -                  -     Fine,
        """);
  }

  @Test
  void jsonName_replacesTxtOrAppends() {
    assertThat(ParseCommand.jsonName(Path.of("a/NAME.txt"))).isEqualTo(Path.of("a/NAME.json"));
    assertThat(ParseCommand.jsonName(Path.of("x.text"))).isEqualTo(Path.of("x.text.json"));
  }

  private static Quote quote(String text, Speaker speaker, String cue) {
    return Quote.builder().text(text).span(span(text)).kind(QuoteKind.DIRECT)
        .speaker(speaker).cue(Mention.of(cue, span(cue))).build();
  }

  private static Span span(String text) {
    int start = PARAGRAPH.indexOf(text);
    return Span.of(0, start, start + text.length());
  }
}
