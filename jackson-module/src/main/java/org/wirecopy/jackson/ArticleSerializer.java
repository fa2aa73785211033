package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.wirecopy.model.Article;
import org.wirecopy.model.Quote;

/**
 * Writes an article with every member, in a fixed order; absent values are null, absent lists
 * empty. {@code published} and {@code updated} are the full local date-times, null when the
 * timestamp is partial; the {@code *Timestamp} members keep the parts as printed.
 */
final class ArticleSerializer extends StdSerializer<Article> {

  static final ArticleSerializer INSTANCE = new ArticleSerializer();

  private ArticleSerializer() {
    super(Article.class);
  }

  @Override
  public void serialize(Article article, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(article);
    gen.writeStringField("language", EnumNames.LANGUAGE.name(article.language()));
    Output.string(gen, "published", article.publishedAt().map(Output::dateTime));
    Output.string(gen, "updated", article.updatedAt().map(Output::dateTime));
    Output.object(
        gen, provider, "publishedTimestamp", article.published(), TimestampSerializer.INSTANCE);
    Output.object(
        gen, provider, "updatedTimestamp", article.updated(), TimestampSerializer.INSTANCE);
    Output.array(gen, provider, "topics", article.topics(), TopicSerializer.INSTANCE);
    Output.string(gen, "byline", article.byline());
    Output.string(gen, "headline", article.headline());
    Output.string(gen, "lead", article.lead());
    Output.object(gen, provider, "photo", article.photo(), PhotoSerializer.INSTANCE);
    Output.object(gen, provider, "dateline", article.dateline(), DatelineSerializer.INSTANCE);
    Output.array(gen, provider, "body", article.body(), BlockSerializer.INSTANCE);
    gen.writeArrayFieldStart("quotes");
    for (Quote quote : article.quotes()) {
      QuoteSerializer.INSTANCE.write(quote, article.speakers(), gen, provider);
    }
    gen.writeEndArray();
    Output.array(gen, provider, "speakers", article.speakers(), SpeakerSerializer.INSTANCE);
    Output.object(gen, provider, "layout", article.layout(), LayoutSerializer.INSTANCE);
    gen.writeEndObject();
  }
}
