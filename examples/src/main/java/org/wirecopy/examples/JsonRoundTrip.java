package org.wirecopy.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.wirecopy.jackson.WirecopyModule;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleParser;
import org.wirecopy.text.ArticleWriter;

/**
 * Article to JSON and back with the Jackson module: the article read back equals the one written,
 * and writes the same text.
 *
 * <p>Run: {@code java -cp examples/target/wirecopy.jar org.wirecopy.examples.JsonRoundTrip
 * [FILE]}; without a file it reads the seed article shipped in the jar.
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /**
   * Runs the example.
   *
   * @param args an article file, or nothing for the seed article
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Article article = args.length > 0 ? ArticleParser.parse(Path.of(args[0])) : Seed.article();
    ObjectMapper mapper = new ObjectMapper().registerModule(new WirecopyModule());

    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(article);
    Article back = mapper.readValue(json, Article.class);

    json.lines().limit(12).forEach(out::println);
    out.println("  ... (" + json.length() + " characters of JSON)");
    out.println("read back equals the article: " + back.equals(article));
    out.println("writes the same text: "
        + ArticleWriter.write(back).equals(ArticleWriter.write(article)));
  }
}
