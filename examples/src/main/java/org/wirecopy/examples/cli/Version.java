package org.wirecopy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version for {@code --version}, from a resource the build fills in. */
final class Version implements IVersionProvider {

  /**
   * The version line.
   *
   * @return {@code wirecopy 0.1.0-SNAPSHOT}
   * @throws IOException if the resource cannot be read
   */
  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"wirecopy " + number()};
  }

  /**
   * The version number.
   *
   * @return the project version, such as {@code 0.1.0-SNAPSHOT}
   * @throws IOException if the resource cannot be read
   */
  static String number() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IOException("version.properties is missing from the classpath");
      }
      properties.load(in);
    }
    return properties.getProperty("version", "unknown");
  }
}
