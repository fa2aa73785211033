package org.wirecopy.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code wirecopy} command: {@code parse}, {@code quotes} and {@code write}.
 *
 * <p>Exit codes: 0 when every input was read, 1 when some failed (each is named on standard error
 * and the others are still written), 2 for bad usage.
 */
@Command(
    name = "wirecopy",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Reads TASS wire copy: a summary, who said what, JSON, and the text back from JSON.",
    subcommands = {ParseCommand.class, QuotesCommand.class, WriteCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input was read",
        "1:some inputs failed (each named on standard error; the others are written)",
        "2:bad usage"})
public final class WirecopyCommand implements Callable<Integer> {

  /** Exit code: every input was read. */
  static final int OK = 0;
  /** Exit code: some inputs failed. */
  static final int SOME_FAILED = 1;
  /** Exit code: bad usage. */
  static final int USAGE = 2;

  private final InputStream stdin;

  @Spec
  private CommandSpec spec;

  /** A command that reads standard input from {@link System#in}. */
  public WirecopyCommand() {
    this(System.in);
  }

  private WirecopyCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, buffered: flushed once at the end.
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = commandLine(System.in, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The command line, with its streams: what {@link #main(String[])} runs, and tests too.
   *
   * @param stdin standard input, read for the argument {@code -}
   * @param out standard output
   * @param err standard error
   * @return the command line, ready to {@link CommandLine#execute(String...)}
   */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new WirecopyCommand(stdin));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println("wirecopy: " + Failures.reason(e, ""));
      // A stack trace for a bug only: not for I/O, nor for what this build cannot do.
      if (!(e instanceof IOException || e instanceof UncheckedIOException
          || e instanceof UnsupportedOperationException)) {
        e.printStackTrace(command.getErr());
      }
      command.getErr().flush();
      return SOME_FAILED;
    });
    return commandLine;
  }

  /**
   * Standard input, for the subcommands.
   *
   * @return the stream
   */
  InputStream stdin() {
    return stdin;
  }

  /** Without a subcommand: the usage, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("wirecopy: a command is needed");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }
}
