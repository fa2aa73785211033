package org.wirecopy.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.wirecopy.model.Article;
import org.wirecopy.model.Block;
import org.wirecopy.model.Dateline;
import org.wirecopy.model.Layout;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Photo;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Segment;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.model.Timestamp;
import org.wirecopy.model.Topic;

/**
 * The Jackson module that reads and writes the wirecopy model as JSON.
 *
 * <p>Register it with {@code new ObjectMapper().registerModule(new WirecopyModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it. Then {@code
 * mapper.writeValueAsString(article)} gives the JSON that {@code org/wirecopy/jackson/article
 * .schema.json} describes, and {@code mapper.readValue(json, Article.class)} gives back an equal
 * article, its layout included, so that an article read from text is written back to the same
 * text. Every value of the model has its serializer and deserializer; enums are written as
 * lower-case names ({@code "paragraph"}), the language as its tag ({@code "ru"}).
 *
 * <p>JSON that does not describe a valid article fails with a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} whose message starts with the JSONPath of
 * the offending value ({@code $.quotes[0].end: ...}) and whose {@code getPath()} names it too.
 * Bytes that are no JSON text at all fail in Jackson's parser before the module sees them: as
 * {@link com.fasterxml.jackson.core.JsonProcessingException}, or as {@link
 * java.io.CharConversionException} for bytes that look like UTF-32 and are not. Both are {@link
 * java.io.IOException}s, so callers reading untrusted bytes catch {@code IOException}.
 */
public final class WirecopyModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module with the serializers and deserializers of every model value. */
  public WirecopyModule() {
    super("WirecopyModule", Version.unknownVersion());
    addSerializer(Article.class, ArticleSerializer.INSTANCE);
    addDeserializer(Article.class, ArticleDeserializer.INSTANCE);
    addSerializer(Timestamp.class, TimestampSerializer.INSTANCE);
    addDeserializer(Timestamp.class, TimestampDeserializer.INSTANCE);
    addSerializer(Topic.class, TopicSerializer.INSTANCE);
    addDeserializer(Topic.class, TopicDeserializer.INSTANCE);
    addSerializer(Photo.class, PhotoSerializer.INSTANCE);
    addDeserializer(Photo.class, PhotoDeserializer.INSTANCE);
    addSerializer(Dateline.class, DatelineSerializer.INSTANCE);
    addDeserializer(Dateline.class, DatelineDeserializer.INSTANCE);
    addSerializer(Block.class, BlockSerializer.INSTANCE);
    addDeserializer(Block.class, BlockDeserializer.INSTANCE);
    addSerializer(Span.class, SpanSerializer.INSTANCE);
    addDeserializer(Span.class, SpanDeserializer.INSTANCE);
    addSerializer(Mention.class, MentionSerializer.INSTANCE);
    addDeserializer(Mention.class, MentionDeserializer.INSTANCE);
    addSerializer(Quote.class, QuoteSerializer.INSTANCE);
    addDeserializer(Quote.class, QuoteDeserializer.INSTANCE);
    addSerializer(Speaker.class, SpeakerSerializer.INSTANCE);
    addDeserializer(Speaker.class, SpeakerDeserializer.INSTANCE);
    addSerializer(Layout.class, LayoutSerializer.INSTANCE);
    addDeserializer(Layout.class, LayoutDeserializer.INSTANCE);
    addSerializer(Segment.class, SegmentSerializer.INSTANCE);
    addDeserializer(Segment.class, SegmentDeserializer.INSTANCE);
    addEnum(EnumNames.LANGUAGE, EnumDeserializer.LANGUAGE);
    addEnum(EnumNames.BLOCK_TYPE, EnumDeserializer.BLOCK_TYPE);
    addEnum(EnumNames.QUOTE_KIND, EnumDeserializer.QUOTE_KIND);
    addEnum(EnumNames.PART, EnumDeserializer.PART);
  }

  private <E extends Enum<E>> void addEnum(EnumNames<E> names, EnumDeserializer<E> deserializer) {
    addSerializer(names.type(), new EnumSerializer<>(names));
    addDeserializer(names.type(), deserializer);
  }
}
