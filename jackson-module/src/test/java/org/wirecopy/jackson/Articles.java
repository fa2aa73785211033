package org.wirecopy.jackson;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.BlockType;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Part;
import org.wirecopy.model.Photo;
import org.wirecopy.model.Quote;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Segment;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/**
 * Generators of articles built in code: Cyrillic and Latin text with the characters JSON must
 * escape, partial timestamps, datelines with and without a year, and quotes, cues and mentions
 * whose spans and texts agree with the body.
 */
final class Articles {

  private Articles() {}

  /** Any article. */
  static Arbitrary<Article> articles() {
    return body().flatMap(body -> speakers(body).flatMap(speakers -> Combinators.combine(
            header(), quotes(body, speakers), layouts().optional(0.3))
        .as((header, quotes, layout) -> header
            .withBody(body)
            .withSpeakers(speakers)
            .withQuotes(quotes)
            .withLayout(layout))));
  }

  /** The members before the body. */
  static Arbitrary<Article> header() {
    return Builders.withBuilder(Article::builder)
        .use(Arbitraries.of(Language.class)).in(Article.Builder::language)
        .use(timestamps().optional(0.8)).in(Article.Builder::published)
        .use(timestamps().optional(0.4)).in(Article.Builder::updated)
        .use(line(1, 4).map(Topic::of).list().ofMaxSize(3)).in(Article.Builder::topics)
        .use(line(1, 4).optional(0.3)).in(Article.Builder::byline)
        .use(line(1, 12).optional(0.9)).in(Article.Builder::headline)
        .use(line(1, 20).optional(0.6)).in(Article.Builder::lead)
        .use(photos().optional(0.5)).in(Article.Builder::photo)
        .use(datelines().optional(0.7)).in(Article.Builder::dateline)
        .build(Article.Builder::build);
  }

  /** Timestamps with any of their parts, as wire copy prints them. */
  static Arbitrary<Timestamp> timestamps() {
    Arbitrary<LocalTime> times = Combinators.combine(
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 59))))
        .as(LocalTime::of);
    Arbitrary<ZoneOffset> offsets = Arbitraries.of(
        ZoneOffset.UTC, ZoneOffset.ofHours(3), ZoneOffset.ofHoursMinutes(-5, -30));
    return Combinators.combine(
            monthDays().optional(0.8), years().optional(0.7), times.optional(0.8),
            offsets.optional(0.2))
        .as((monthDay, year, time, offset) -> {
          Timestamp.Builder timestamp = Timestamp.builder().monthDay(monthDay);
          if (monthDay.isPresent() && year.isPresent() && monthDay.get().isValidYear(year.get())) {
            timestamp.year(year.get());
          }
          if (monthDay.isEmpty() && time.isEmpty()) {
            return timestamp.time(LocalTime.NOON).build();
          }
          return timestamp.time(time).offset(time.isPresent() ? offset : Optional.empty()).build();
        });
  }

  /** Datelines with and without place, date, year and author. */
  static Arbitrary<Dateline> datelines() {
    return Combinators.combine(
            line(1, 2).optional(0.8), line(1, 2).optional(0.2), monthDays().optional(0.8),
            years().optional(0.6),
            Arbitraries.oneOf(Arbitraries.of("ТАСС", "TASS", "ITAR-TASS"), line(1, 2)),
            line(2, 3).optional(0.4))
        .as((place, region, monthDay, year, agency, author) -> Dateline.builder()
            .place(place)
            .region(region)
            .monthDay(monthDay)
            .year(monthDay.isPresent() && year.isPresent() && monthDay.get().isValidYear(year.get())
                ? year : Optional.empty())
            .agency(agency)
            .author(author)
            .build());
  }

  static Arbitrary<Photo> photos() {
    return Combinators.combine(line(1, 6).optional(0.8), line(1, 3).optional(0.8))
        .as((caption, credit) -> caption.isEmpty() && credit.isEmpty()
            ? Photo.builder().credit("ТАСС").build()
            : Photo.builder().caption(caption).credit(credit).build());
  }

  /** Bodies of paragraphs and subheadings. */
  static Arbitrary<List<Block>> body() {
    Arbitrary<BlockType> types = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(BlockType.PARAGRAPH)),
        Tuple.of(1, Arbitraries.just(BlockType.SUBHEADING)));
    return Combinators.combine(types, line(1, 30)).as(Block::of).list().ofMaxSize(6);
  }

  /** Speakers whose mentions stand in the body. */
  static Arbitrary<List<Speaker>> speakers(List<Block> body) {
    return speaker(body).list().ofMaxSize(3);
  }

  static Arbitrary<Speaker> speaker(List<Block> body) {
    Arbitrary<List<Mention>> mentions = body.isEmpty()
        ? Arbitraries.just(List.of())
        : mention(body).list().ofMaxSize(3);
    return Combinators.combine(
            line(1, 3), line(1, 3).optional(0.5), Arbitraries.of(true, true, false), mentions)
        .as((name, role, named, said) ->
            Speaker.builder().name(name).role(role).named(named).mentions(said).build());
  }

  /** Quotes that stand in the body, said by one of the speakers, by another, or by no one. */
  static Arbitrary<List<Quote>> quotes(List<Block> body, List<Speaker> speakers) {
    if (body.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Optional<Speaker>> listed = speakers.isEmpty()
        ? Arbitraries.just(Optional.empty())
        : Arbitraries.of(speakers).map(Optional::of);
    Arbitrary<Optional<Speaker>> saidBy = Arbitraries.frequencyOf(
        Tuple.of(4, listed),
        Tuple.of(1, Arbitraries.just(Optional.empty())),
        Tuple.of(1, speaker(body).map(Optional::of)));
    return Combinators.combine(
            span(body), Arbitraries.of(QuoteKind.class), saidBy, mention(body).optional(0.6))
        .as((span, kind, speaker, cue) -> Quote.builder()
            .text(textAt(body, span))
            .span(span)
            .kind(kind)
            .speaker(speaker)
            .cue(cue)
            .build())
        .list()
        .ofMaxSize(4);
  }

  static Arbitrary<Mention> mention(List<Block> body) {
    return span(body).map(span -> Mention.of(textAt(body, span), span));
  }

  /** A span inside one of the blocks that splits no surrogate pair. */
  static Arbitrary<Span> span(List<Block> body) {
    return Arbitraries.integers().between(0, body.size() - 1).flatMap(block -> {
      String text = body.get(block).text();
      return Arbitraries.integers().between(0, text.length()).flatMap(start ->
          Arbitraries.integers().between(start, Math.min(text.length(), start + 40)).map(end ->
              Span.of(block, boundary(text, start), Math.max(boundary(text, start),
                  boundary(text, end)))));
    });
  }

  /** Layouts of any segments: the model does not tie them to the article. */
  static Arbitrary<Layout> layouts() {
    Arbitrary<String> raw = Arbitraries.strings()
        .withCharRange('а', 'я').withCharRange('a', 'z')
        .withChars(' ', '\n', '\r', '\t', '\u00a0', '\ufeff', '"', '\\', '«', '»')
        .ofMaxLength(30);
    Arbitrary<Segment> segments = Combinators.combine(
            Arbitraries.of(Part.class), Arbitraries.integers().between(0, 5), raw,
            line(1, 5).optional(0.3))
        .as((part, index, text, canonical) ->
            Segment.of(part, index, text, part == Part.TRIVIA ? Optional.empty() : canonical));
    return segments.list().ofMaxSize(8).map(list -> Layout.builder().segments(list).build());
  }

  /**
   * One line of words: no line break, no white space at its ends, but quotes, backslashes, no-break
   * spaces, tabs, control and astral characters inside.
   */
  static Arbitrary<String> line(int minWords, int maxWords) {
    Arbitrary<String> separators = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(" ")),
        Tuple.of(1, Arbitraries.of("\u00a0", " - ", "\t", ", ", "  ")));
    Arbitrary<String> rest = Combinators.combine(separators, word())
        .as(String::concat)
        .list()
        .ofMinSize(minWords - 1)
        .ofMaxSize(maxWords - 1)
        .map(words -> String.join("", words));
    return Combinators.combine(word(), rest).as(String::concat);
  }

  static Arbitrary<String> word() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.strings()
            .withCharRange('а', 'я').withCharRange('А', 'Я').withChars('ё', 'Ё')
            .ofMinLength(1).ofMaxLength(12)),
        Tuple.of(3, Arbitraries.strings()
            .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
            .ofMinLength(1).ofMaxLength(12)),
        Tuple.of(1, Arbitraries.of(
            "\"То", "это\",", "«Ёлки»", "C:\\path", "/Корр.", "ИГ)", "—", "%s", "</script>",
            "\u0001", "😀", "x\u2028y", "'", "{}")));
  }

  private static Arbitrary<MonthDay> monthDays() {
    return Arbitraries.integers().between(1, 366).map(day -> MonthDay.from(LocalDate.ofYearDay(2016, day)));
  }

  private static Arbitrary<Integer> years() {
    return Arbitraries.integers().between(1991, 2030);
  }

  private static String textAt(List<Block> body, Span span) {
    return body.get(span.block()).text().substring(span.start(), span.end());
  }

  /** The offset, moved back off the low half of a surrogate pair. */
  private static int boundary(String text, int offset) {
    return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
        ? offset - 1 : offset;
  }
}
