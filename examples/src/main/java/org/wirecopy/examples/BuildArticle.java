package org.wirecopy.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.MonthDay;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;
import org.wirecopy.text.ArticleParser;
import org.wirecopy.text.ArticleWriter;

/**
 * Builds an article in code, writes it as wire copy, parses the text back and shows that the
 * result equals the article.
 *
 * <p>Run: {@code java -cp examples/target/wirecopy.jar org.wirecopy.examples.BuildArticle}
 */
public final class BuildArticle {

  private BuildArticle() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Article article = Article.builder()
        .language(Language.RUSSIAN)
        .published(Timestamp.of(LocalDateTime.of(2016, 12, 6, 18, 39)))
        .addTopic(Topic.of("Кризис в Сирии"))
        .headline("Главы МИД НАТО призвали Россию к прекращению боев в Сирии")
        .dateline(Dateline.builder()
            .place("БРЮССЕЛЬ").monthDay(MonthDay.of(12, 6)).year(2016).agency("ТАСС").build())
        .addBody(Block.paragraph("Главы МИД НАТО призвали к прекращению боев в Сирии."))
        .addBody(Block.paragraph("\"Это гуманитарная катастрофа\", - сказал генсек НАТО "
            + "Йенс Столтенберг."))
        .build();

    String text = ArticleWriter.write(article);
    Article parsed = ArticleParser.parse(text);
    // Parsing finds the quotes and speakers of the body; attribute(...) finds the same for the
    // built article, which had none.
    Article expected = ArticleParser.attribute(article);

    out.print(text);
    out.println("---");
    out.println("quotes found: " + parsed.quotes().size());
    out.println("parsed back equals the built article: " + parsed.equals(expected));
  }
}
