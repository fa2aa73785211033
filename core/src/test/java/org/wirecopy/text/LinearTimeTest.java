package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wirecopy.model.Article;

/**
 * Hostile shapes of text parse and round-trip in linear time and bounded stack: guards against
 * quadratic paths and recursion per nesting level, in the parser today and in the quote finder
 * to come.
 *
 * <p>Robust on a loaded machine: nothing is timed by the wall clock. Each shape is parsed and
 * written on its own thread with a fixed, small stack and a generous deadline. The cost of a round
 * trip is that thread's CPU time, which waiting for a core does not count, and the bytes it
 * allocated, a near-exact count of the copying work; each is the minimum of several runs after a
 * warm-up, with a collection before each run and small and large runs interleaved, so that a
 * burst of load hits both. A linear path keeps the cost per character flat (measured: 0.5 to 1.0
 * for time, 1.0 for allocation); a quadratic one multiplies it by about 4 when the input grows 4
 * times, in every run. {@link Isolated} keeps the other tests of the run from running beside it,
 * should parallel execution ever be switched on.
 */
@Isolated
class LinearTimeTest {

  /** Stack for one parse: ample for a linear parser, far too little for a frame per nesting. */
  private static final long STACK_BYTES = 512 << 10;
  /** Far above the few seconds a linear parse of the largest shape takes on a loaded machine. */
  private static final long DEADLINE_SECONDS = 120;

  /** The scaling inputs: a few MB in UTF-16, so that each shape is measured in about a second. */
  private static final int SMALL = 1 << 18;
  private static final int LARGE = 4 * SMALL;
  private static final int WARM_UPS = 3;
  private static final int RUNS = 5;
  private static final int MAX_ROUNDS = 3;
  /** Cost per character of the large input over that of the small one: 4 would be quadratic. */
  private static final double MAX_TIME_GROWTH = 3.0;
  /** Allocation is near-deterministic, so its bound is tighter; growth policies need some room. */
  private static final double MAX_ALLOCATION_GROWTH = 1.5;

  /** Per-thread CPU time and allocation: HotSpot's extension of the management bean. */
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final String HEADER = "6 декабря 2016, 18:39\n\nЗаголовок статьи\n\n"
      + "МОСКВА, 6 декабря. /ТАСС/. Первый абзац.\n\n";

  /** The shapes, each at the size the issue names and at any other size of about n chars. */
  enum Shape {
    /** A paragraph of one million {@code "}. */
    STRAIGHT_QUOTES(1_000_000, n -> article("\"".repeat(n))),
    /** The whole input one line of 1 Mi characters, no line break at all. */
    LINE_WITHOUT_BREAK(1 << 20, n -> corpusText(n, " ")),
    /** 100,000 nested parentheses round a word. */
    NESTED_PARENTHESES(200_000, n -> article("(".repeat(n / 2) + "слово" + ")".repeat(n / 2))),
    /** 100,000 nested quotes: {@code «} 100,000 times, then {@code »} 100,000 times. */
    NESTED_GUILLEMETS(200_000, n -> article("«".repeat(n / 2) + "»".repeat(n / 2))),
    /** Quotes opened and never closed, for a finder that looks ahead for each closing mark. */
    UNCLOSED_GUILLEMETS(1_000_000, n -> article("«слово ".repeat(n / 7))),
    /** Many attributed quotes in one paragraph, for a finder that looks back for each speaker. */
    QUOTED_SPEECH(1_000_000, n -> article("«Да», — сказал Путин. ".repeat(n / 22))),
    /** 100,000 one-word paragraphs. */
    ONE_WORD_PARAGRAPHS(700_000, n -> article("Слово\n\n".repeat(n / 7))),
    /** A 10 Mi-character article: the seed article, then the corpus's paragraphs over and over. */
    CORPUS_PARAGRAPHS(10 << 20, n -> Corpus.text("ru-000-seed") + "\n" + corpusText(n, "\n\n"));

    final int size;
    private final IntFunction<String> text;

    Shape(int size, IntFunction<String> text) {
      this.size = size;
      this.text = text;
    }

    String text(int n) {
      return text.apply(n);
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void writeParse_hostileShape_givesBackTheText(Shape shape) throws Exception {
    String text = shape.text(shape.size);

    Article article = onSmallStack(shape, () -> ArticleParser.parse(text));
    String written = onSmallStack(shape, () -> ArticleWriter.write(article));

    assertThat(article.body()).isNotEmpty();
    assertThat(firstDifference(written, text)).as("%s: first difference of write(parse(s)) and s",
        shape).isEqualTo(-1);
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void writeParse_fourTimesTheInput_costsAtMostThreeTimesPerCharacter(Shape shape)
      throws Exception {
    assumeTrue(THREADS.isCurrentThreadCpuTimeSupported()
        && THREADS.isThreadAllocatedMemorySupported(), "this JVM measures no thread's cost");
    String small = shape.text(SMALL);
    String large = shape.text(LARGE);

    Growth growth = onSmallStack(shape, () -> Growth.measure(small, large));

    assertThat(growth.time()).as("%s: CPU time per character, %s", shape, growth)
        .isLessThan(MAX_TIME_GROWTH);
    assertThat(growth.allocation()).as("%s: bytes allocated per character, %s", shape, growth)
        .isLessThan(MAX_ALLOCATION_GROWTH);
  }

  /** What one round trip cost the current thread. */
  private record Cost(long cpuNanos, long allocated) {

    static Cost of(String text) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long allocated = THREADS.getCurrentThreadAllocatedBytes();
      String written = ArticleWriter.write(ArticleParser.parse(text));
      Cost cost = new Cost(THREADS.getCurrentThreadCpuTime() - cpu,
          THREADS.getCurrentThreadAllocatedBytes() - allocated);
      assertThat(written.length()).isEqualTo(text.length());
      return cost;
    }

    static Cost min(List<Cost> runs) {
      return new Cost(runs.stream().mapToLong(Cost::cpuNanos).min().orElseThrow(),
          runs.stream().mapToLong(Cost::allocated).min().orElseThrow());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f ms, %.1f MB", cpuNanos / 1e6, allocated / 1e6);
    }
  }

  /** The cost per character of a large input over that of a small one. */
  private record Growth(int smallLength, Cost small, int largeLength, Cost large) {

    /**
     * The cheapest round trip of each input after a warm-up. Another round of runs follows only
     * while the bounds are exceeded, so a burst of load on the machine does not fail the test and
     * a quadratic path, which exceeds them in every round, still does.
     */
    static Growth measure(String small, String large) {
      for (int i = 0; i < WARM_UPS; i++) {
        Cost.of(small);
        Cost.of(large);
      }
      List<Cost> smallRuns = new ArrayList<>();
      List<Cost> largeRuns = new ArrayList<>();
      Growth growth = null;
      for (int round = 0; round < MAX_ROUNDS && (growth == null || !growth.within()); round++) {
        for (int i = 0; i < RUNS; i++) {
          // No run pays for a collection cycle that the one before left going.
          System.gc();
          smallRuns.add(Cost.of(small));
          System.gc();
          largeRuns.add(Cost.of(large));
        }
        growth = new Growth(small.length(), Cost.min(smallRuns), large.length(),
            Cost.min(largeRuns));
      }
      return growth;
    }

    double time() {
      return perChar(large.cpuNanos, largeLength) / perChar(small.cpuNanos, smallLength);
    }

    double allocation() {
      return perChar(large.allocated, largeLength) / perChar(small.allocated, smallLength);
    }

    boolean within() {
      return time() < MAX_TIME_GROWTH && allocation() < MAX_ALLOCATION_GROWTH;
    }

    private static double perChar(long cost, int length) {
      return (double) cost / length;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d chars: %s; %d chars: %s; growth %.2f (time), %.2f "
          + "(allocation)", largeLength, large, smallLength, small, time(), allocation());
    }
  }

  /**
   * Runs the work on a thread of {@link #STACK_BYTES} stack: a stack overflow or the deadline
   * fails the test, whatever the JVM's default stack size.
   */
  private static <T> T onSmallStack(Shape shape, Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(null, task, "linear-time-" + shape, STACK_BYTES);
    thread.setDaemon(true); // a runaway parse must not keep the test JVM alive
    thread.start();
    try {
      return task.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(shape + ": not done in " + DEADLINE_SECONDS
          + " s, a super-linear path?", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StackOverflowError) {
        throw new AssertionError(shape + ": overflowed a " + (STACK_BYTES >> 10)
            + " KiB stack, recursion per nesting level?", e.getCause());
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static String article(String paragraph) {
    return HEADER + paragraph + "\n";
  }

  /** {@code length} characters of the corpus's body paragraphs, over and over, joined. */
  private static String corpusText(int length, String separator) {
    List<String> paragraphs = new ArrayList<>();
    for (String name : Corpus.names()) {
      Corpus.text(name).lines().map(String::strip).filter(line -> line.length() >= 200)
          .forEach(paragraphs::add);
    }
    StringBuilder text = new StringBuilder(length + 4096);
    for (int i = 0; text.length() < length; i++) {
      text.append(paragraphs.get(i % paragraphs.size())).append(separator);
    }
    text.setLength(length);
    return Chars.strip(text.toString());
  }

  private static int firstDifference(String a, String b) {
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return a.length() == b.length() ? -1 : common;
  }
}
