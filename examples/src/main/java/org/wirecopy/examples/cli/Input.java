package org.wirecopy.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input of a command: a file, standard input, or an argument that names nothing to read.
 *
 * <p>{@link #relative()} is where the input's output goes under an output folder: the file's name
 * for a file argument, its path below the folder for a file found in a folder argument.
 */
sealed interface Input {

  /**
   * What to call the input in messages: the path as given, or {@code -} for standard input.
   *
   * @return the name
   */
  String name();

  /**
   * The input's place relative to an output folder.
   *
   * @return a relative path ending in the input's file name
   */
  Path relative();

  /**
   * Opens the bytes; the caller closes the stream.
   *
   * @return the stream
   * @throws IOException if there is nothing to read
   */
  InputStream open() throws IOException;

  /**
   * The size in bytes, for progress reports.
   *
   * @return the size, or 0 when unknown
   */
  long size();

  /**
   * A file.
   *
   * @param path the file
   * @param relative its place relative to an output folder
   */
  record File(Path path, Path relative) implements Input {
    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public long size() {
      try {
        return Files.size(path);
      } catch (IOException e) {
        return 0; // open() reports the problem
      }
    }
  }

  /**
   * Standard input, written out as {@code stdin.txt} would be.
   *
   * @param in the stream, left open
   */
  record Stdin(InputStream in) implements Input {
    @Override
    public String name() {
      return "-";
    }

    @Override
    public Path relative() {
      return Path.of("stdin.txt");
    }

    @Override
    public InputStream open() {
      return new FilterInputStream(in) {
        @Override
        public void close() {
          // standard input belongs to the process, not to one input
        }
      };
    }

    @Override
    public long size() {
      return 0;
    }
  }

  /**
   * An argument with nothing to read, such as a folder without a matching file.
   *
   * @param name the argument
   * @param reason why it cannot be read
   */
  record Unreadable(String name, String reason) implements Input {
    @Override
    public Path relative() {
      return Path.of("unreadable");
    }

    @Override
    public InputStream open() throws IOException {
      throw new IOException(reason);
    }

    @Override
    public long size() {
      return 0;
    }
  }
}
