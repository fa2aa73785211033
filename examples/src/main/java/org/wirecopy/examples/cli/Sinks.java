package org.wirecopy.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Where batch outputs go. */
final class Sinks {

  private Sinks() {}

  /**
   * Prints each output, with a blank line between two.
   *
   * @param out the writer
   * @return the sink
   */
  static Consumer<String> separated(PrintWriter out) {
    return new Consumer<>() {
      private boolean first = true;

      @Override
      public void accept(String output) {
        if (!first) {
          out.print('\n');
        }
        first = false;
        out.print(output);
      }
    };
  }
}
