package org.wirecopy.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.wirecopy.jackson.WirecopyModule;

/** The JSON mapper of the command line: Jackson with the wirecopy module. */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new WirecopyModule());

  private Json() {}

  /**
   * A mapper that reads and writes articles; configured once, shared by every thread.
   *
   * @return the mapper
   */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
