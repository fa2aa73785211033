/**
 * Reading wire copy into an {@link org.wirecopy.model.Article} and writing it back.
 *
 * <p>{@link org.wirecopy.text.ArticleParser} and {@link org.wirecopy.text.ArticleWriter} mirror
 * one grammar; the helpers that implement it are package-private. The grammar, line by line
 * (LF, CRLF or CR end a line; white space includes no-break and thin spaces):
 *
 * <pre>
 * article   = [BOM] header body
 * header    = { line } up to the first line that opens with a dateline (among the first 16
 *             non-blank lines); each header line is, by the rules of {@code Header}:
 *               timestamp   6 декабря 2016, 18:39 | обновлено 16:05 | 2024-12-26 21:09:18 | ...
 *               byline      Редакция сайта ТАСС
 *               topic       a text line right under a timestamp or topic line
 *               photo       Caption. CREDIT over Caption | Caption © Credit | © Credit under Caption
 *               headline    the first other text line
 *               lead        the second other text line
 *               (any more)  kept as body paragraphs, with a diagnostic
 * body      = dateline-paragraph { paragraph | subheading }
 * dateline  = one agency's convention ({@code DatelineFormat}): TASS, RIA Novosti, Interfax,
 *             Reuters, AP
 * subheading= a short line between paragraphs, standing alone, that ends no sentence
 * </pre>
 *
 * <p>Without a dateline the header is the leading timestamp, byline, topic and photo lines and at
 * most a headline (a short line that ends no sentence); the rest is body.
 *
 * <p>Every character read lands in exactly one {@link org.wirecopy.model.Segment} of the
 * article's {@link org.wirecopy.model.Layout}, which is how the writer gives the input back.
 * Quotes and speakers are then found in the body blocks by {@code QuoteFinder}.
 */
package org.wirecopy.text;
