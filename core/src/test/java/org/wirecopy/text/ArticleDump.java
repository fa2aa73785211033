package org.wirecopy.text;

import java.util.List;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Speaker;

/**
 * A stable, line-per-field text dump of an article and its diagnostics, for golden files. The
 * format is described in {@code seeds/README.md}.
 */
final class ArticleDump {

  private ArticleDump() {}

  static String of(ParseResult result) {
    Article a = result.article();
    StringBuilder out = new StringBuilder();
    field(out, "language", a.language().tag());
    field(out, "published", a.published().map(Object::toString).orElse("-"));
    field(out, "publishedAt", a.publishedAt().map(Object::toString).orElse("-"));
    field(out, "updated", a.updated().map(Object::toString).orElse("-"));
    field(out, "updatedAt", a.updatedAt().map(Object::toString).orElse("-"));
    a.topics().forEach(t -> field(out, "topic", t.name()));
    field(out, "byline", a.byline().orElse("-"));
    field(out, "headline", a.headline().orElse("-"));
    field(out, "photo.caption", a.photo().flatMap(p -> p.caption()).orElse("-"));
    field(out, "photo.credit", a.photo().flatMap(p -> p.credit()).orElse("-"));
    field(out, "lead", a.lead().orElse("-"));
    a.dateline().ifPresentOrElse(d -> {
      field(out, "dateline.place", d.place().orElse("-"));
      field(out, "dateline.region", d.region().orElse("-"));
      field(out, "dateline.date", d.date().map(Object::toString)
          .orElse(d.monthDay().map(Object::toString).orElse("-")));
      field(out, "dateline.agency", d.agency());
      field(out, "dateline.author", d.author().orElse("-"));
    }, () -> field(out, "dateline", "-"));
    List<Block> body = a.body();
    for (int i = 0; i < body.size(); i++) {
      field(out, "body[" + i + "]." + body.get(i).type().name().toLowerCase(), body.get(i).text());
    }
    for (Quote q : a.quotes()) {
      field(out, "quote", q.kind().name().toLowerCase() + " " + span(q.span().block(),
          q.span().start(), q.span().end()) + " " + q.text());
      field(out, "  speaker", q.speaker().map(Speaker::name).orElse("-"));
      field(out, "  cue", q.cue().map(Mention::text).orElse("-"));
    }
    for (Speaker s : a.speakers()) {
      field(out, "speaker", s.name() + (s.named() ? "" : " (unnamed)"));
      field(out, "  role", s.role().orElse("-"));
      for (Mention m : s.mentions()) {
        field(out, "  mention", span(m.span().block(), m.span().start(), m.span().end())
            + " " + m.text());
      }
    }
    result.diagnostics().forEach(d -> field(out, "diagnostic", d.code() + " " + d));
    return out.toString();
  }

  private static String span(int block, int start, int end) {
    return block + ":" + start + "-" + end;
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(value).append('\n');
  }
}
