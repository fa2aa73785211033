package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Language;
import org.wirecopy.model.Photo;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/**
 * The two round-trip laws as properties.
 *
 * <ol>
 *   <li>For every string {@code s}: {@code write(parse(s))} equals {@code s}.
 *   <li>For every well-formed article {@code a} built in code: {@code parse(write(a))} equals
 *       {@code a}. Well-formed is documented on {@link ArticleWriter}.
 * </ol>
 *
 * <p>And the law of a parser that reads the structure only: its article has no quotes or
 * speakers, writes back the text, and {@link ArticleParser#attribute} gives the full parse.
 *
 * <p>Each property has a fixed seed, so every run tries the same inputs and a failure reproduces.
 */
class RoundTripProperties {

  private static final ArticleParser STRUCTURE_ONLY = ArticleParser.builder().quotes(false).build();

  @Property(tries = 1000, seed = "20161206")
  void write_parse_givesBackAnyString(@ForAll("hostileStrings") String s) {
    assertThat(ArticleWriter.write(ArticleParser.parse(s))).isEqualTo(s);
  }

  @Property(tries = 500, seed = "20240325")
  void write_parse_givesBackArticleLikeText(@ForAll("articleLikeText") String s) {
    assertThat(ArticleWriter.write(ArticleParser.parse(s))).isEqualTo(s);
  }

  @Property(tries = 500, seed = "20261127")
  void attribute_structureOnlyParse_givesTheFullParse(@ForAll("articleLikeText") String s) {
    Article structure = STRUCTURE_ONLY.read(s).article();

    assertThat(structure.quotes()).isEmpty();
    assertThat(structure.speakers()).isEmpty();
    assertThat(ArticleWriter.write(structure)).isEqualTo(s);
    assertThat(ArticleParser.attribute(structure)).isEqualTo(ArticleParser.parse(s));
  }

  @Property(tries = 500, seed = "19990101")
  void parse_write_givesBackWellFormedArticle(@ForAll("wellFormedArticles") Article a) {
    String text = ArticleWriter.write(a);

    assertThat(ArticleParser.parse(text)).isEqualTo(a);
  }

  @Property(tries = 300, seed = "20260529")
  void write_editedHeadline_changesOnlyTheHeadline(@ForAll("wellFormedArticles") Article a,
      @ForAll("headlines") String headline) {
    Article parsed = ArticleParser.parse(ArticleWriter.write(a));
    if (parsed.headline().isEmpty()) {
      return;
    }
    String original = ArticleWriter.write(parsed);
    String edited = ArticleWriter.write(parsed.withHeadline(headline));

    StringBuilder expected = new StringBuilder();
    for (org.wirecopy.model.Segment segment : parsed.layout().orElseThrow().segments()) {
      expected.append(segment.part() == org.wirecopy.model.Part.HEADLINE ? headline : segment.raw());
    }

    assertThat(edited).isEqualTo(expected.toString());
    assertThat(ArticleParser.parse(edited).headline()).contains(headline);
  }

  // ---- generators -------------------------------------------------------------------------

  private static final String HOSTILE_CHARS = "аАяЯёЁzZ09 .,;:!?-–—\"'«»„“”‘’()[]/\\©*#"
      + "\n\r\t\u00a0\u2009\u202f\ufeff\u0000\u0007\u2028\ud83d\ude00";

  @Provide
  Arbitrary<String> hostileStrings() {
    Arbitrary<String> chars = Arbitraries.strings().withChars(HOSTILE_CHARS.toCharArray())
        .ofMaxLength(200);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(80);
    Arbitrary<String> loneSurrogates = Arbitraries.strings().withCharRange('\ud800', '\udfff')
        .ofMaxLength(5);
    return Arbitraries.oneOf(chars, any, loneSurrogates,
        Combinators.combine(articleLikeText(), chars).as((a, b) -> a + b));
  }

  private static final List<String> LINES = List.of(
      "6 декабря 2016, 18:39,", "обновлено 6\u00a0декабря\u00a02016,\u00a019:10", "2 СЕН, 18:42",
      "обновлено 16:05", "30 Apr 2020, 16:57", "2024-12-26 21:09:18", "2024-06-27T12:25:52Z",
      "20190121T102708", "18.11.2022, 11:08", "31.02.2022", "10:43", "31 февраля 2016, 10:00", "Кризис в Сирии",
      "Главы МИД НАТО призвали Россию к прекращению боев в Сирии",
      "Йенс Столтенберг. EPA/\u2009STEPHANIE LECOCQ", "Йенс Столтенберг",
      "© Гавриил Григоров/ пресс-служба президента РФ/ ТАСС", "Редакция сайта ТАСС",
      "БРЮССЕЛЬ, 6 декабря. /Корр. ТАСС Виктория Дубровина/. Главы МИД НАТО призвали к миру.",
      "НЬЮ-ЙОРК, 1 июля. /ТАСС/. Текст.", "ТАСС, 17 мая. Четыре пункта.", "TASS, August 15. Four points.",
      "MOSCOW, December 6. /TASS/. The Kremlin said.", "МОСКВА, 31 февраля. /ТАСС/. Нет даты.",
      "\"Мы видим угрозу\", - заявил он.", "\"Незакрытая кавычка, - сказал он.",
      "НАТО видит усиление присутствия РФ на Балканах", "«Да», — сказал Песков.",
      "\"It is negative,\" Peskov said.", "   ", "", "\u00a0", "©", ". /ТАСС/.");

  @Provide
  Arbitrary<String> articleLikeText() {
    Arbitrary<String> line = Arbitraries.of(LINES);
    Arbitrary<String> end = Arbitraries.of("\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n");
    Arbitrary<String> pad = Arbitraries.of("", "", "", " ", "\u00a0", "  \t");
    Arbitrary<String> piece = Combinators.combine(pad, line, pad, end)
        .as((a, b, c, d) -> a + b + c + d);
    return Combinators.combine(Arbitraries.of("", "", "\ufeff"), piece.list().ofMaxSize(25),
        Arbitraries.of(true, false))
        .as((bom, pieces, trimEnd) -> {
          String text = bom + String.join("", pieces);
          return trimEnd ? text.stripTrailing() : text;
        });
  }

  private static final List<String> RU_WORDS = List.of("мир", "глава", "встреча", "сегодня",
      "переговоры", "ситуация", "страна", "решение", "вопрос", "помощь", "процесс", "регион",
      "альянс", "министр", "заявление", "дискуссия", "территория", "поддержка", "развитие");
  private static final List<String> EN_WORDS = List.of("peace", "talks", "meeting", "today",
      "country", "decision", "question", "support", "process", "region", "alliance", "minister",
      "statement", "discussion", "territory", "development", "agreement", "security");
  private static final List<String> RU_PLACES = List.of("МОСКВА", "БРЮССЕЛЬ", "НЬЮ-ЙОРК",
      "САНКТ-ПЕТЕРБУРГ", "РИО-ДЕ-ЖАНЕЙРО", "НОВО-ОГАРЕВО");
  private static final List<String> EN_PLACES = List.of("MOSCOW", "BRUSSELS", "NEW YORK",
      "ST. PETERSBURG", "IGORA");

  private static Arbitrary<String> words(Language language, int min, int max) {
    List<String> pool = language == Language.ENGLISH ? EN_WORDS : RU_WORDS;
    return Arbitraries.of(pool).list().ofMinSize(min).ofMaxSize(max)
        .map(ws -> String.join(" ", ws));
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Arbitrary<String> sentence(Language language) {
    Arbitrary<String> plain = words(language, 2, 12).map(s -> capitalised(s) + ".");
    Arbitrary<String> quoted = Combinators.combine(words(language, 2, 10), words(language, 1, 2))
        .as((q, n) -> language == Language.ENGLISH
            ? "\"" + capitalised(q) + ",\" he said."
            : "\"" + capitalised(q) + "\", - сказал " + capitalised(n) + ".");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, quoted));
  }

  private static Arbitrary<String> paragraph(Language language) {
    return sentence(language).list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
  }

  @Provide
  Arbitrary<String> headlines() {
    return words(Language.RUSSIAN, 2, 8).map(RoundTripProperties::capitalised);
  }

  private static Arbitrary<Timestamp> timestamps() {
    Arbitrary<Integer> year = Arbitraries.integers().between(1995, 2030);
    Arbitrary<MonthDay> md = Arbitraries.integers().between(1, 12).flatMap(m ->
        Arbitraries.integers().between(1, 28).map(d -> MonthDay.of(m, d)));
    Arbitrary<LocalTime> time = Combinators.combine(Arbitraries.integers().between(0, 23),
        Arbitraries.integers().between(0, 59), Arbitraries.of(0, 0, 0, 17))
        .as(LocalTime::of);
    Arbitrary<Timestamp> full = Combinators.combine(year, md, time)
        .as((y, m, t) -> Timestamp.builder().year(y).monthDay(m).time(t).build());
    Arbitrary<Timestamp> noYear = Combinators.combine(md, time)
        .as((m, t) -> Timestamp.builder().monthDay(m).time(t).build());
    Arbitrary<Timestamp> timeOnly = time.map(t -> Timestamp.builder().time(t).build());
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, full),
        net.jqwik.api.Tuple.of(1, noYear), net.jqwik.api.Tuple.of(1, timeOnly));
  }

  @Provide
  Arbitrary<Article> wellFormedArticles() {
    return Arbitraries.of(Language.RUSSIAN, Language.ENGLISH).flatMap(this::article);
  }

  private Arbitrary<Article> article(Language language) {
    Arbitrary<Optional<Timestamp>> published = timestamps().optional(0.7);
    Arbitrary<Optional<Timestamp>> updated = timestamps().optional(0.3);
    Arbitrary<List<String>> topics = words(language, 1, 3).map(RoundTripProperties::capitalised)
        .list().ofMaxSize(2);
    Arbitrary<Optional<String>> headline = words(language, 2, 10)
        .map(RoundTripProperties::capitalised).optional(0.9);
    Arbitrary<Optional<String>> lead = words(language, 3, 15)
        .map(RoundTripProperties::capitalised).optional(0.6);
    Arbitrary<Optional<Photo>> photo = Combinators.combine(
        words(language, 1, 3).map(RoundTripProperties::capitalised).optional(0.8),
        Arbitraries.of(language == Language.ENGLISH
            ? List.of("EPA/\u2009STEPHANIE LECOCQ", "AP Photo", "Sergei Bobylev/TASS")
            : List.of("Михаил Синицын/ ТАСС", "Пресс-служба президента РФ/ ТАСС")))
        .as((c, cr) -> Photo.builder().caption(c).credit(cr).build()).optional(0.4);
    Arbitrary<Optional<String>> byline = Arbitraries.of(language == Language.ENGLISH
        ? "Editorial board of TASS" : "Редакция сайта ТАСС").optional(0.3);
    Arbitrary<Optional<Dateline>> dateline = Combinators.combine(
        Arbitraries.of(language == Language.ENGLISH ? EN_PLACES : RU_PLACES),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
        Arbitraries.of(Optional.<String>empty(), Optional.of(language == Language.ENGLISH
            ? "John Smith" : "Виктория Дубровина")))
        .as((place, m, d, author) -> Dateline.builder().place(place).monthDay(MonthDay.of(m, d))
            .agency(language == Language.ENGLISH ? "TASS" : "ТАСС").author(author).build())
        .optional(0.85);
    Arbitrary<List<Block>> body = Combinators.combine(
        paragraph(language).list().ofMinSize(1).ofMaxSize(6),
        words(language, 2, 6).map(RoundTripProperties::capitalised).optional(0.3))
        .as((paragraphs, subheading) -> {
          List<Block> blocks = new ArrayList<>();
          paragraphs.forEach(p -> blocks.add(Block.paragraph(p)));
          if (subheading.isPresent() && blocks.size() >= 2) {
            blocks.add(1, Block.subheading(subheading.get()));
          }
          return blocks;
        });
    return Builders.withBuilder(() -> Article.builder().language(language))
        .use(published).in((b, v) -> b.published(v))
        .use(updated).in((b, v) -> b.updated(v))
        .use(topics).in((b, v) -> b)
        .use(headline).in((b, v) -> b.headline(v))
        .use(lead).in((b, v) -> b.lead(v))
        .use(photo).in((b, v) -> b.photo(v))
        .use(byline).in((b, v) -> b.byline(v))
        .use(dateline).in((b, v) -> b.dateline(v))
        .use(body).in((b, v) -> b.body(v))
        .use(topics).in((b, v) -> {
          Article partial = b.build();
          if (partial.published().isPresent() || partial.updated().isPresent()) {
            v.forEach(t -> b.addTopic(Topic.of(t)));
          }
          return b;
        })
        .build(b -> wellFormed(b.build()));
  }

  /** Applies the rules of a well-formed article that the generators do not already keep. */
  private static Article wellFormed(Article a) {
    Article result = a;
    if (result.dateline().isEmpty() || result.headline().isEmpty()) {
      result = result.withLead(Optional.empty());
    }
    if (result.dateline().isPresent()) {
      Dateline d = result.dateline().get();
      Optional<Integer> year = result.published().flatMap(Timestamp::date).map(date -> {
        int y = date.getYear();
        int m = d.monthDay().orElseThrow().getMonthValue();
        return m == 12 && date.getMonthValue() == 1 ? y - 1
            : m == 1 && date.getMonthValue() == 12 ? y + 1 : y;
      });
      result = result.withDateline(d.withYear(year));
    }
    return ArticleParser.attribute(result);
  }
}
