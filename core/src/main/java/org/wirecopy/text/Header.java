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

  enum Kind { NONE, PUBLISHED, UPDATED, BYLINE, PHOTO, PHOTO_REST, TOPIC, HEADLINE, LEAD, EXTRA }

  /** The lines' kinds, and the values read. */
  final Kind[] kinds;
  final Timestamps.Line[] timestamps;
  Photo photo;
  int photoLine = -1;
  /** Lines that print a timestamp of a date that does not exist. */
  final List<Integer> impossibleDates = new ArrayList<>();

  private final CharSequence text;
  private final Lines lines;

  /**
   * Classifies the given lines.
   *
   * @param header the indexes of the non-blank header lines, in order
   * @param withoutDateline true when no dateline ends the header: then at most a headline is
   *     taken after the leading timestamp, byline, topic and photo lines
   */
  Header(CharSequence text, Lines lines, int[] header, boolean withoutDateline) {
    this.text = text;
    this.lines = lines;
    this.kinds = new Kind[header.length];
    this.timestamps = new Timestamps.Line[header.length];
    java.util.Arrays.fill(kinds, Kind.NONE);
    boolean published = false;
    boolean updated = false;
    boolean byline = false; // an article has one; a second byline line is kept as text
    for (int k = 0; k < header.length; k++) {
      String content = content(header[k]);
      Optional<Timestamps.Line> ts;
      try {
        ts = Timestamps.read(content);
      } catch (DateTimeException e) {
        impossibleDates.add(header[k]);
        ts = Optional.empty();
      }
      if (ts.isPresent() && (ts.get().updated() ? !updated : !published)) {
        timestamps[k] = ts.get();
        if (ts.get().updated()) {
          updated = true;
          kinds[k] = Kind.UPDATED;
        } else {
          published = true;
          kinds[k] = Kind.PUBLISHED;
        }
      } else if (!byline && Bylines.is(content)) {
        byline = true;
        kinds[k] = Kind.BYLINE;
      } else if (photo == null && content.indexOf('©') >= 0) {
        readCreditLine(header, k, content);
      } else if (photo == null && k + 1 < header.length && sameGroup(header, k)
          && isCaptionPair(content, content(header[k + 1]))) {
        String caption = content(header[k + 1]);
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
    int texts = 0;
    for (int k = 0; k < header.length; k++) {
      if (kinds[k] == Kind.NONE) {
        kinds[k] = texts == 0 ? Kind.HEADLINE
            : texts == 1 && !withoutDateline ? Kind.LEAD : Kind.EXTRA;
        texts++;
      }
    }
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
      builder.caption(content(header[k - 1]));
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

  String content(int line) {
    return text.subSequence(lines.contentStart(line), lines.contentEnd(line)).toString();
  }
}
