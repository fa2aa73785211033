package org.wirecopy.model;

import org.immutables.value.Value;

/**
 * One block of the body: a paragraph or a subheading, one line of text.
 *
 * <p>The first paragraph's text starts after the dateline, which is held by
 * {@link Article#dateline()}.
 */
@Value.Immutable
public abstract class AbstractBlock {

  /**
   * What the block is.
   *
   * @return the type
   */
  @Value.Parameter(order = 0)
  public abstract BlockType type();

  /**
   * The text as written, without surrounding white space or line ends.
   *
   * @return the text
   */
  @Value.Parameter(order = 1)
  public abstract String text();

  /**
   * A paragraph.
   *
   * @param text its text
   * @return the block
   */
  public static Block paragraph(String text) {
    return Block.of(BlockType.PARAGRAPH, text);
  }

  /**
   * A subheading.
   *
   * @param text its text
   * @return the block
   */
  public static Block subheading(String text) {
    return Block.of(BlockType.SUBHEADING, text);
  }

  @Value.Check
  void check() {
    Checks.oneLine("block", text());
  }
}
