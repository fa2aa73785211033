package org.wirecopy.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON mapper of the command line. */
final class Json {

  private Json() {}

  /**
   * A mapper that reads and writes articles.
   *
   * @return the mapper
   * @throws UnsupportedOperationException until the Jackson module is in the build
   */
  static ObjectMapper mapper() {
    throw new UnsupportedOperationException("json output needs wirecopy-jackson");
  }
}
