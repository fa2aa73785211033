package org.wirecopy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads JSON tokens into values and reports what is wrong with the JSON path where it stands.
 *
 * <p>Every problem is a {@link JsonMappingException} whose message starts with the JSONPath of the
 * offending value ({@code $.body[2].type: ...}) and whose {@link JsonMappingException#getPath()}
 * names the same members, so that a caller never sees a {@code NullPointerException} or a bare
 * model exception.
 */
final class Input {

  /** Reads the value at the parser's current token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }

  /** Reads the value of one member, its value being the current token; false if unknown. */
  @FunctionalInterface
  interface MemberReader {
    boolean read(String name) throws IOException;
  }

  private Input() {}

  /**
   * The JSONPath of the value at the parser's current token.
   *
   * <p>At a start token the parsing context is already the new container's, and at an end token
   * already its parent's; in both cases the walk up names the container itself.
   */
  static String path(JsonParser p) {
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        steps.push(member(c.getCurrentName()));
      } else if (c.inArray() && c.hasCurrentIndex()) {
        steps.push("[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", steps);
  }

  /** A JSONPath step to a member: dotted for plain names, bracketed and quoted otherwise. */
  static String member(String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    return plain ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Reports a problem with the value at the current token.
   *
   * @throws com.fasterxml.jackson.databind.exc.MismatchedInputException always
   */
  static <T> T mismatch(JsonParser p, DeserializationContext ctxt, Class<?> type, String problem)
      throws JsonMappingException {
    return ctxt.reportInputMismatch(type, "%s: %s", path(p), problem);
  }

  /**
   * Reports a problem found once an object was read, the current token being its end, with a value
   * below it.
   *
   * @param below the steps from the object to the value, each a member or an index of an array
   * @throws com.fasterxml.jackson.databind.exc.MismatchedInputException always
   */
  static <T> T mismatchBelow(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      String problem,
      JsonMappingException.Reference... below)
      throws JsonMappingException {
    StringBuilder path = new StringBuilder(path(p));
    for (JsonMappingException.Reference step : below) {
      path.append(step.getFieldName() != null ? member(step.getFieldName())
          : "[" + step.getIndex() + "]");
    }
    try {
      return ctxt.reportInputMismatch(type, "%s: %s", path, problem);
    } catch (JsonMappingException e) {
      for (int i = below.length - 1; i >= 0; i--) {
        e.prependPath(below[i]);
      }
      throw e;
    }
  }

  /**
   * Builds a model value, turning a broken invariant into an exception that names where the value
   * stands; call it at the value's end token.
   */
  static <T> T build(JsonParser p, DeserializationContext ctxt, Class<?> type, Supplier<T> build)
      throws JsonMappingException {
    try {
      return build.get();
    } catch (IllegalStateException | IllegalArgumentException | DateTimeException e) {
      throw ValueInstantiationException.from(
          p, path(p) + ": " + e.getMessage(), ctxt.constructType(type), e);
    }
  }

  /**
   * Reads the members of an object, the current token being its start (or its first member name,
   * as Jackson hands over buffered content), and leaves the parser at its end.
   */
  static void object(
      JsonParser p,
      DeserializationContext ctxt,
      JsonDeserializer<?> deserializer,
      Class<?> type,
      MemberReader members)
      throws IOException {
    String name;
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      name = p.nextFieldName();
    } else if (token == JsonToken.FIELD_NAME) {
      name = p.currentName();
    } else if (token == JsonToken.END_OBJECT) {
      name = null;
    } else {
      name = mismatch(p, ctxt, type, "expected an object, found " + describe(token));
    }
    for (; name != null; name = p.nextFieldName()) {
      p.nextToken();
      boolean known;
      try {
        known = members.read(name);
      } catch (JsonMappingException e) {
        e.prependPath(type, name);
        throw e;
      }
      if (!known) {
        // Fails, naming the member, or skips it when unknown members are allowed.
        ctxt.handleUnknownProperty(p, deserializer, type, name);
      }
    }
  }

  /** Reads an array (null reads as empty), the current token being its start. */
  static <T> List<T> list(
      JsonParser p, DeserializationContext ctxt, Class<?> element, ValueReader<T> reader)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (token != JsonToken.START_ARRAY) {
      return mismatch(p, ctxt, element, "expected an array, found " + describe(token));
    }
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      try {
        values.add(reader.read(p, ctxt));
      } catch (JsonMappingException e) {
        e.prependPath(List.class, values.size());
        throw e;
      }
    }
    return values;
  }

  /** Reads an object or null. */
  static <T> T nullable(JsonParser p, DeserializationContext ctxt, ValueReader<T> reader)
      throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(p, ctxt);
  }

  /** Reads a string or null. */
  static String string(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      return mismatch(p, ctxt, type, "expected a string or null, found " + describe(token));
    }
    return p.getText();
  }

  /** Reads a string that may not be null. */
  static String requiredString(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_STRING) {
      return mismatch(p, ctxt, type, "expected a string, found " + describe(token));
    }
    return p.getText();
  }

  /** Reads an int or null. */
  static Integer integer(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return requiredInt(p, ctxt, type);
  }

  /** Reads an int that may not be null. */
  static int requiredInt(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      return mismatch(p, ctxt, type, "expected an integer, found " + describe(token));
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      return mismatch(p, ctxt, type, "integer " + p.getText() + " is out of range");
    }
    return p.getIntValue();
  }

  /** Reads a boolean or null. */
  static Boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (!token.isBoolean()) {
      return mismatch(p, ctxt, type, "expected true, false or null, found " + describe(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  /** Reads a string or null and parses it, reporting what was expected if it does not parse. */
  static <T> T parsed(
      JsonParser p,
      DeserializationContext ctxt,
      Class<?> type,
      Function<String, T> parser,
      String expected)
      throws IOException {
    String text = string(p, ctxt, type);
    if (text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (DateTimeException | IllegalArgumentException e) {
      return mismatch(
          p, ctxt, type, quoted(text) + " is not " + expected + " (" + e.getMessage() + ")");
    }
  }

  /** A string in double quotes, cut to a readable length, for messages. */
  static String quoted(String text) {
    return text.length() <= 60 ? '"' + text + '"' : '"' + text.substring(0, 57) + "...\"";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
