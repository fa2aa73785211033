package org.wirecopy.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.wirecopy.text.ArticleParser;

/**
 * Parse throughput per CPU second and allocation per input byte, measured on the parsing thread
 * alone, so that the figures hold when other processes share the cores (JMH's wall-clock
 * throughput does not).
 *
 * <p>For each input: warm-up rounds, then batches of timed rounds of {@link ArticleParser#parse}
 * over every article, read through the thread's CPU time and allocated bytes; it prints the
 * median rate of the batches, their range, and the allocation of the last one. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.wirecopy.benchmarks.CpuTime corpus 1MB
 * </pre>
 */
public final class CpuTime {

  private static final int WARM_UP_BYTES = 200 << 20;
  /** One timed batch: about 20 rounds of the corpus. */
  private static final int MEASURED_BYTES = 20 * 79 << 10;
  /** Timed batches; the median is reported. */
  private static final int BATCHES = 7;

  private CpuTime() {}

  /**
   * Measures each input named.
   *
   * @param args input names as {@link Inputs#load} reads them; {@code corpus} by default
   * @throws IOException never: the input is in memory
   */
  public static void main(String[] args) throws IOException {
    for (String name : args.length == 0 ? new String[] {"corpus"} : args) {
      measure(name, Inputs.load(name));
    }
  }

  private static void measure(String name, List<byte[]> articles) throws IOException {
    long size = articles.stream().mapToLong(a -> a.length).sum();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (long done = 0; done < WARM_UP_BYTES; done += size) {
      sink += round(articles);
    }
    int rounds = (int) Math.max(3, MEASURED_BYTES / size);
    long thread = Thread.currentThread().getId();
    double[] rates = new double[BATCHES];
    double allocation = 0;
    for (int b = 0; b < BATCHES; b++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long allocated = threads.getThreadAllocatedBytes(thread);
      for (int r = 0; r < rounds; r++) {
        sink += round(articles);
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

  private static long round(List<byte[]> articles) throws IOException {
    long quotes = 0;
    for (byte[] article : articles) {
      quotes += ArticleParser.parse(new ByteArrayInputStream(article)).quotes().size();
    }
    return quotes;
  }
}
