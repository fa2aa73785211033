package org.wirecopy.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirecopy.text.ArticleParser;

/**
 * Parse throughput per CPU second and allocation per input byte, measured on the parsing thread
 * alone, so that the figures hold when other processes share the cores (JMH's wall-clock
 * throughput does not).
 *
 * <p>For each input: warm-up rounds, at least 200 MB and until three seconds pass with no JIT
 * compilation (JIT threads starve on busy cores), then batches of timed rounds of {@link ArticleParser#parse(byte[])}
 * over every article, read through the thread's CPU time and allocated bytes; it prints the
 * median rate of the batches, their range, and the allocation of the last one. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.wirecopy.benchmarks.CpuTime corpus 1MB
 * java -cp benchmarks/target/benchmarks.jar org.wirecopy.benchmarks.CpuTime --no-quotes corpus
 * </pre>
 *
 * <p>{@code --no-quotes} measures a parser that reads the structure only
 * ({@link ArticleParser.Builder#quotes(boolean) quotes(false)}).
 */
public final class CpuTime {

  private static final int WARM_UP_BYTES = 200 << 20;
  /** Warm-up goes on, step by step, until a step passes with no compilation. */
  private static final long WARM_UP_STEP_NANOS = 3_000_000_000L;
  private static final long MAX_WARM_UP_NANOS = 180_000_000_000L;
  /** One timed batch: about 20 rounds of the corpus. */
  private static final int MEASURED_BYTES = 20 * 79 << 10;
  /** Timed batches; the median is reported. */
  private static final int BATCHES = 7;

  private CpuTime() {}

  /**
   * Measures each input named.
   *
   * @param args input names as {@link Inputs#load} reads them ({@code corpus} by default), and
   *     {@code --no-quotes} for the structure only
   */
  public static void main(String[] args) {
    List<String> names = new ArrayList<>(List.of(args));
    boolean quotes = !names.remove("--no-quotes");
    ArticleParser parser = ArticleParser.builder().quotes(quotes).build();
    for (String name : names.isEmpty() ? List.of("corpus") : names) {
      measure(name, Inputs.load(name), parser);
    }
  }

  private static void measure(String name, List<byte[]> articles, ArticleParser parser) {
    long size = articles.stream().mapToLong(a -> a.length).sum();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sink = 0;
    // Warm up until the JIT is done: on shared cores its threads may take a minute or more to
    // compile everything, and a figure taken before measures half-compiled code.
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long done = 0;
    long started = System.nanoTime();
    long compiled = -1;
    while (System.nanoTime() - started < MAX_WARM_UP_NANOS) {
      long stepEnd = System.nanoTime() + WARM_UP_STEP_NANOS;
      while (System.nanoTime() < stepEnd) {
        sink += round(articles, parser);
        done += size;
      }
      long now = jit.getTotalCompilationTime();
      if (done >= WARM_UP_BYTES && now == compiled) {
        break;
      }
      compiled = now;
    }
    int rounds = (int) Math.max(3, MEASURED_BYTES / size);
    long thread = Thread.currentThread().getId();
    double[] rates = new double[BATCHES];
    double allocation = 0;
    for (int b = 0; b < BATCHES; b++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long allocated = threads.getThreadAllocatedBytes(thread);
      for (int r = 0; r < rounds; r++) {
        sink += round(articles, parser);
      }
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      allocated = threads.getThreadAllocatedBytes(thread) - allocated;
      double bytes = (double) size * rounds;
      rates[b] = bytes / (cpu / 1e9) / 1e6;
      allocation = allocated / bytes;
    }
    Arrays.sort(rates);
    System.out.printf("%-7s %8d B, %d batches of %d rounds: median %6.1f MB/cpu-s"
        + " (%.1f to %.1f), %5.1f B allocated per byte (%d)%n", name, size, BATCHES, rounds,
        rates[BATCHES / 2], rates[0], rates[BATCHES - 1], allocation, sink % 10);
  }

  private static long round(List<byte[]> articles, ArticleParser parser) {
    long blocks = 0;
    for (byte[] article : articles) {
      blocks += parser.read(article).article().body().size();
    }
    return blocks;
  }
}
