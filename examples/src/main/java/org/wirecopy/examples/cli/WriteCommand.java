package org.wirecopy.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wirecopy write}: the article text again, from the JSON of {@code wirecopy parse}. */
@Command(
    name = "write",
    sortOptions = false,
    description = {
        "Writes articles back as text from JSON (a document, or JSON lines), exactly: "
            + "the text of an unedited article is its input, byte for byte, with nothing added.",
        "A folder means every *.json file under it, in path order; - reads standard input."})
final class WriteCommand implements Callable<Integer> {

  @ParentCommand
  private WirecopyCommand parent;

  @Spec
  private CommandSpec spec;

  @Mixin
  private BatchOptions batchOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE.json|DIR|-", description = "The JSON.")
  private List<String> arguments;

  @Override
  public Integer call() {
    List<Input> inputs = ParseCommand.inputs(arguments, ".json", parent, spec);
    ObjectReader reader = Json.mapper().readerFor(Article.class);
    PrintWriter out = spec.commandLine().getOut();
    int failed = batchOptions.batch(inputs).run(inputs, input -> {
      StringBuilder text = new StringBuilder();
      try (InputStream in = input.open();
          MappingIterator<Article> articles = reader.readValues(in)) {
        while (articles.hasNextValue()) {
          ArticleWriter.write(articles.nextValue(), text);
        }
      }
      return text.toString();
    }, out::print);
    out.flush();
    return failed == 0 ? WirecopyCommand.OK : WirecopyCommand.SOME_FAILED;
  }
}
