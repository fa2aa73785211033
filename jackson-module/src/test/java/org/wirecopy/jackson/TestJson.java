package org.wirecopy.jackson;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

/** The mapper, the pretty writer of golden files, and the shipped schema, for the tests. */
final class TestJson {

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new WirecopyModule());

  /** Two-space indents, {@code "key": value}, LF line ends on every platform. */
  static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final JsonSchema SCHEMA = loadSchema();

  private TestJson() {}

  /**
   * What the shipped schema finds wrong with a JSON text.
   *
   * @return the messages, empty when valid
   */
  static Set<String> schemaErrors(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return SCHEMA.validate(node).stream()
          .map(ValidationMessage::toString)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema loadSchema() {
    try (InputStream in =
        WirecopyModule.class.getResourceAsStream("/org/wirecopy/jackson/article.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
