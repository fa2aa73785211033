package org.wirecopy.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Part;
import org.wirecopy.model.Segment;
import org.wirecopy.model.Topic;

/**
 * Writes an {@link Article} as text.
 *
 * <p>An article read by {@link ArticleParser} is written from its layout: every element whose
 * value is unchanged writes its source text, so an unedited article gives back its input byte for
 * byte; an element edited through {@code with*} writes its new canonical text in the old place;
 * removed elements are left out; body blocks added at the end are appended. Any other new element
 * (a headline where there was none) makes the whole article written canonically, as is an article
 * built in code:
 *
 * <pre>
 * 6 декабря 2016, 18:39          publication time, then the update time
 * обновлено 6 декабря 2016, 19:10
 * Кризис в Сирии                 topics, one a line, right under the timestamps
 *
 * Headline
 *
 * Редакция сайта ТАСС            byline
 *
 * Caption © Credit               photo
 *
 * Lead
 *
 * БРЮССЕЛЬ, 6 декабря. /ТАСС/. First paragraph.
 *
 * Subheading
 *
 * Paragraph.
 * </pre>
 */
public final class ArticleWriter {

  private ArticleWriter() {}

  /**
   * Writes an article as text.
   *
   * @param article the article
   * @return the text
   */
  public static String write(Article article) {
    StringBuilder out = new StringBuilder();
    try {
      write(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Writes an article as text to an appendable.
   *
   * @param article the article
   * @param out where to write
   * @throws IOException if the appendable fails
   */
  public static void write(Article article, Appendable out) throws IOException {
    Optional<Layout> layout = article.layout();
    if (layout.isEmpty() || !fits(article, layout.get())) {
      writeCanonical(article, out);
      return;
    }
    List<Segment> segments = layout.get().segments();
    int blocks = 0;
    char last = 0;
    for (Segment segment : segments) {
      String text;
      if (segment.part() == Part.TRIVIA) {
        text = segment.raw();
      } else {
        Optional<String> canonical = Canonical.of(article, segment.part(), segment.index());
        if (canonical.isEmpty()) {
          continue;
        }
        text = canonical.get().equals(segment.readAs()) ? segment.raw() : canonical.get();
        if (segment.part() == Part.BLOCK) {
          blocks = Math.max(blocks, segment.index() + 1);
        }
      }
      out.append(text);
      if (!text.isEmpty()) {
        last = text.charAt(text.length() - 1);
      }
    }
    List<Block> body = article.body();
    for (int i = blocks; i < body.size(); i++) {
      boolean lineEnded = last == '\n' || last == '\r';
      out.append(lineEnded ? "\n" : "\n\n").append(body.get(i).text());
      if (lineEnded) {
        out.append('\n');
      }
      last = lineEnded ? '\n' : 'x';
    }
  }

  /** Whether every element of the article has a place in the layout (or is a block to append). */
  private static boolean fits(Article article, Layout layout) {
    boolean[] seen = new boolean[Part.values().length];
    int topics = 0;
    boolean anyBlock = false;
    for (Segment segment : layout.segments()) {
      seen[segment.part().ordinal()] = true;
      if (segment.part() == Part.TOPIC) {
        topics = Math.max(topics, segment.index() + 1);
      }
      anyBlock |= segment.part() == Part.BLOCK;
    }
    return (article.published().isEmpty() || seen[Part.PUBLISHED.ordinal()])
        && (article.updated().isEmpty() || seen[Part.UPDATED.ordinal()])
        && article.topics().size() <= topics
        && (article.byline().isEmpty() || seen[Part.BYLINE.ordinal()])
        && (article.headline().isEmpty() || seen[Part.HEADLINE.ordinal()])
        && (article.photo().isEmpty() || seen[Part.PHOTO.ordinal()])
        && (article.lead().isEmpty() || seen[Part.LEAD.ordinal()])
        && (article.dateline().isEmpty() || seen[Part.DATELINE.ordinal()])
        && (article.body().isEmpty() || anyBlock || article.dateline().isEmpty());
  }

  private static void writeCanonical(Article article, Appendable out) throws IOException {
    boolean group = false;
    if (article.published().isPresent()) {
      line(out, Canonical.of(article, Part.PUBLISHED, 0).orElseThrow());
      group = true;
    }
    if (article.updated().isPresent()) {
      line(out, Canonical.of(article, Part.UPDATED, 0).orElseThrow());
      group = true;
    }
    for (Topic topic : article.topics()) {
      line(out, topic.name());
      group = true;
    }
    boolean any = group;
    for (Optional<String> element : List.of(article.headline(), article.byline(),
        article.photo().map(Canonical::photo), article.lead())) {
      if (element.isPresent()) {
        if (any) {
          out.append('\n');
        }
        line(out, element.get());
        any = true;
      }
    }
    List<Block> body = article.body();
    boolean datelineWritten = article.dateline().isEmpty();
    for (int i = 0; i < body.size() || !datelineWritten; i++) {
      if (any) {
        out.append('\n');
      }
      if (!datelineWritten) {
        out.append(Canonical.of(article, Part.DATELINE, 0).orElseThrow());
        datelineWritten = true;
        if (i < body.size()) {
          out.append(' ');
        }
      }
      if (i < body.size()) {
        out.append(body.get(i).text());
      }
      out.append('\n');
      any = true;
    }
  }

  private static void line(Appendable out, String text) throws IOException {
    out.append(text).append('\n');
  }
}
