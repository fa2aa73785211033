package org.wirecopy.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one task per input on a fixed number of threads and hands the outputs on in input order.
 *
 * <p>At most {@code 4 × threads} inputs are in flight, read or done but not yet handed on, so
 * memory stays bounded whatever the number of inputs, and nothing is read ahead of that window.
 * A failed input is named on standard error with its reason; the others go on.
 */
final class Batch {

  /** What to do with one input. */
  @FunctionalInterface
  interface Task {
    /**
     * Reads the input and gives its output.
     *
     * @param input the input
     * @return the text to hand on, possibly empty
     * @throws Exception if the input fails; its message says why
     */
    String run(Input input) throws Exception;
  }

  private record Outcome(Input input, long size, String output, Optional<String> failure) {}

  private final int threads;
  private final Progress progress;

  /**
   * A batch.
   *
   * @param threads the number of worker threads, at least 1
   * @param progress where failures and progress go
   */
  Batch(int threads, Progress progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * Runs the task over the inputs.
   *
   * @param inputs the inputs
   * @param task what to do with each
   * @param sink takes the output of each successful input, unless empty, in input order, on the
   *     calling thread
   * @return the number of inputs that failed
   */
  int run(List<Input> inputs, Task task, Consumer<String> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int failed = 0;
    try {
      for (Input input : inputs) {
        if (window.size() >= 4 * threads) {
          failed += handOn(window.removeFirst(), sink);
        }
        window.addLast(pool.submit(() -> attempt(task, input)));
      }
      while (!window.isEmpty()) {
        failed += handOn(window.removeFirst(), sink);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
    if (failed > 0) {
      progress.report("wirecopy: " + failed + " of " + inputs.size() + " inputs failed");
    }
    return failed;
  }

  private static Outcome attempt(Task task, Input input) {
    long size = input.size();
    try {
      return new Outcome(input, size, task.run(input), Optional.empty());
    } catch (Exception | StackOverflowError e) {
      return new Outcome(input, size, "", Optional.of(Failures.reason(e, input.name())));
    }
  }

  private int handOn(Future<Outcome> future, Consumer<String> sink) {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    }
    if (outcome.failure().isPresent()) {
      progress.report("wirecopy: " + outcome.input().name() + ": " + outcome.failure().get());
    } else if (!outcome.output().isEmpty()) {
      progress.beforeOutput();
      sink.accept(outcome.output());
    }
    progress.advance(outcome.size());
    return outcome.failure().isPresent() ? 1 : 0;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "wirecopy-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
