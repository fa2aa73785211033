package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * For any body, quote finding returns quotes whose text stands at their span, and speakers whose
 * mentions do; it never throws. Bodies are made of the pieces attribution reacts to: marks of
 * every kind, dashes, commas, speech verbs, pronouns, roles and names. Seeded, so reproducible.
 */
class QuoteFinderProperties {

  private static final String[] PIECES = {
      "\"", "«", "»", "„", "“", "”", "'", "’", " ", " ", " ", ", ", ". ", ": ", " - ", " — ", "(", ")",
      "сказал", "заявила", "подчеркнув, что", "по словам", "говорится в сообщении", "он", "она",
      "генсек НАТО", "Йенс Столтенберг", "Столтенберга", "пресс-служба Кремля", "который",
      "said", "he", "she", "according to", "the ministry", "Dmitry Peskov", "so-called",
      "Госсекретарь (США Джон) Керри", "ракета", "Мы готовы", "We are ready", "и", "that"};

  @Property(tries = 1000, seed = "20250601")
  void find_anyBody_givesQuotesAndMentionsAtTheirSpans(@ForAll("bodies") List<String> paragraphs,
      @ForAll boolean english) {
    List<Block> body = paragraphs.stream().map(Block::paragraph).toList();

    QuoteFinder.Result result = QuoteFinder.find(body, english ? Language.ENGLISH : Language.RUSSIAN);

    for (Quote quote : result.quotes()) {
      String text = body.get(quote.span().block()).text();
      assertThat(text.substring(quote.span().start(), quote.span().end())).isEqualTo(quote.text());
    }
    for (Speaker speaker : result.speakers()) {
      for (Mention mention : speaker.mentions()) {
        String text = body.get(mention.span().block()).text();
        assertThat(text.substring(mention.span().start(), mention.span().end()))
            .isEqualTo(mention.text());
      }
    }
  }

  @Provide
  Arbitrary<List<String>> bodies() {
    Arbitrary<String> paragraph = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40)
        .map(pieces -> String.join("", pieces).strip())
        .filter(p -> !p.isEmpty());
    return paragraph.list().ofMinSize(1).ofMaxSize(6).map(ArrayList::new);
  }
}
