package org.wirecopy.examples.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a batch on standard error: failures always, and on a terminal a progress bar
 * ({@code [#####.....]  120/400 files  3.2 MB/s  ETA 0:07}) redrawn in place.
 *
 * <p>Output, failures and the bar share the terminal: the bar is cleared before anything else is
 * written and redrawn at most ten times a second, after standard output is flushed. Used from
 * one thread, the one that hands results on in order.
 */
final class Progress {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final Flushable out;
  private final boolean bar;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private long bytes;
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, Flushable out, boolean bar, int total, LongSupplier clock) {
    this.err = err;
    this.out = out;
    this.bar = bar;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  /**
   * A report of failures only.
   *
   * @param err standard error
   * @return the progress
   */
  static Progress quiet(PrintWriter err) {
    return new Progress(err, () -> { }, false, 0, System::nanoTime);
  }

  /**
   * A report with a progress bar.
   *
   * @param err standard error, a terminal
   * @param out standard output, flushed before the bar is drawn so that the two do not mix on
   *     one terminal
   * @param total the number of inputs
   * @param clock nanosecond time, {@link System#nanoTime()} but in tests
   * @return the progress
   */
  static Progress bar(PrintWriter err, Flushable out, int total, LongSupplier clock) {
    return new Progress(err, out, true, total, clock);
  }

  /**
   * Counts one more input done.
   *
   * @param size its size in bytes
   */
  void advance(long size) {
    done++;
    bytes += size;
    long now = clock.getAsLong();
    if (bar && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Clears the bar before output is written, so that the output starts a clean line. */
  void beforeOutput() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  /**
   * Prints a line on standard error; the bar comes back on the next redraw.
   *
   * @param line the message
   */
  void report(String line) {
    beforeOutput();
    err.println(line);
    err.flush();
  }

  /** Leaves the last state of the bar on its own line. */
  void finish() {
    if (bar && done > 0) {
      draw(clock.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = Math.max(now - start, 1) / 1e9;
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    StringBuilder line = new StringBuilder("\r[")
        .append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("]  ")
        .append(done).append('/').append(total).append(" files  ")
        .append(String.format(Locale.ROOT, "%.1f MB/s", bytes / 1e6 / seconds));
    if (done > 0 && done < total) {
      line.append("  ETA ").append(duration((long) (seconds / done * (total - done))));
    } else if (done == total) {
      line.append("  in ").append(duration((long) seconds));
    }
    err.print(line.append("\033[K"));
    err.flush();
    drawn = true;
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
