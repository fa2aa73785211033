package org.wirecopy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchTest {

  private final StringWriter err = new StringWriter();

  @Test
  void run_slowEarlyInputs_handsOutputsOnInInputOrder() {
    List<Input> inputs = inputs(50);
    List<String> outputs = new ArrayList<>();

    int failed = new Batch(4, Progress.quiet(new PrintWriter(err))).run(inputs, input -> {
      int number = Integer.parseInt(input.name());
      Thread.sleep(number % 5 == 0 ? 20 : 0);
      return input.name();
    }, outputs::add);

    assertThat(failed).isZero();
    assertThat(outputs).containsExactlyElementsOf(inputs.stream().map(Input::name).toList());
  }

  @Test
  void run_manyInputs_keepsAtMostFourPerThreadInFlight() {
    int threads = 2;
    AtomicInteger started = new AtomicInteger();
    AtomicInteger handedOn = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();

    new Batch(threads, Progress.quiet(new PrintWriter(err))).run(inputs(500), input -> {
      mostInFlight.accumulateAndGet(started.incrementAndGet() - handedOn.get(), Math::max);
      return input.name();
    }, output -> handedOn.incrementAndGet());

    assertThat(started).hasValue(500);
    assertThat(mostInFlight.get()).isBetween(1, 4 * threads);
  }

  @Test
  void run_failingInput_namedOnStderrOthersHandedOn() {
    List<String> outputs = new ArrayList<>();

    int failed = new Batch(2, Progress.quiet(new PrintWriter(err))).run(inputs(3), input -> {
      if (input.name().equals("1")) {
        throw new IOException("broken");
      }
      return input.name();
    }, outputs::add);

    assertThat(failed).isEqualTo(1);
    assertThat(outputs).containsExactly("0", "2");
    assertThat(err.toString()).isEqualTo(
        "wirecopy: 1: broken\n" + "wirecopy: 1 of 3 inputs failed\n");
  }

  private static List<Input> inputs(int count) {
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      inputs.add(new Input.File(Path.of(String.valueOf(i)), Path.of(i + ".txt")));
    }
    return inputs;
  }
}
