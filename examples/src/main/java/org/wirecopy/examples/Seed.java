package org.wirecopy.examples;

import java.io.IOException;
import java.io.InputStream;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleParser;

/** The seed article shipped with the examples, for the programs run without a file. */
final class Seed {

  private Seed() {}

  /**
   * Parses the seed article from the classpath.
   *
   * @return the article
   * @throws IOException if the resource cannot be read
   */
  static Article article() throws IOException {
    try (InputStream in = Seed.class.getResourceAsStream("seed.txt")) {
      if (in == null) {
        throw new IOException("seed.txt is missing from the classpath");
      }
      return ArticleParser.parse(in);
    }
  }
}
