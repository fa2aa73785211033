package org.wirecopy.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.wirecopy.model.Article;
import org.wirecopy.model.Language;

/**
 * Reads wire copy into an {@link Article}.
 *
 * <p>The one-line entry point is {@link #parse(CharSequence)}; configure a parser with
 * {@link #builder()}. A parser is immutable and thread-safe: share one instance.
 *
 * <p>Parsing never drops text. Whatever the parser does not recognise stays in the article as a
 * paragraph, and {@link ArticleWriter#write(Article)} gives back the input byte for byte. By
 * default parsing is lenient: {@link #read(CharSequence)} returns the article with
 * {@link Diagnostic}s; a strict parser throws {@link ArticleParseException} instead.
 */
public final class ArticleParser {

  /** The default input limit: 64 MiB. */
  public static final long DEFAULT_MAX_INPUT_LENGTH = 64L << 20;

  private static final int DEFAULT_MAX_DIAGNOSTICS = 100;
  private static final int BUFFER = 1 << 16;
  private static final ArticleParser DEFAULT = builder().build();

  private final ParserOptions options;

  private ArticleParser(ParserOptions options) {
    this.options = options;
  }

  /**
   * Parses a text leniently with the default settings.
   *
   * @param text the article
   * @return the article
   * @throws ArticleParseException if the text is longer than {@link #DEFAULT_MAX_INPUT_LENGTH}
   */
  public static Article parse(CharSequence text) {
    return DEFAULT.read(text).article();
  }

  /**
   * Parses a UTF-8 file leniently with the default settings.
   *
   * @param path the file
   * @return the article
   * @throws IOException if the file cannot be read
   * @throws ArticleParseException if its bytes are not UTF-8 (naming the file and byte offset)
   */
  public static Article parse(Path path) throws IOException {
    return DEFAULT.read(path).article();
  }

  /**
   * Parses a UTF-8 stream leniently with the default settings; the stream is read to its end and
   * not closed.
   *
   * @param in the bytes
   * @return the article
   * @throws IOException if the stream cannot be read
   * @throws ArticleParseException if its bytes are not UTF-8 (naming the byte offset)
   */
  public static Article parse(InputStream in) throws IOException {
    return DEFAULT.read(in, "input stream").article();
  }

  /**
   * Parses UTF-8 bytes leniently with the default settings: for copy already in memory (a
   * message queue, a database), read without a stream's copy.
   *
   * @param utf8 the bytes; read, not kept or changed
   * @return the article
   * @throws ArticleParseException if the bytes are not UTF-8 (naming the byte offset)
   */
  public static Article parse(byte[] utf8) {
    return DEFAULT.read(utf8).article();
  }

  /**
   * Parses the characters of a reader leniently with the default settings; the reader is read to
   * its end and not closed.
   *
   * @param reader the characters
   * @return the article
   * @throws IOException if the reader fails
   */
  public static Article parse(Reader reader) throws IOException {
    return DEFAULT.read(reader).article();
  }

  /**
   * A builder for a configured parser.
   *
   * @return a builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the quotes and speakers of an article's body: for articles built in code, so that they
   * carry what parsing their text would find.
   *
   * @param article an article
   * @return a copy with {@link Article#quotes()} and {@link Article#speakers()} from its body
   */
  public static Article attribute(Article article) {
    QuoteFinder.Result found = QuoteFinder.find(article.body(), article.language());
    return article.withQuotes(found.quotes()).withSpeakers(found.speakers());
  }

  /**
   * Reads a text.
   *
   * @param text the article
   * @return the article and diagnostics
   * @throws ArticleParseException if the text is longer than the limit, or, when strict, if
   *     anything was found odd
   */
  public ParseResult read(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkLength(text.length(), "characters");
    ParseResult result = new TextReader(text.toString(), options).read();
    if (options.strict() && !result.diagnostics().isEmpty()) {
      throw new ArticleParseException(result.diagnostics());
    }
    return result;
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param path the file
   * @return the article and diagnostics
   * @throws IOException if the file cannot be read
   * @throws ArticleParseException if its bytes are not UTF-8, or as {@link #read(CharSequence)}
   */
  public ParseResult read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads a UTF-8 stream to its end; the stream is not closed.
   *
   * @param in the bytes
   * @param source what to call the stream in error messages (a file name)
   * @return the article and diagnostics
   * @throws IOException if the stream cannot be read
   * @throws ArticleParseException if its bytes are not UTF-8, or as {@link #read(CharSequence)}
   */
  public ParseResult read(InputStream in, String source) throws IOException {
    return read(decode(in, source));
  }

  /**
   * Reads UTF-8 bytes.
   *
   * @param utf8 the bytes; read, not kept or changed
   * @return the article and diagnostics
   * @throws ArticleParseException if the bytes are not UTF-8 (naming the byte offset), or as
   *     {@link #read(CharSequence)}
   */
  public ParseResult read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    checkLength(utf8.length, "bytes");
    return read(decode(utf8, utf8.length, "input bytes"));
  }

  /**
   * Reads the characters of a reader to its end; the reader is not closed.
   *
   * @param reader the characters
   * @return the article and diagnostics
   * @throws IOException if the reader fails
   * @throws ArticleParseException as {@link #read(CharSequence)}
   */
  public ParseResult read(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[BUFFER];
    for (int n; (n = reader.read(buffer)) >= 0; ) {
      text.append(buffer, 0, n);
      checkLength(text.length(), "characters");
    }
    return read(text);
  }

  /**
   * Whether this parser throws on the first odd finding.
   *
   * @return true for a strict parser
   */
  public boolean strict() {
    return options.strict();
  }

  /**
   * Decodes strictly: a malformed byte is an error with its offset, never a replacement. The fast
   * JDK decoder does the work; the reporting decoder runs only when the text holds a replacement
   * character, to tell a malformed byte from a real U+FFFD.
   */
  private String decode(InputStream in, String source) throws IOException {
    long limit = options.maxInputLength();
    int most = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
    // Sized by what the stream says it holds (all of it, for bytes in memory), so that the bytes
    // are read into one array and decoded from it as they lie, without copies.
    byte[] bytes = new byte[Math.max(1, Math.min(most, in.available() + 1))];
    int length = 0;
    while (length < most) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(most, Math.max(BUFFER, 2L * length)));
      }
      int n = in.read(bytes, length, bytes.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    checkLength(length, "bytes");
    if (length == most && in.read() >= 0) {
      // The limit is above what one Java array holds: refuse rather than cut the text short.
      throw new ArticleParseException("input of more than " + most + " bytes is more than one "
          + "Java array holds; the parser reads an article whole", -1, null);
    }
    return decode(bytes, length, source);
  }

  /** The text of the first bytes of an array, strictly decoded. */
  private static String decode(byte[] bytes, int length, String source) {
    String text = Utf8.decode(bytes, length);
    if (text != null) {
      return text; // well-formed
    }
    text = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      checkStrictly(bytes, length, source);
    }
    return text;
  }

  private static void checkStrictly(byte[] bytes, int length, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer output = CharBuffer.allocate(BUFFER);
    while (true) {
      CoderResult result = decoder.decode(input, output, true);
      if (result.isError()) {
        long offset = input.position();
        throw new ArticleParseException(source + ": malformed UTF-8 at byte offset " + offset
            + " (" + result.length() + " byte" + (result.length() == 1 ? "" : "s") + ")",
            offset, null);
      }
      if (result.isUnderflow()) {
        return;
      }
      output.clear();
    }
  }

  private void checkLength(long length, String unit) {
    if (length > options.maxInputLength()) {
      throw new ArticleParseException("input of more than " + options.maxInputLength() + " "
          + unit + " exceeds the parser's limit; raise it with "
          + "ArticleParser.builder().maxInputLength(...)", -1, null);
    }
  }

  /** Settings for a parser; every setting has a default. Not thread-safe; the parser is. */
  public static final class Builder {
    private Language language;
    private LocalDate referenceDate;
    private boolean strict;
    private long maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
    private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;
    private boolean quotes = true;

    private Builder() {}

    /**
     * Assumes a language instead of detecting it from the text.
     *
     * @param language the language
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * The date that resolves a dateline's year when the article carries no dated timestamp
     * (e.g. the day the copy was received). Without it such a dateline has no year.
     *
     * @param referenceDate the date
     * @return this builder
     */
    public Builder referenceDate(LocalDate referenceDate) {
      this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
      return this;
    }

    /**
     * Makes the parser throw {@link ArticleParseException} on any diagnostic.
     *
     * @param strict true for strict parsing; false (the default) for lenient
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The largest input accepted, in characters (bytes for byte input); larger input fails
     * with {@link ArticleParseException} before it is read whole. Whatever the limit, byte input
     * of more than one Java array holds (about 2 GiB) fails the same way: an article is read
     * whole, never cut short.
     *
     * @param maxInputLength the limit, at least 1; default {@link #DEFAULT_MAX_INPUT_LENGTH}
     * @return this builder
     */
    public Builder maxInputLength(long maxInputLength) {
      if (maxInputLength < 1) {
        throw new IllegalArgumentException("maxInputLength must be positive: " + maxInputLength);
      }
      this.maxInputLength = maxInputLength;
      return this;
    }

    /**
     * The most diagnostics kept per article; the rest are counted out.
     *
     * @param maxDiagnostics the limit, at least 0; default 100
     * @return this builder
     */
    public Builder maxDiagnostics(int maxDiagnostics) {
      if (maxDiagnostics < 0) {
        throw new IllegalArgumentException("maxDiagnostics must not be negative: " + maxDiagnostics);
      }
      this.maxDiagnostics = maxDiagnostics;
      return this;
    }

    /**
     * Whether to find the body's quotes and their speakers. Without them the parser reads the
     * article's structure only (times, topics, header, dateline, body), five to seven times as
     * fast: {@link Article#quotes()} and {@link Article#speakers()} are empty and no quotation
     * mark is reported unpaired. {@link ArticleParser#attribute(Article)} adds them later, equal
     * to what a parser that finds them gives.
     *
     * @param quotes true (the default) to find quotes and speakers; false for the structure only
     * @return this builder
     */
    public Builder quotes(boolean quotes) {
      this.quotes = quotes;
      return this;
    }

    /**
     * The parser.
     *
     * @return an immutable, thread-safe parser
     */
    public ArticleParser build() {
      return new ArticleParser(new ParserOptions(Optional.ofNullable(language),
          Optional.ofNullable(referenceDate), strict, maxInputLength, maxDiagnostics, quotes));
    }
  }
}
