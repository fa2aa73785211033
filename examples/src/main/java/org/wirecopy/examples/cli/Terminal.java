package org.wirecopy.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the user watches: a console, and standard error on a terminal. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether a progress bar on standard error would be seen rather than land in a file or pipe.
   *
   * @return true on an interactive terminal
   */
  static boolean interactive() {
    return System.console() != null && stderrIsTerminal();
  }

  /**
   * Java has no isatty for standard error; on Linux its file descriptor's link names the device.
   * Elsewhere the answer is no, and {@code --progress} forces the bar.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
