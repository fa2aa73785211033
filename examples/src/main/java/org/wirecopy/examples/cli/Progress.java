package org.wirecopy.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a batch on standard error: failures always, and on a terminal a progress bar
 * ({@code [#####.....]  120/400 files  3.2 MB/s  ETA 0:07}) redrawn in place.
 *
 * <p>Used from one thread, the one that hands results on in order.
 */
final class Progress {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean bar;
  private final int total;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private long bytes;
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, boolean bar, int total, LongSupplier clock) {
    this.err = err;
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
    return new Progress(err, false, 0, System::nanoTime);
  }

  /**
   * A report with a progress bar.
   *
   * @param err standard error, a terminal
   * @param total the number of inputs
   * @param clock nanosecond time, {@link System#nanoTime()} but in tests
   * @return the progress
   */
  static Progress bar(PrintWriter err, int total, LongSupplier clock) {
    return new Progress(err, true, total, clock);
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
    if (bar && (now - lastDraw >= REDRAW_NANOS || done == total)) {
      lastDraw = now;
      draw(now);
    }
  }

  /**
   * Prints a line, above the bar when there is one.
   *
   * @param line the message
   */
  void report(String line) {
    if (drawn) {
      err.print("\r\033[K");
    }
    err.println(line);
    if (drawn) {
      draw(clock.getAsLong());
    } else {
      err.flush();
    }
  }

  /** Ends the bar's line. */
  void finish() {
    if (drawn) {
      draw(clock.getAsLong());
      err.println();
      err.flush();
    }
  }

  private void draw(long now) {
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
