package org.wirecopy.model;

import org.immutables.value.Value;

/**
 * Where a stretch of text stands: a body block and character offsets into its
 * {@link Block#text()} (start inclusive, end exclusive, UTF-16 units as in {@link String}).
 */
@Value.Immutable
public abstract class AbstractSpan {

  /**
   * The index of the block in {@link Article#body()}.
   *
   * @return the block index
   */
  @Value.Parameter(order = 0)
  public abstract int block();

  /**
   * The offset of the first character.
   *
   * @return the start offset
   */
  @Value.Parameter(order = 1)
  public abstract int start();

  /**
   * The offset after the last character.
   *
   * @return the end offset
   */
  @Value.Parameter(order = 2)
  public abstract int end();

  /**
   * The number of characters.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end() - start();
  }

  @Value.Check
  void check() {
    if (block() < 0 || start() < 0 || end() < start()) {
      throw new IllegalStateException(
          "invalid span: block " + block() + ", " + start() + ".." + end());
    }
  }
}
