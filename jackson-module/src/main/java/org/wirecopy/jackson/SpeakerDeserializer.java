package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Speaker;

/**
 * Reads a speaker: {@code {"name": ..., "role": ..., "named": true, "mentions": [...]}}; absent
 * {@code named} reads as true, absent {@code mentions} as none.
 */
final class SpeakerDeserializer extends StdDeserializer<Speaker> {

  static final SpeakerDeserializer INSTANCE = new SpeakerDeserializer();

  /** A quote's speaker as written in the quote, and its index among the article's speakers. */
  record QuotedSpeaker(Speaker speaker, Integer index) {}

  private SpeakerDeserializer() {
    super(Speaker.class);
  }

  @Override
  public Speaker deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt, false).speaker();
  }

  /**
   * Reads a quote's speaker, which also has an {@code index} into the article's speakers.
   *
   * @return the speaker as written, and the index (null when written as null or absent)
   */
  QuotedSpeaker readQuoted(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt, true);
  }

  private QuotedSpeaker read(JsonParser p, DeserializationContext ctxt, boolean quoted)
      throws IOException {
    Speaker.Builder speaker = Speaker.builder();
    Integer[] index = {null};
    Input.object(p, ctxt, this, Speaker.class, name -> {
      switch (name) {
        case "name" -> speaker.name(Input.requiredString(p, ctxt, Speaker.class));
        case "role" -> speaker.role(Optional.ofNullable(Input.string(p, ctxt, Speaker.class)));
        case "named" -> {
          Boolean named = Input.bool(p, ctxt, Speaker.class);
          if (named != null) {
            speaker.named(named);
          }
        }
        case "mentions" -> speaker.mentions(
            Input.list(p, ctxt, Mention.class, MentionDeserializer.INSTANCE::deserialize));
        case "index" -> {
          if (!quoted) {
            return false;
          }
          index[0] = Input.integer(p, ctxt, Speaker.class);
        }
        default -> {
          return false;
        }
      }
      return true;
    });
    return new QuotedSpeaker(Input.build(p, ctxt, Speaker.class, speaker::build), index[0]);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return List.<Object>of("name", "role", "named", "mentions");
  }
}
