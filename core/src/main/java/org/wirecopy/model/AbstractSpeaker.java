package org.wirecopy.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One person or body that the article reports as saying something.
 *
 * <p>{@link #name()} is the fullest name the article gives, in the nominative
 * ({@code Йенс Столтенберг}, {@code МИД России}); for a source that is only described
 * ({@code источник в правительстве}) it is that description and {@link #named()} is false.
 */
@Value.Immutable
public abstract class AbstractSpeaker {

  /**
   * The fullest name, nominative, without title or role.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The role the text gives ({@code генсек НАТО}, {@code Kremlin spokesman}).
   *
   * @return the role
   */
  public abstract Optional<String> role();

  /**
   * Whether the speaker is named, rather than only described.
   *
   * @return true for a name, false for a description
   */
  @Value.Default
  public boolean named() {
    return true;
  }

  /**
   * Every mention in the body, in text order.
   *
   * @return the mentions
   */
  public abstract List<Mention> mentions();

  @Value.Check
  void check() {
    Checks.oneLine("speaker name", name());
  }
}
