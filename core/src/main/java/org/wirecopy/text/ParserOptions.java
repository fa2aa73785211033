package org.wirecopy.text;

import java.time.LocalDate;
import java.util.Optional;
import org.wirecopy.model.Language;

/**
 * The settings of an {@link ArticleParser}.
 *
 * @param language the language to assume, or empty to detect it from the text
 * @param referenceDate the date that resolves a dateline's year when the article has no dated
 *     timestamp, or empty to leave the year unknown
 * @param strict whether any diagnostic fails the parse
 * @param maxInputLength the largest input accepted, in characters (bytes for byte input)
 * @param maxDiagnostics the most diagnostics kept per article
 * @param quotes whether to find the body's quotes and their speakers
 */
record ParserOptions(
    Optional<Language> language,
    Optional<LocalDate> referenceDate,
    boolean strict,
    long maxInputLength,
    int maxDiagnostics,
    boolean quotes) {}
