package org.wirecopy.text;

import java.util.regex.Pattern;

/** Byline lines printed in the header ({@code Редакция сайта ТАСС}). */
final class Bylines {

  private static final int MAX_LINE = 60;
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:Редакция(?: сайта)?|Editorial (?:board|staff)(?: of)?) [\\p{L}\\-. ]{2,40}$");

  private Bylines() {}

  static boolean is(String line) {
    return line.length() <= MAX_LINE
        && BYLINE.matcher(Chars.foldSpaces(line, 0, line.length())).matches();
  }
}
