package org.wirecopy.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of a command that reads many inputs: threads and the progress bar. */
final class BatchOptions {

  /** Above this many inputs, a terminal shows a progress bar unless told otherwise. */
  static final int PROGRESS_THRESHOLD = 20;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = "--threads", paramLabel = "N",
      description = "Inputs read at once (default: the number of processors, ${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show (--progress) or hide (--no-progress) a progress bar on standard error. "
          + "By default it shows for more than " + PROGRESS_THRESHOLD + " inputs on a terminal.")
  private Boolean progress;

  /**
   * A batch for these inputs, with a progress bar when asked for or when the user watches.
   *
   * @param inputs the inputs
   * @return the batch
   * @throws ParameterException if {@code --threads} is less than 1
   */
  Batch batch(List<Input> inputs) {
    if (threads < 1) {
      throw new ParameterException(mixee.commandLine(), "--threads must be at least 1: " + threads);
    }
    boolean bar = progress != null
        ? progress
        : inputs.size() > PROGRESS_THRESHOLD && Terminal.interactive();
    PrintWriter err = mixee.commandLine().getErr();
    PrintWriter out = mixee.commandLine().getOut();
    return new Batch(threads, bar ? Progress.bar(err, out, inputs.size(), System::nanoTime)
        : Progress.quiet(err));
  }
}
