package org.wirecopy.examples.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirecopy.text.ArticleParser;
import org.wirecopy.text.ParseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wirecopy parse}: articles as a readable summary, as JSON, or as JSON lines. */
@Command(
    name = "parse",
    sortOptions = false,
    description = {
        "Parses articles and prints a summary (text), one JSON document per input (json), "
            + "or one JSON line per article (jsonl).",
        "A folder means every *.txt file under it, in path order; - reads standard input. "
            + "Outputs come in input order."})
final class ParseCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** A readable summary. */
    TEXT,
    /** One pretty-printed document per input. */
    JSON,
    /** One compact line per article. */
    JSONL;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final ArticleParser PARSER = ArticleParser.builder().build();
  private static final ArticleParser STRUCTURE_ONLY = ArticleParser.builder().quotes(false).build();

  @ParentCommand
  private WirecopyCommand parent;

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or jsonl (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "With --format json: write NAME.txt to DIR/NAME.json (a file found in a "
          + "folder argument keeps its path below the folder; - gives stdin.json) "
          + "instead of standard output.")
  private Path outputDir;

  @Option(names = "--quotes", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Find quotes and their speakers (--quotes, the default), or read the "
          + "structure only (--no-quotes): five times as fast or more, with no quotes or speakers.")
  private boolean quotes;

  @Mixin
  private BatchOptions batchOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "The articles.")
  private List<String> arguments;

  @Override
  public Integer call() throws IOException {
    if (outputDir != null && format != Format.JSON) {
      throw new ParameterException(spec.commandLine(),
          "--output-dir writes JSON files: use it with --format json");
    }
    List<Input> inputs = inputs(arguments, ".txt", parent, spec);
    Batch batch = batchOptions.batch(inputs);
    PrintWriter out = spec.commandLine().getOut();
    ArticleParser parser = quotes ? PARSER : STRUCTURE_ONLY;
    int failed = switch (format) {
      case TEXT -> batch.run(inputs, input -> Summary.of(input.name(), read(input, parser), quotes),
          Sinks.separated(out));
      case JSON, JSONL -> {
        ObjectWriter writer = format == Format.JSON
            ? Json.mapper().writerWithDefaultPrettyPrinter()
            : Json.mapper().writer();
        Batch.Task json = input -> writer.writeValueAsString(read(input, parser).article()) + "\n";
        yield batch.run(inputs, outputDir == null ? json : toFiles(inputs, json), out::print);
      }
    };
    out.flush();
    return failed == 0 ? WirecopyCommand.OK : WirecopyCommand.SOME_FAILED;
  }

  /**
   * Reads one article leniently.
   *
   * @param input the input
   * @return the article and what the parser found odd
   * @throws IOException if the input cannot be read or is not UTF-8
   */
  static ParseResult read(Input input) throws IOException {
    return read(input, PARSER);
  }

  private static ParseResult read(Input input, ArticleParser parser) throws IOException {
    try (InputStream in = input.open()) {
      return parser.read(in, input.name());
    }
  }

  /**
   * Expands the arguments of a command, a usage error when {@code -} comes twice.
   *
   * @param arguments the arguments
   * @param extension the file name ending searched for in folders
   * @param parent the top command, for standard input
   * @param spec the command, for the usage error
   * @return the inputs
   */
  static List<Input> inputs(List<String> arguments, String extension, WirecopyCommand parent,
      CommandSpec spec) {
    try {
      return Inputs.expand(arguments, extension, parent.stdin());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** The task that writes each input's JSON to its file under the output folder instead. */
  private Batch.Task toFiles(List<Input> inputs, Batch.Task json) throws IOException {
    Map<Input, Path> targets = targets(inputs);
    Files.createDirectories(outputDir);
    return input -> {
      Path target = targets.get(input);
      String text = json.run(input);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
      return "";
    };
  }

  /** Each input's JSON file; two inputs that would overwrite one file are a usage error. */
  private Map<Input, Path> targets(List<Input> inputs) {
    Map<Input, Path> targets = new HashMap<>();
    Map<Path, Input> owners = new HashMap<>();
    for (Input input : inputs) {
      if (input instanceof Input.Unreadable) {
        continue; // it fails before it is written
      }
      Path target = outputDir.resolve(jsonName(input.relative())).normalize();
      Input other = owners.putIfAbsent(target, input);
      if (other != null) {
        throw new ParameterException(spec.commandLine(), other.name() + " and " + input.name()
            + " would both be written to " + target);
      }
      targets.put(input, target);
    }
    return targets;
  }

  /**
   * The JSON file's path for an input's relative path: {@code a/NAME.txt} gives {@code a/NAME.json}.
   *
   * @param relative the input's path relative to the output folder
   * @return the JSON file's relative path
   */
  static Path jsonName(Path relative) {
    String name = relative.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return relative.resolveSibling(stem + ".json");
  }
}
