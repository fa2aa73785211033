package org.wirecopy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command arguments into inputs: a file as given, a folder as the matching files under it,
 * {@code -} as standard input.
 */
final class Inputs {

  private Inputs() {}

  /**
   * Expands the arguments in order; a folder gives every file under it whose name ends in the
   * extension, sorted by path.
   *
   * @param arguments files, folders, or {@code -}
   * @param extension the file name ending that folders are searched for ({@code .txt})
   * @param stdin standard input
   * @return the inputs, in argument order
   * @throws IllegalArgumentException if {@code -} is given more than once
   */
  static List<Input> expand(List<String> arguments, String extension, InputStream stdin) {
    List<Input> inputs = new ArrayList<>();
    boolean stdinTaken = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        if (stdinTaken) {
          throw new IllegalArgumentException("standard input (-) can be read only once");
        }
        stdinTaken = true;
        inputs.add(new Input.Stdin(stdin));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        inputs.addAll(folder(path, extension));
      } else {
        Path name = path.getFileName();
        inputs.add(new Input.File(path, name == null ? path : name));
      }
    }
    return inputs;
  }

  private static List<Input> folder(Path folder, String extension) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk
          .filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      String name = folder.toString();
      return List.of(new Input.Unreadable(name, "cannot list the folder: " + Failures.reason(e, name)));
    }
    if (files.isEmpty()) {
      return List.of(new Input.Unreadable(folder.toString(), "no *" + extension + " file in the folder"));
    }
    List<Input> inputs = new ArrayList<>(files.size());
    for (Path file : files) {
      inputs.add(new Input.File(file, folder.relativize(file)));
    }
    return inputs;
  }
}
