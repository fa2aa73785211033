package org.wirecopy.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what an example's {@code main} prints. */
final class Stdout {

  /** A {@code main} method. */
  @FunctionalInterface
  interface Main {
    void run() throws Exception;
  }

  private Stdout() {}

  /** Runs it with {@link System#out} captured, and gives back what it printed. */
  static String of(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
