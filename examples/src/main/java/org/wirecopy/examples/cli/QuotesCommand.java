package org.wirecopy.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wirecopy quotes}: who said what, as a table. */
@Command(
    name = "quotes",
    sortOptions = false,
    description = {
        "Prints the quotes of articles as a table: speaker, role, cue, quote.",
        "With several inputs, each table follows a line ==> NAME <==."})
final class QuotesCommand implements Callable<Integer> {

  @ParentCommand
  private WirecopyCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private BatchOptions batchOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "The articles.")
  private List<String> arguments;

  @Override
  public Integer call() {
    List<Input> inputs = ParseCommand.inputs(arguments, ".txt", parent, spec);
    boolean titled = inputs.size() > 1;
    PrintWriter out = spec.commandLine().getOut();
    int failed = batchOptions.batch(inputs).run(inputs, input -> {
      String table = QuoteTable.of(ParseCommand.read(input).article());
      return titled ? "==> " + input.name() + " <==\n" + table : table;
    }, Sinks.separated(out));
    out.flush();
    return failed == 0 ? WirecopyCommand.OK : WirecopyCommand.SOME_FAILED;
  }
}
