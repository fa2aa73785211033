package org.wirecopy.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The source text of a parsed article, cut into segments that hold its elements and the trivia
 * between them. Every character of the input is in exactly one segment, so the text is the
 * concatenation of {@link Segment#raw()}.
 */
@Value.Immutable
public abstract class AbstractLayout {

  /**
   * The segments in text order.
   *
   * @return the segments
   */
  public abstract List<Segment> segments();

  /**
   * The source text.
   *
   * @return the concatenated raw text
   */
  @Value.Lazy
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments()) {
      text.append(segment.raw());
    }
    return text.toString();
  }
}
