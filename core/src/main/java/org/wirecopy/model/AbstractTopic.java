package org.wirecopy.model;

import org.immutables.value.Value;

/** A rubric or story tag printed above the headline ({@code Кризис в Сирии}). */
@Value.Immutable
public abstract class AbstractTopic {

  /**
   * The topic as written.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  void check() {
    Checks.oneLine("topic", name());
  }
}
