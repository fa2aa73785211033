package org.wirecopy.text;

import java.util.regex.Pattern;

/** Byline lines printed in the header ({@code Редакция сайта ТАСС}). */
final class Bylines {

  private static final int MAX_LINE = 60;
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:Редакция(?: сайта)?|Editorial (?:board|staff)(?: of)?) [\\p{L}\\-. ]{2,40}$");

  private Bylines() {}

  static boolean is(String line) {
    // The words the pattern opens with, tested first: most header lines are no byline.
    return line.length() <= MAX_LINE
        && (line.startsWith("Редакция") || line.startsWith("Editorial"))
        && BYLINE.matcher(Chars.foldSpaces(line)).matches();
  }
}
