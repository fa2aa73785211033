package org.wirecopy.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;
import org.wirecopy.text.ArticleParseException;
import org.wirecopy.text.ArticleParser;

/**
 * Who said what across a folder: the number of quotes of each speaker in every {@code *.txt}
 * article under it, most quoted first.
 *
 * <p>Run: {@code java -cp examples/target/wirecopy.jar org.wirecopy.examples.WhoSaidWhat DIR}
 */
public final class WhoSaidWhat {

  private static final String NO_SPEAKER = "(no speaker found)";

  private WhoSaidWhat() {}

  /**
   * Runs the example.
   *
   * @param args the folder, or nothing for the current one
   * @throws IOException if the folder cannot be listed or a file read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted().toList();
    }

    Map<String, Integer> counts = new TreeMap<>();
    int quotes = 0;
    for (Path file : files) {
      try {
        for (Quote quote : ArticleParser.parse(file).quotes()) {
          counts.merge(quote.speaker().map(Speaker::name).orElse(NO_SPEAKER), 1, Integer::sum);
          quotes++;
        }
      } catch (ArticleParseException e) {
        System.err.println("skipped " + e.getMessage());
      }
    }

    out.println(files.size() + " articles, " + quotes + " quotes, "
        + counts.keySet().stream().filter(s -> !s.equals(NO_SPEAKER)).count() + " speakers");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.printf("%5d  %s%n", e.getValue(), e.getKey()));
  }
}
