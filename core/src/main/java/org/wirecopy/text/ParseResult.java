package org.wirecopy.text;

import java.util.List;
import java.util.Objects;
import org.wirecopy.model.Article;

/**
 * An article read from text, with what the parser found missing or odd.
 *
 * @param article the article; its layout holds the whole input
 * @param diagnostics the findings in text order, at most the parser's limit
 */
public record ParseResult(Article article, List<Diagnostic> diagnostics) {

  /**
   * Creates a result.
   *
   * @throws NullPointerException if an argument is null
   */
  public ParseResult {
    Objects.requireNonNull(article, "article");
    diagnostics = List.copyOf(diagnostics);
  }
}
