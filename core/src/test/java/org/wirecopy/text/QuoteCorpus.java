package org.wirecopy.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The annotated corpus on the test class path ({@code corpus/NAME.txt} beside
 * {@code corpus/NAME.gold.json}), each article parsed by {@link ArticleParser}, with its gold
 * quotes.
 */
final class QuoteCorpus {

  /**
   * One quote of the gold annotation.
   *
   * @param text the quoted words
   * @param speaker the speaker's name, or null
   * @param named false for a described source
   */
  record GoldQuote(String text, String speaker, boolean named) {}

  /**
   * One annotated article.
   *
   * @param name the file name without extension
   * @param article the parsed article
   * @param gold its gold quotes
   */
  record Article(String name, org.wirecopy.model.Article article, List<GoldQuote> gold) {}

  private QuoteCorpus() {}

  /**
   * The articles whose names start with the prefix, in name order.
   *
   * @param prefix {@code ru-} or {@code en-}
   * @return the articles
   */
  static List<Article> load(String prefix) {
    try {
      URL url = QuoteCorpus.class.getClassLoader().getResource("corpus");
      Path dir = Path.of(url.toURI());
      List<Article> articles = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path gold : files.filter(p -> p.getFileName().toString().startsWith(prefix)
            && p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
          String name = gold.getFileName().toString().replace(".gold.json", "");
          String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
          articles.add(new Article(name, ArticleParser.parse(text), gold(gold)));
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<GoldQuote> gold(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode quote : root.path("quotes")) {
      JsonNode speaker = quote.path("speaker");
      quotes.add(new GoldQuote(quote.path("text").asText(),
          speaker.isNull() || speaker.isMissingNode() ? null : speaker.asText(),
          quote.path("named").asBoolean(true)));
    }
    return quotes;
  }
}
