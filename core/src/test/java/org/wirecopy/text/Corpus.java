package org.wirecopy.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The dev corpus in the test resources: real TASS articles with their gold annotations. */
final class Corpus {

  private Corpus() {}

  /** The folder of the corpus. */
  static Path folder() {
    URL url = Corpus.class.getResource("/corpus/ru-000-seed.txt");
    if (url == null) {
      throw new IllegalStateException("corpus missing from the test resources");
    }
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The article names (without {@code .txt}), sorted. */
  static List<String> names() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") && Files.exists(folder().resolve(
              n.substring(0, n.length() - 4) + ".gold.json")))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return read(name + ".txt");
  }

  static String gold(String name) {
    return read(name + ".gold.json");
  }

  private static String read(String file) {
    try (InputStream in = Files.newInputStream(folder().resolve(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
