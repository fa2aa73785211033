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
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;

/**
 * The annotated corpus on the test class path ({@code corpus/NAME.txt} beside
 * {@code corpus/NAME.gold.json}), with each article's body cut from its text.
 *
 * <p>Until the parser cuts bodies, the body is taken the simple way: the non-blank lines from the
 * one that holds the dateline ({@code /ТАСС/}, {@code /TASS/}, {@code /Корр. ТАСС},
 * {@code /ITAR-TASS/}, or a line starting {@code ТАСС, }), the dateline cut off up to and
 * including its {@code /.} (or the first {@code . }), each line one paragraph.
 */
final class Corpus {

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
   * @param language its language, from the name's prefix
   * @param body its body blocks
   * @param gold its gold quotes
   */
  record Article(String name, Language language, List<Block> body, List<GoldQuote> gold) {}

  private static final String[] DATELINES = {"/ТАСС/", "/TASS/", "/Корр. ТАСС", "/ITAR-TASS/"};

  private Corpus() {}

  /**
   * The articles whose names start with the prefix, in name order.
   *
   * @param prefix {@code ru-} or {@code en-}
   * @return the articles
   */
  static List<Article> load(String prefix) {
    try {
      URL url = Corpus.class.getClassLoader().getResource("corpus");
      Path dir = Path.of(url.toURI());
      List<Article> articles = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path gold : files.filter(p -> p.getFileName().toString().startsWith(prefix)
            && p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
          String name = gold.getFileName().toString().replace(".gold.json", "");
          String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
          Language language = name.startsWith("en-") ? Language.ENGLISH : Language.RUSSIAN;
          articles.add(new Article(name, language, body(text), gold(gold)));
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The body of an article's text, cut the simple way described above.
   *
   * @param text the whole article
   * @return the body blocks
   */
  static List<Block> body(String text) {
    String[] lines = text.split("\r?\n");
    int start = -1;
    for (int i = 0; i < lines.length && start < 0; i++) {
      for (String dateline : DATELINES) {
        if (lines[i].contains(dateline)) {
          start = i;
        }
      }
      if (lines[i].startsWith("ТАСС, ")) {
        start = i;
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = Math.max(start, 0); i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == start) {
        int cut = line.indexOf("/.");
        line = cut >= 0 ? line.substring(cut + 2) : line.substring(line.indexOf(". ") + 2);
        line = line.strip();
      }
      if (!line.isEmpty()) {
        blocks.add(Block.paragraph(line));
      }
    }
    return blocks;
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
