package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Article;
import org.wirecopy.model.Layout;

/**
 * A parser is immutable and thread-safe: one instance used from a thread pool gives, for every
 * input, the article, diagnostics, layout and written text that sequential use gives.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 20;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  /** What one parse gives, all of it comparable. */
  private record Outcome(Article article, List<Diagnostic> diagnostics, Optional<Layout> layout,
      String written, String failure) {

    static Outcome of(ArticleParser parser, String text, boolean fromBytes) {
      try {
        ParseResult result = fromBytes
            ? parser.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t")
            : parser.read(text);
        Article article = result.article();
        return new Outcome(article, result.diagnostics(), article.layout(),
            ArticleWriter.write(article), null);
      } catch (ArticleParseException e) {
        return new Outcome(null, e.diagnostics(), Optional.empty(), null, e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The dev corpus and some odd copy, so that diagnostics and strict failures are compared. */
  private static List<String> inputs() {
    List<String> texts = new ArrayList<>();
    for (String name : Corpus.names()) {
      texts.add(Corpus.text(name));
    }
    texts.add("Заголовок\n\nМОСКВА, 31 февраля. /ТАСС/. Текст.");
    texts.add("6 декабря 2016, 18:39\nобновлено 5 декабря 2016, 19:10\n\nЗаголовок\n\n"
        + "МОСКВА, 1 июля. /ТАСС/. «Незакрытая кавычка, - сказал он.\r\n");
    texts.add("\ufeffПросто текст без даты.\n\n© EPA\n\n");
    texts.add("");
    return texts;
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  @Test
  void read_oneParserFromAThreadPool_givesWhatSequentialUseGives() throws Exception {
    ArticleParser parser = ArticleParser.builder().referenceDate(LocalDate.of(2024, 6, 1)).build();

    assertSameAsSequential(parser);
  }

  @Test
  void read_oneStrictParserFromAThreadPool_failsAsSequentialUseFails() throws Exception {
    assertSameAsSequential(ArticleParser.builder().strict(true).build());
  }

  @Test
  void parseAndWrite_staticEntryPointsFromAThreadPool_giveWhatSequentialUseGives()
      throws Exception {
    List<String> texts = inputs();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(ArticleWriter.write(ArticleParser.attribute(ArticleParser.parse(text))
          .withLayout(Optional.empty())));
    }
    List<Callable<String>> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String text : texts) {
        tasks.add(() -> ArticleWriter.write(ArticleParser.attribute(ArticleParser.parse(text))
            .withLayout(Optional.empty())));
      }
    }

    List<String> actual = runTogether(tasks);

    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).isEqualTo(expected.get(i % texts.size()));
    }
  }

  private void assertSameAsSequential(ArticleParser parser) throws Exception {
    List<String> texts = inputs();
    List<Outcome> expected = new ArrayList<>();
    for (String text : texts) {
      expected.add(Outcome.of(parser, text, false));
    }
    List<Callable<Outcome>> tasks = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        boolean fromBytes = (round + i) % 2 == 1;
        tasks.add(() -> Outcome.of(parser, text, fromBytes));
      }
    }

    List<Outcome> actual = runTogether(tasks);

    for (int i = 0; i < actual.size(); i++) {
      assertThat(actual.get(i)).as("input %d, round %d", i % texts.size(), i / texts.size())
          .isEqualTo(expected.get(i % texts.size()));
    }
  }

  /** Submits every task, lets them all start at once, and gives their results in task order. */
  private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(2, TimeUnit.MINUTES));
    }
    return results;
  }
}
