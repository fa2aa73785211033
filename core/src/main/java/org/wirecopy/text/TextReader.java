package org.wirecopy.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Part;
import org.wirecopy.model.Segment;
import org.wirecopy.model.Span;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/**
 * One reading of one text: cuts it into segments and builds the article. Not thread-safe; the
 * parser makes one per input.
 */
final class TextReader {

  /** The dateline is looked for among the first non-blank lines only. */
  private static final int MAX_HEADER_LINES = 16;
  /** A line this long is body text, never header. */
  private static final int MAX_HEADER_LINE = 600;
  /** Without a dateline, a headline is at most this long and does not end a sentence. */
  private static final int MAX_BARE_HEADLINE = 250;

  /** Findings kept before sorting and capping: bounds memory on hostile input. */
  private static final int MAX_FOUND = 10_000;

  /**
   * The trivia nearly all of a text's is made of: the blank line between paragraphs, a line end,
   * the space after a dateline. Shared constants instead of cuts of the text, a dozen per article.
   */
  private static final String[] COMMON_TRIVIA = {"\n\n", "\n", " ", "\r\n\r\n", "\r\n"};

  /**
   * The layout {@link #layout} copies its segments into: {@code withSegments} copies a list once,
   * at its size, where the builder grows a list of its own and copies that again.
   */
  private static final Layout NO_SEGMENTS = Layout.builder().build();

  private static final Comparator<Diagnostic> IN_TEXT_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final String text;
  private final ParserOptions options;
  private final Lines lines;
  /** The findings, made at the first: most texts have none. */
  private List<Diagnostic> diagnostics;
  /** The elements' segments in the order found: the header's, then the body's. */
  private final List<Segment> elements;

  /**
   * Where each element starts, and its index in {@link #elements} in the low half: sorted, the
   * elements in text order. A non-blank line holds one element at most but for the dateline's
   * and a line with both times, which hold two.
   */
  private long[] elementStarts;

  TextReader(String text, ParserOptions options) {
    this.text = text;
    this.options = options;
    this.lines = new Lines(text);
    this.elements = new ArrayList<>(lines.nonBlank() + 2);
    this.elementStarts = new long[lines.nonBlank() + 2];
  }

  ParseResult read() {
    Language language = options.language().isPresent()
        ? options.language().get() : Languages.detect(text);
    int[] nonBlank = nonBlankLines();
    int datelineAt = -1;
    DatelineFormat.Found dateline = null;
    for (int k = 0; k < Math.min(nonBlank.length, MAX_HEADER_LINES); k++) {
      int line = nonBlank[k];
      Optional<DatelineFormat.Found> found;
      try {
        found = Datelines.read(text, lines.contentStart(line), lines.contentEnd(line));
      } catch (DateTimeException e) {
        report(Diagnostic.Code.IMPOSSIBLE_DATE, line, lines.contentStart(line),
            "the dateline's date does not exist; kept as a paragraph");
        found = Optional.empty();
      }
      if (found.isPresent()) {
        datelineAt = k;
        dateline = found.get();
        break;
      }
      if (lines.contentEnd(line) - lines.contentStart(line) > MAX_HEADER_LINE) {
        break;
      }
    }
    int[] headerLines;
    Header header;
    if (datelineAt >= 0) {
      headerLines = Arrays.copyOf(nonBlank, datelineAt);
      header = new Header(text, lines, headerLines, false);
    } else {
      headerLines = bareHeader(nonBlank);
      header = new Header(text, lines, headerLines, true);
      if (nonBlank.length > 0) {
        int first = headerLines.length < nonBlank.length ? nonBlank[headerLines.length] : nonBlank[0];
        report(Diagnostic.Code.NO_DATELINE, first, lines.contentStart(first),
            "no dateline opens the body");
      }
    }
    return build(language, nonBlank, headerLines, header, datelineAt, dateline);
  }

  /** Without a dateline: leading timestamp, byline, topic and photo lines, and a headline. */
  private int[] bareHeader(int[] nonBlank) {
    int[] candidates = Arrays.copyOf(nonBlank, Math.min(nonBlank.length, MAX_HEADER_LINES));
    Header trial = new Header(text, lines, candidates, true);
    int taken = 0;
    while (taken < candidates.length) {
      Header.Kind kind = trial.kinds[taken];
      if (kind == Header.Kind.HEADLINE) {
        String content = trial.content(taken);
        boolean headline = content.length() <= MAX_BARE_HEADLINE
            && !endsSentence(content) && taken + 1 < nonBlank.length;
        if (!headline) {
          break;
        }
        taken++;
        continue;
      }
      if (kind == Header.Kind.EXTRA || kind == Header.Kind.LEAD || kind == Header.Kind.NONE) {
        break;
      }
      taken++;
    }
    return Arrays.copyOf(candidates, taken);
  }

  private ParseResult build(Language language, int[] nonBlank, int[] headerLines, Header header,
      int datelineAt, DatelineFormat.Found found) {
    // Lists are walked by index in this class: the JIT keeps most of their iterators, an object
    // each per article.
    for (int i = 0; i < header.impossibleDates.size(); i++) {
      int line = header.impossibleDates.get(i);
      report(Diagnostic.Code.IMPOSSIBLE_DATE, line, lines.contentStart(line),
          "the timestamp's date does not exist; kept as text");
    }
    Article.Builder article = Article.builder().language(language);
    Timestamp published = null;
    // Header lines left unrecognised, in order; at most one per header line.
    int[] extra = new int[headerLines.length];
    int extras = 0;
    int topics = 0;
    // Header elements, in text order.
    for (int k = 0; k < headerLines.length; k++) {
      int line = headerLines[k];
      int start = lines.contentStart(line);
      int end = lines.contentEnd(line);
      String content = header.content(k);
      switch (header.kinds[k]) {
        case PUBLISHED -> {
          published = header.publication.timestamp();
          article.published(published);
          int split = header.updateAt;
          int publishedEnd = end;
          if (split > 0) {
            publishedEnd = start + Chars.strip(content.substring(0, split)).length();
            Timestamp updated = header.update.timestamp();
            article.updated(updated);
            element(Part.UPDATED, 0, start + split, end,
                Timestamps.write(updated, true, language));
          }
          element(Part.PUBLISHED, 0, start, publishedEnd,
              Timestamps.write(published, false, language));
        }
        case UPDATED -> {
          Timestamp updated = header.update.timestamp();
          article.updated(updated);
          element(Part.UPDATED, 0, start, end, Timestamps.write(updated, true, language));
        }
        case BYLINE -> {
          article.byline(content);
          verbatim(Part.BYLINE, 0, start, content);
        }
        case TOPIC -> {
          article.addTopic(Topic.of(content));
          verbatim(Part.TOPIC, topics++, start, content);
        }
        case HEADLINE -> {
          article.headline(content);
          verbatim(Part.HEADLINE, 0, start, content);
        }
        case LEAD -> {
          article.lead(content);
          verbatim(Part.LEAD, 0, start, content);
        }
        case PHOTO -> {
          boolean twoLines = k + 1 < headerLines.length
              && header.kinds[k + 1] == Header.Kind.PHOTO_REST;
          int photoEnd = twoLines ? lines.contentEnd(headerLines[k + 1]) : end;
          article.photo(header.photo);
          element(Part.PHOTO, 0, start, photoEnd, Canonical.photo(header.photo));
        }
        case PHOTO_REST -> {
          // Written with the photo line above it.
        }
        default -> {
          extra[extras++] = line;
          report(Diagnostic.Code.UNRECOGNISED_HEADER_LINE, line, start,
              "header line not recognised; kept as a body paragraph");
        }
      }
    }
    // Body: the header lines left over, then the dateline paragraph and every line after it.
    int firstBody = datelineAt >= 0 ? datelineAt : headerLines.length;
    int[] bodyLines = Arrays.copyOf(extra, extras + nonBlank.length - firstBody);
    System.arraycopy(nonBlank, firstBody, bodyLines, extras, nonBlank.length - firstBody);
    Dateline dateline = found == null ? null
        : withYear(found.dateline(), published, lines.contentStart(nonBlank[datelineAt]));
    if (dateline != null) {
      article.dateline(dateline);
    }
    List<Block> body = new ArrayList<>(bodyLines.length);
    int[] blockLine = new int[bodyLines.length];
    int[] blockStart = new int[bodyLines.length];
    for (int line : bodyLines) {
      int start = lines.contentStart(line);
      if (dateline != null && line == nonBlank[datelineAt]) {
        int datelineEnd = start + found.end();
        element(Part.DATELINE, 0, start, datelineEnd, Datelines.write(dateline, language));
        start = datelineEnd;
        while (start < lines.contentEnd(line) && Chars.isSpace(text.charAt(start))) {
          start++;
        }
        if (start == lines.contentEnd(line)) {
          continue;
        }
      }
      blockLine[body.size()] = line;
      blockStart[body.size()] = start;
      body.add(Block.paragraph(text.substring(start, lines.contentEnd(line))));
    }
    for (int i = 0; i < body.size(); i++) {
      if (isSubheading(body, i, blockLine)) {
        body.set(i, Block.subheading(body.get(i).text()));
      }
      verbatim(Part.BLOCK, i, blockStart[i], body.get(i).text());
    }
    article.body(body);
    if (options.quotes()) {
      QuoteFinder.Result quotes = QuoteFinder.find(body, language);
      article.quotes(quotes.quotes()).speakers(quotes.speakers());
      for (int i = 0; i < quotes.unbalanced().size(); i++) {
        Span mark = quotes.unbalanced().get(i);
        int line = blockLine[mark.block()];
        report(Diagnostic.Code.UNBALANCED_QUOTE, line, blockStart[mark.block()] + mark.start(),
            "a quotation mark left unpaired in its paragraph");
      }
    }
    article.layout(layout());
    Article built = article.build();
    checkOrder(built, headerLines, header);
    if (diagnostics == null) {
      return new ParseResult(built, List.of());
    }
    // Found out of text order (the header after the dateline search): sort, then cap.
    diagnostics.sort(IN_TEXT_ORDER);
    int kept = options.strict() ? Math.max(1, options.maxDiagnostics()) : options.maxDiagnostics();
    return new ParseResult(built, diagnostics.subList(0, Math.min(kept, diagnostics.size())));
  }

  /** The dateline with its year, from the publication time or else the reference date. */
  private Dateline withYear(Dateline dateline, Timestamp published, int offset) {
    Optional<LocalDate> reference = published == null ? Optional.empty() : published.date();
    if (reference.isEmpty()) {
      reference = options.referenceDate();
    }
    if (reference.isEmpty() || dateline.monthDay().isEmpty()) {
      return dateline;
    }
    MonthDay md = dateline.monthDay().get();
    LocalDate ref = reference.get();
    int year = ref.getYear();
    // A December dateline in January copy is last year's, a January one in December next year's.
    if (md.getMonthValue() == 12 && ref.getMonthValue() == 1) {
      year--;
    } else if (md.getMonthValue() == 1 && ref.getMonthValue() == 12) {
      year++;
    }
    if (!md.isValidYear(year)) {
      report(Diagnostic.Code.IMPOSSIBLE_DATE, lineAt(offset), offset,
          "the dateline's " + md + " does not exist in " + year);
      return dateline;
    }
    return Dateline.copyOf(dateline).withYear(year);
  }

  private void checkOrder(Article article, int[] headerLines, Header header) {
    if (article.published().isPresent() && article.updated().isPresent()
        && isBefore(article.updated().get(), article.published().get())) {
      for (int k = 0; k < headerLines.length; k++) {
        if (header.kinds[k] == Header.Kind.UPDATED) {
          report(Diagnostic.Code.TIMESTAMPS_OUT_OF_ORDER, headerLines[k],
              lines.contentStart(headerLines[k]), "the update time is before the publication time");
        }
      }
    }
  }

  /** Compares instants when both timestamps print a zone, local times otherwise. */
  private static boolean isBefore(Timestamp a, Timestamp b) {
    if (a.dateTime().isEmpty() || b.dateTime().isEmpty()) {
      return false;
    }
    if (a.offset().isPresent() && b.offset().isPresent()) {
      return a.dateTime().get().toInstant(a.offset().get())
          .isBefore(b.dateTime().get().toInstant(b.offset().get()));
    }
    return a.dateTime().get().isBefore(b.dateTime().get());
  }

  /** A short line between paragraphs, standing alone, that does not end a sentence. */
  private boolean isSubheading(List<Block> body, int i, int[] blockLine) {
    if (i == 0 || i == body.size() - 1) {
      return false;
    }
    int line = blockLine[i];
    if (line == 0 || line + 1 >= lines.count() || !lines.blank(line - 1) || !lines.blank(line + 1)) {
      return false;
    }
    return Subheadings.looksLikeOne(body.get(i).text());
  }

  static boolean endsSentence(String content) {
    char last = content.charAt(content.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  private int[] nonBlankLines() {
    int[] result = new int[lines.nonBlank()];
    int n = 0;
    for (int line = 0; line < lines.count(); line++) {
      if (!lines.blank(line)) {
        result[n++] = line;
      }
    }
    return result;
  }

  private void element(Part part, int index, int start, int end, String canonical) {
    // The raw text is usually the canonical text: share the string instead of copying.
    int length = end - start;
    if (canonical.length() == length && text.regionMatches(start, canonical, 0, length)) {
      verbatim(part, index, start, canonical);
    } else {
      place(start, Segment.of(part, index, text.substring(start, end), Optional.of(canonical)));
    }
  }

  /** An element whose canonical text is the text at its place, cut from it. */
  private void verbatim(Part part, int index, int start, String raw) {
    place(start, Segment.of(part, index, raw, Optional.empty()));
  }

  private void place(int start, Segment segment) {
    int k = elements.size();
    if (k == elementStarts.length) {
      elementStarts = Arrays.copyOf(elementStarts, 2 * k);
    }
    elementStarts[k] = (long) start << 32 | k;
    elements.add(segment);
  }

  /** The elements in text order with the trivia between them: every character in one segment. */
  private Layout layout() {
    Arrays.sort(elementStarts, 0, elements.size());
    List<Segment> segments = new ArrayList<>(elements.size() * 2 + 1);
    int position = 0;
    for (int k = 0; k < elements.size(); k++) {
      int start = (int) (elementStarts[k] >>> 32);
      Segment element = elements.get((int) elementStarts[k]);
      if (start > position) {
        segments.add(Segment.of(Part.TRIVIA, 0, trivia(position, start), Optional.empty()));
      }
      segments.add(element);
      position = start + element.raw().length();
    }
    if (position < text.length()) {
      segments.add(Segment.of(Part.TRIVIA, 0, trivia(position, text.length()), Optional.empty()));
    }
    return NO_SEGMENTS.withSegments(segments);
  }

  /** The text between two offsets, a shared constant when it is one of {@link #COMMON_TRIVIA}. */
  private String trivia(int start, int end) {
    for (String common : COMMON_TRIVIA) {
      if (common.length() == end - start && text.startsWith(common, start)) {
        return common;
      }
    }
    return text.substring(start, end);
  }

  private void report(Diagnostic.Code code, int line, int offset, String message) {
    if (diagnostics == null) {
      diagnostics = new ArrayList<>();
    } else if (diagnostics.size() >= MAX_FOUND) {
      return;
    }
    int end = Math.min(lines.contentEnd(line), offset + 60);
    String excerpt = offset < end ? text.substring(offset, end) : "";
    diagnostics.add(new Diagnostic(code, line + 1, offset - lines.start(line) + 1, message, excerpt));
  }

  private int lineAt(int offset) {
    int low = 0;
    int high = lines.count() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lines.start(mid) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
