package org.wirecopy.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.wirecopy.model.Article;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Quote;
import org.wirecopy.text.ArticleParser;

/**
 * Parses one article and prints its headline, its dateline and its quotes with their speakers.
 *
 * <p>Run: {@code java -cp examples/target/wirecopy.jar org.wirecopy.examples.ParseOne [FILE]};
 * without a file it reads the seed article shipped in the jar.
 */
public final class ParseOne {

  private ParseOne() {}

  /**
   * Runs the example.
   *
   * @param args an article file, or nothing for the seed article
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Article article = args.length > 0 ? ArticleParser.parse(Path.of(args[0])) : Seed.article();

    out.println(article.headline().orElse("(no headline)"));
    article.dateline().ifPresent(d -> out.println("Dateline: " + dateline(d)));
    out.println("Quotes: " + article.quotes().size());
    for (Quote quote : article.quotes()) {
      String who = quote.speaker()
          .map(s -> s.name() + s.role().map(r -> " (" + r + ")").orElse(""))
          .orElse("(no speaker found)");
      out.println("  " + who + ": \"" + quote.text() + "\"");
    }
  }

  private static String dateline(Dateline dateline) {
    return dateline.place().orElse("-") + ", "
        + dateline.date().map(Object::toString).orElse("date unknown") + ", "
        + dateline.agency() + dateline.author().map(a -> ", " + a).orElse("");
  }
}
