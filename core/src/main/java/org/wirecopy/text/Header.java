package org.wirecopy.text;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirecopy.model.Photo;

/**
 * Classifies the header lines above the body: timestamps, byline, topics, photo, headline, lead.
 *
 * <p>Rules, in order: a timestamp line is the publication time ({@code обновлено ...} the update
 * time); a byline is a byline; a line with {@code ©} is the photo credit, its caption the text
 * before the sign or the text line just above it; a line followed by a shorter line that it starts
 * with, then a period, is a caption with its credit and the caption repeated
 * ({@code Йенс Столтенберг. EPA/ STEPHANIE LECOCQ} over {@code Йенс Столтенберг}); a text line
 * right under a timestamp or topic line (no blank line between) is a topic. Of the text lines
 * left, the first is the headline and the second the lead; any more are body paragraphs.
 */
final class Header {

  /** A section label is at most this long. */
  private static final int MAX_LABEL = 40;

  enum Kind { NONE, PUBLISHED, UPDATED, BYLINE, PHOTO, PHOTO_REST, TOPIC, HEADLINE, LEAD, EXTRA }

  /** The lines' kinds, and the values read. */
  final Kind[] kinds;
  /** The time of the {@link Kind#PUBLISHED} line, or null: there is one such line at most. */
  Timestamps.Line publication;
  /** The time of the {@link Kind#UPDATED} line, or printed after the publication time, or null. */
  Timestamps.Line update;
  /** Where the update time starts in the publication line when that line prints both, else -1. */
  int updateAt = -1;
  Photo photo;
  int photoLine = -1;
  /** Lines that print a timestamp of a date that does not exist. */
  final List<Integer> impossibleDates = new ArrayList<>();

  /** The lines' content, cut once: the rules look at a line more than once, the reader too. */
  private final String[] contents;

  /**
   * Classifies the given lines.
   *
   * @param header the indexes of the non-blank header lines, in order
   * @param withoutDateline true when no dateline ends the header: then at most a headline is
   *     taken after the leading timestamp, byline, topic and photo lines
   */
  Header(String text, Lines lines, int[] header, boolean withoutDateline) {
    this.contents = new String[header.length];
    for (int k = 0; k < header.length; k++) {
      contents[k] = text.substring(lines.contentStart(header[k]), lines.contentEnd(header[k]));
    }
    this.kinds = new Kind[header.length];
    java.util.Arrays.fill(kinds, Kind.NONE);
    boolean byline = false; // an article has one; a second byline line is kept as text
    for (int k = 0; k < header.length; k++) {
      String content = contents[k];
      int split = publication != null || update != null ? -1 : Timestamps.updateAt(content);
      if (split > 0) {
        // One line with both times: 29 МАР, 19:27 Обновлено 20:14.
        publication = Timestamps.read(Chars.strip(content.substring(0, split))).orElseThrow();
        update = Timestamps.read(content.substring(split)).orElseThrow();
        updateAt = split;
        kinds[k] = Kind.PUBLISHED;
        labelAbove(header, k);
        continue;
      }
      Optional<Timestamps.Line> ts;
      try {
        ts = Timestamps.read(content);
      } catch (DateTimeException e) {
        impossibleDates.add(header[k]);
        ts = Optional.empty();
      }
      if (ts.isPresent() && (ts.get().updated() ? update == null : publication == null)) {
        labelAbove(header, k);
        if (ts.get().updated()) {
          update = ts.get();
          kinds[k] = Kind.UPDATED;
        } else {
          publication = ts.get();
          kinds[k] = Kind.PUBLISHED;
        }
      } else if (!byline && Bylines.is(content)) {
        byline = true;
        kinds[k] = Kind.BYLINE;
      } else if (photo == null && content.indexOf('©') >= 0) {
        readCreditLine(header, k, content);
      } else if (photo == null && k + 1 < header.length && sameGroup(header, k)
          && isCaptionPair(content, contents[k + 1])) {
        String caption = contents[k + 1];
        String credit = Chars.strip(content.substring(caption.length() + 1));
        photo = Photo.builder().caption(caption).credit(credit).build();
        photoLine = k;
        kinds[k] = Kind.PHOTO;
        kinds[++k] = Kind.PHOTO_REST;
      } else if (k > 0 && sameGroup(header, k - 1) && (kinds[k - 1] == Kind.PUBLISHED
          || kinds[k - 1] == Kind.UPDATED || kinds[k - 1] == Kind.TOPIC)) {
        kinds[k] = Kind.TOPIC;
      }
    }
    labelOverHeadline();
    int texts = 0;
    for (int k = 0; k < header.length; k++) {
      if (kinds[k] == Kind.NONE) {
        kinds[k] = texts == 0 ? Kind.HEADLINE
            : texts == 1 && !withoutDateline ? Kind.LEAD : Kind.EXTRA;
        texts++;
      }
    }
  }

  /**
   * A short label right above a timestamp line, under the headline, is a topic: tass.com prints
   * its section ({@code Business & Economy}) over the time line.
   */
  private void labelAbove(int[] header, int k) {
    if (k < 2 || !sameGroup(header, k - 1) || kinds[k - 1] != Kind.NONE) {
      return;
    }
    String label = contents[k - 1];
    boolean headlineAbove = false;
    for (int j = 0; j < k - 1; j++) {
      headlineAbove |= kinds[j] == Kind.NONE;
    }
    if (headlineAbove && isLabel(label)) {
      kinds[k - 1] = Kind.TOPIC;
    }
  }

  /**
   * Of three text lines or more, a first one that is a short label is a story tag over the
   * headline ({@code SPIEF-2025}), not the headline: the two after it are headline and lead.
   */
  private void labelOverHeadline() {
    int first = -1;
    int texts = 0;
    for (int k = 0; k < kinds.length; k++) {
      if (kinds[k] == Kind.NONE) {
        first = texts == 0 ? k : first;
        texts++;
      }
    }
    if (texts >= 3 && isLabel(contents[first])) {
      kinds[first] = Kind.TOPIC;
    }
  }

  /** A few words that make no sentence: a section or story label. */
  private static boolean isLabel(String line) {
    return line.length() <= MAX_LABEL && line.split(" ").length <= 4
        && !TextReader.endsSentence(line) && line.indexOf(':') < 0;
  }

  private void readCreditLine(int[] header, int k, String content) {
    int sign = content.indexOf('©');
    String before = Chars.strip(content.substring(0, sign));
    String after = Chars.strip(content.substring(sign + 1));
    Photo.Builder builder = Photo.builder();
    if (!after.isEmpty()) {
      builder.credit(after);
    }
    if (!before.isEmpty()) {
      builder.caption(before);
      photoLine = k;
      kinds[k] = Kind.PHOTO;
    } else if (k > 0 && sameGroup(header, k - 1) && kinds[k - 1] == Kind.NONE) {
      builder.caption(contents[k - 1]);
      photoLine = k - 1;
      kinds[k - 1] = Kind.PHOTO;
      kinds[k] = Kind.PHOTO_REST;
    } else {
      photoLine = k;
      kinds[k] = Kind.PHOTO;
    }
    if (before.isEmpty() && after.isEmpty() && kinds[k] == Kind.PHOTO) {
      kinds[k] = Kind.NONE; // a lone sign is no photo
      photoLine = -1;
      return;
    }
    photo = builder.build();
  }

  /** {@code Йенс Столтенберг. EPA/ X} over {@code Йенс Столтенберг}. */
  private static boolean isCaptionPair(String first, String second) {
    return second.length() + 2 < first.length()
        && first.startsWith(second)
        && first.charAt(second.length()) == '.'
        && !Chars.strip(first.substring(second.length() + 1)).isEmpty();
  }

  /** Whether header line k and k+1 stand in one group (no blank line between them). */
  private boolean sameGroup(int[] header, int k) {
    return header[k + 1] == header[k] + 1;
  }

  /** The content of the k-th header line. */
  String content(int k) {
    return contents[k];
  }
}
