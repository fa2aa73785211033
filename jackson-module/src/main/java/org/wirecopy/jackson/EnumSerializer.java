package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes one of the model's enums as its JSON name ({@code "ru"}, {@code "paragraph"}). */
final class EnumSerializer<E extends Enum<E>> extends StdSerializer<E> {

  private final EnumNames<E> names;

  EnumSerializer(EnumNames<E> names) {
    super(names.type());
    this.names = names;
  }

  @Override
  public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(names.name(value));
  }
}
