package org.wirecopy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final StringWriter stdout = new StringWriter();
  private final PrintWriter out = new PrintWriter(new BufferedWriter(stdout));

  @Test
  void advance_halfway_showsCountRateAndEta() {
    Progress progress = Progress.bar(new PrintWriter(err), out, 4, nanos::get);

    nanos.set(1_000_000_000L);
    progress.advance(1_000_000);
    nanos.set(2_000_000_000L);
    progress.advance(1_000_000);

    assertThat(lastLine()).isEqualTo(
        "[###############...............]  2/4 files  1.0 MB/s  ETA 0:02\033[K");
  }

  @Test
  void report_withBar_printsAboveAndRedraws() {
    Progress progress = Progress.bar(new PrintWriter(err), out, 2, nanos::get);
    nanos.set(1_000_000_000L);
    progress.advance(0);

    progress.report("wirecopy: a.txt: no such file");
    progress.advance(0);
    progress.finish();

    assertThat(err.toString()).contains("\r\033[Kwirecopy: a.txt: no such file\n\r[")
        .contains("2/2 files").endsWith("in 0:01\033[K\n");
  }

  @Test
  void beforeOutput_clearsBarAndNextDrawFlushesOutputFirst() {
    Progress progress = Progress.bar(new PrintWriter(err), out, 3, nanos::get);
    nanos.set(1_000_000_000L);
    progress.advance(0);

    progress.beforeOutput();
    out.print("summary\n");
    assertThat(stdout.toString()).as("buffered until the bar is redrawn").isEmpty();
    nanos.set(2_000_000_000L);
    progress.advance(0);

    assertThat(err.toString()).contains("1/3 files").endsWith("2/3 files  0.0 MB/s  ETA 0:01\033[K")
        .contains("\033[K\r\033[K\r[");
    assertThat(stdout.toString()).isEqualTo("summary\n");
  }

  @Test
  void quiet_printsFailuresOnly() {
    Progress progress = Progress.quiet(new PrintWriter(err));

    progress.advance(100);
    progress.report("wirecopy: a.txt: no such file");
    progress.finish();

    assertThat(err.toString()).isEqualTo("wirecopy: a.txt: no such file\n");
  }

  @Test
  void duration_hoursMinutesSeconds() {
    assertThat(Progress.duration(7)).isEqualTo("0:07");
    assertThat(Progress.duration(3599)).isEqualTo("59:59");
    assertThat(Progress.duration(3661)).isEqualTo("1:01:01");
  }

  private String lastLine() {
    String text = err.toString();
    return text.substring(text.lastIndexOf('\r') + 1);
  }
}
