package org.wirecopy.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.wirecopy.model.Language;
import org.wirecopy.text.ArticleParser;

/**
 * The benchmark inputs, as UTF-8 bytes: the dev corpus of core's tests, and articles of an exact
 * size built from the seed and the paragraphs of the corpus's articles in the seed's language.
 */
final class Inputs {

  /** Where the corpus is, relative to the working directory: run from the repository root. */
  static final String CORPUS_PROPERTY = "wirecopy.corpus";
  static final String DEFAULT_CORPUS = "core/src/test/resources/corpus";

  /** Lines at least this long are body paragraphs (the header's lines are shorter). */
  private static final int MIN_PARAGRAPH = 200;
  /** The article a built one starts with: header, dateline and body. */
  private static final String SEED = "ru-000-seed.txt";

  private Inputs() {}

  /**
   * The articles of one input.
   *
   * @param name {@code corpus} for the dev corpus, one article each; or a size: {@code 1KB},
   *     {@code 1MB}, {@code 10MB}, for one article of exactly that many bytes
   * @return the articles
   */
  static List<byte[]> load(String name) {
    Path folder = Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("no corpus at " + folder.toAbsolutePath()
          + ": run from the repository root, or pass -jvmArgsAppend -D" + CORPUS_PROPERTY
          + "=<folder of the *.txt articles>");
    }
    if (name.equals("corpus")) {
      return corpus(folder);
    }
    return List.of(built(folder, size(name)));
  }

  private static int size(String name) {
    if (name.endsWith("MB")) {
      return Integer.parseInt(name.substring(0, name.length() - 2)) << 20;
    }
    if (name.endsWith("KB")) {
      return Integer.parseInt(name.substring(0, name.length() - 2)) << 10;
    }
    throw new IllegalArgumentException("unknown input " + name + ": corpus, or a size as 1KB, 1MB");
  }

  private static List<byte[]> corpus(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<byte[]> articles = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Files.readAllBytes(file));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed article, then the paragraphs of the corpus's articles in the seed's language over
   * and over, cut to {@code size} bytes; the cut falls between characters and the rest is filled
   * with line ends. One language, as in real copy: with the other language's paragraphs mixed in,
   * the parser would read most of them by the rules of the language its first characters show.
   */
  private static byte[] built(Path folder, int size) {
    byte[] seed;
    try {
      seed = Files.readAllBytes(folder.resolve(SEED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ArticleParser parser = ArticleParser.builder().build();
    Language language = parser.parse(seed).language();
    List<String> paragraphs = new ArrayList<>();
    for (byte[] article : corpus(folder)) {
      if (parser.parse(article).language() != language) {
        continue;
      }
      new String(article, StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> line.length() >= MIN_PARAGRAPH)
          .forEach(paragraphs::add);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + (1 << 12));
    out.writeBytes(seed);
    for (int i = 0; out.size() < size; i++) {
      out.writeBytes(("\n" + paragraphs.get(i % paragraphs.size()) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    byte[] text = Arrays.copyOf(out.toByteArray(), size);
    int cut = size - 1;
    while (cut > 0 && (text[cut] & 0xC0) == 0x80) {
      cut--; // a UTF-8 continuation byte: keep its whole character out
    }
    Arrays.fill(text, cut, size, (byte) '\n');
    return text;
  }
}
