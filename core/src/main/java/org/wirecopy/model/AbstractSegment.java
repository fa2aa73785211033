package org.wirecopy.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of an article's source text and the element it holds.
 *
 * <p>{@link #raw()} is the text exactly as it was read. {@link #canonical()} is the element's
 * canonical spelling at the time it was read, present only when it differs from the raw text; the
 * writer emits the raw text while the element still has that canonical spelling, and the new
 * canonical text once the element was edited.
 */
@Value.Immutable
public abstract class AbstractSegment {

  /**
   * The element held.
   *
   * @return the part
   */
  @Value.Parameter(order = 0)
  public abstract Part part();

  /**
   * The element's index among its kind (topics, blocks); 0 for the others.
   *
   * @return the index
   */
  @Value.Parameter(order = 1)
  public abstract int index();

  /**
   * The source text, exactly as read.
   *
   * @return the raw text
   */
  @Value.Parameter(order = 2)
  public abstract String raw();

  /**
   * The element's canonical spelling when it was read, if it differs from {@link #raw()}.
   *
   * @return the canonical text
   */
  @Value.Parameter(order = 3)
  public abstract Optional<String> canonical();

  /**
   * The canonical text the element had when read.
   *
   * @return {@link #canonical()}, or {@link #raw()} when they are the same
   */
  public String readAs() {
    return canonical().orElse(raw());
  }

  @Value.Check
  void check() {
    if (index() < 0) {
      throw new IllegalStateException("negative segment index " + index());
    }
    if (part() == Part.TRIVIA && canonical().isPresent()) {
      throw new IllegalStateException("trivia has no canonical text");
    }
  }
}
