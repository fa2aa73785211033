package org.wirecopy.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code wirecopy} in-process, as {@code main} would, with captured streams; test fixtures. */
final class Cli {

  /** The seed article's file name. */
  static final String SEED = "000_2b59c0469892a034.txt";
  /** An English article's file name. */
  static final String ENGLISH = "en-001.txt";

  /**
   * What one run gave.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int exitCode, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static Result runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WirecopyCommand.commandLine(new ByteArrayInputStream(stdin),
        new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The bytes of a test resource. */
  static byte[] bytes(String name) {
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a test resource into a folder, under the given name. */
  static Path copy(String resource, Path folder, String name) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes(resource));
  }

  /** Copies a test resource into a folder under its own name. */
  static Path copy(String resource, Path folder) throws IOException {
    return copy(resource, folder, resource);
  }
}
