package org.wirecopy.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news-agency article: its header, body, and who said what in it.
 *
 * <p>Build one with {@code Article.builder()}, or get one from {@code ArticleParser.parse(...)};
 * copy it with {@code with*} ({@code article.withHeadline("...")}). An article read from text keeps
 * its {@link #layout()}, so that writing it gives back the same text; the layout takes no part in
 * {@link #equals(Object)}.
 */
@Value.Immutable
public abstract class AbstractArticle {

  /**
   * The language of the text.
   *
   * @return the language
   */
  @Value.Default
  public Language language() {
    return Language.UNDETERMINED;
  }

  /**
   * The publication timestamp.
   *
   * @return the timestamp, with whatever parts the text gives
   */
  public abstract Optional<Timestamp> published();

  /**
   * The update timestamp ({@code обновлено 6 декабря 2016, 19:10}).
   *
   * @return the timestamp
   */
  public abstract Optional<Timestamp> updated();

  /**
   * Rubrics and story tags printed above the headline.
   *
   * @return the topics
   */
  public abstract List<Topic> topics();

  /**
   * The byline line ({@code Редакция сайта ТАСС}).
   *
   * @return the byline
   */
  public abstract Optional<String> byline();

  /**
   * The headline.
   *
   * @return the headline
   */
  public abstract Optional<String> headline();

  /**
   * The photo's caption and credit.
   *
   * @return the photo
   */
  public abstract Optional<Photo> photo();

  /**
   * The lead (standfirst) between headline and body.
   *
   * @return the lead
   */
  public abstract Optional<String> lead();

  /**
   * The dateline that opens the body.
   *
   * @return the dateline
   */
  public abstract Optional<Dateline> dateline();

  /**
   * The body: paragraphs and subheadings in order.
   *
   * @return the blocks
   */
  public abstract List<Block> body();

  /**
   * The quotes in the body, in text order.
   *
   * @return the quotes
   */
  public abstract List<Quote> quotes();

  /**
   * The speakers of the quotes, in order of first mention.
   *
   * @return the speakers
   */
  public abstract List<Speaker> speakers();

  /**
   * The source text this article was read from, cut into its elements; empty for an article built
   * in code. Not part of equality.
   *
   * @return the layout
   */
  @Value.Auxiliary
  public abstract Optional<Layout> layout();

  /**
   * The publication time, when the timestamp gives a full date and time.
   *
   * @return the local date and time
   */
  public Optional<LocalDateTime> publishedAt() {
    return published().flatMap(Timestamp::dateTime);
  }

  /**
   * The update time, when the timestamp gives a full date and time.
   *
   * @return the local date and time
   */
  public Optional<LocalDateTime> updatedAt() {
    return updated().flatMap(Timestamp::dateTime);
  }

  /**
   * The quotes of one speaker, in text order.
   *
   * @param speaker a speaker of this article
   * @return the quotes attributed to it
   */
  public List<Quote> quotesBy(Speaker speaker) {
    List<Quote> result = new ArrayList<>();
    for (Quote quote : quotes()) {
      if (quote.speaker().filter(s -> s.name().equals(speaker.name())).isPresent()) {
        result.add(quote);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The speaker of that name, if any.
   *
   * @param name the full name, as in {@link Speaker#name()}
   * @return the speaker
   */
  public Optional<Speaker> speaker(String name) {
    return speakers().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  @Value.Check
  void check() {
    headline().ifPresent(h -> Checks.oneLine("headline", h));
    lead().ifPresent(l -> Checks.oneLine("lead", l));
    byline().ifPresent(b -> Checks.oneLine("byline", b));
    for (Quote quote : quotes()) {
      Span span = quote.span();
      if (span.block() >= body().size()
          || span.end() > body().get(span.block()).text().length()) {
        throw new IllegalStateException(
            "quote offsets fall outside the body: block " + span.block() + ", "
                + span.start() + ".." + span.end());
      }
      if (!body().get(span.block()).text().regionMatches(span.start(), quote.text(), 0, span.length())) {
        throw new IllegalStateException(
            "quote text differs from the body at its offsets: " + Checks.excerpt(quote.text()));
      }
    }
  }
}
