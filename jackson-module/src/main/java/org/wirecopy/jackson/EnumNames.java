package org.wirecopy.jackson;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wirecopy.model.BlockType;
import org.wirecopy.model.Language;
import org.wirecopy.model.Part;
import org.wirecopy.model.QuoteKind;

/** The JSON names of one of the model's enums: lower-case constant names, or language tags. */
final class EnumNames<E extends Enum<E>> {

  static final EnumNames<Language> LANGUAGE =
      new EnumNames<>(Language.class, "language", Language::tag);
  static final EnumNames<BlockType> BLOCK_TYPE =
      new EnumNames<>(BlockType.class, "block type", EnumNames::lowerCase);
  static final EnumNames<QuoteKind> QUOTE_KIND =
      new EnumNames<>(QuoteKind.class, "quote kind", EnumNames::lowerCase);
  static final EnumNames<Part> PART = new EnumNames<>(Part.class, "part", EnumNames::lowerCase);

  private final Class<E> type;
  private final String what;
  private final Map<E, String> names;
  private final Map<String, E> values = new LinkedHashMap<>();

  private EnumNames(Class<E> type, String what, Function<E, String> name) {
    this.type = type;
    this.what = what;
    this.names = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      names.put(value, name.apply(value));
      values.put(name.apply(value), value);
    }
  }

  /** The enum type. */
  Class<E> type() {
    return type;
  }

  /** What the values are, for messages ({@code block type}). */
  String what() {
    return what;
  }

  /** The JSON name of a value. */
  String name(E value) {
    return names.get(value);
  }

  /** The value of a JSON name, or null for an unknown name. */
  E value(String name) {
    return values.get(name);
  }

  /** The names, quoted, for messages ({@code "paragraph", "subheading"}). */
  String choices() {
    return values.keySet().stream().map(n -> '"' + n + '"').collect(Collectors.joining(", "));
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
