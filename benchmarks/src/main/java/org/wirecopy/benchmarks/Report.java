package org.wirecopy.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks as JMH's own main does, then prints the figures as a Markdown table, one row
 * per input: MB/s (10<sup>6</sup> input bytes) of scan, parse, write and json with JMH's error, how many times
 * slower parse is than scan, the time per byte of parse, and (with {@code -prof gc}) the bytes
 * allocated per input byte.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.wirecopy.benchmarks.Report [JMH options]
 * </pre>
 */
public final class Report {

  private static final String[] OPERATIONS = {"scan", "parse", "structure", "write", "json"};

  private Report() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args JMH's command-line options, as for {@code java -jar benchmarks.jar}
   * @throws CommandLineOptionException if an option is not JMH's
   * @throws RunnerException if a benchmark fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    // input -> operation -> result, in the order JMH ran them
    Map<String, Map<String, RunResult>> byInput = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      byInput.computeIfAbsent(result.getParams().getParam("input"), k -> new LinkedHashMap<>())
          .put(operation, result);
    }
    System.out.println();
    System.out.println("| input | bytes | scan MB/s | parse MB/s | structure MB/s | write MB/s | json MB/s "
        + "| parse/scan | structure/scan | parse ns/byte | parse B alloc/byte "
        + "| structure B alloc/byte | write B alloc/byte |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        + "| ---: | ---: |");
    for (Map.Entry<String, Map<String, RunResult>> row : byInput.entrySet()) {
      Map<String, RunResult> ops = row.getValue();
      StringBuilder line = new StringBuilder("| " + row.getKey() + " | "
          + format("%.0f", bytesPerOperation(ops.values().iterator().next())));
      for (String operation : OPERATIONS) {
        RunResult result = ops.get(operation);
        line.append(" | ").append(result == null ? "" : format("%.1f ± %.1f",
            bytes(result).getScore() / 1e6, bytes(result).getScoreError() / 1e6));
      }
      RunResult scan = ops.get("scan");
      RunResult parse = ops.get("parse");
      RunResult structure = ops.get("structure");
      line.append(" | ").append(ratio(scan, parse));
      line.append(" | ").append(ratio(scan, structure));
      line.append(" | ").append(parse == null ? "" : format("%.2f", 1e9 / bytes(parse).getScore()));
      line.append(" | ").append(allocationPerByte(parse));
      line.append(" | ").append(allocationPerByte(structure));
      line.append(" | ").append(allocationPerByte(ops.get("write"))).append(" |");
      System.out.println(line);
    }
  }

  /** How many times slower an operation is than the scan, in one run; blank without both. */
  private static String ratio(RunResult scan, RunResult operation) {
    return scan == null || operation == null ? ""
        : format("%.1f", bytes(scan).getScore() / bytes(operation).getScore());
  }

  /** The secondary result counting input bytes: bytes per second. */
  private static Result<?> bytes(RunResult result) {
    return result.getSecondaryResults().get("bytes");
  }

  private static double bytesPerOperation(RunResult result) {
    return bytes(result).getScore() / result.getPrimaryResult().getScore();
  }

  private static String allocationPerByte(RunResult result) {
    if (result == null) {
      return "";
    }
    Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? "(no -prof gc)"
        : format("%.1f", norm.getScore() / bytesPerOperation(result));
  }

  private static String format(String pattern, double... values) {
    Object[] boxed = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return String.format(Locale.ROOT, pattern, boxed);
  }
}
