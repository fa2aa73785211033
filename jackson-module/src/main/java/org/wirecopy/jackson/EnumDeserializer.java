package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.wirecopy.model.BlockType;
import org.wirecopy.model.Language;
import org.wirecopy.model.Part;
import org.wirecopy.model.QuoteKind;

/** Reads one of the model's enums from its JSON name, naming the accepted ones when unknown. */
final class EnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {

  static final EnumDeserializer<Language> LANGUAGE =
      new EnumDeserializer<>(EnumNames.LANGUAGE);
  static final EnumDeserializer<BlockType> BLOCK_TYPE =
      new EnumDeserializer<>(EnumNames.BLOCK_TYPE);
  static final EnumDeserializer<QuoteKind> QUOTE_KIND =
      new EnumDeserializer<>(EnumNames.QUOTE_KIND);
  static final EnumDeserializer<Part> PART =
      new EnumDeserializer<>(EnumNames.PART);

  private final EnumNames<E> names;

  EnumDeserializer(EnumNames<E> names) {
    super(names.type());
    this.names = names;
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String name = Input.requiredString(p, ctxt, names.type());
    E value = names.value(name);
    if (value == null) {
      return Input.mismatch(
          p,
          ctxt,
          names.type(),
          "unknown " + names.what() + " " + Input.quoted(name) + ", expected one of "
              + names.choices());
    }
    return value;
  }
}
