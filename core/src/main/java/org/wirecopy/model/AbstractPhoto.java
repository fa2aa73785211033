package org.wirecopy.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The photo printed with an article: its caption and its credit ({@code EPA/ STEPHANIE LECOCQ}). */
@Value.Immutable
public abstract class AbstractPhoto {

  /**
   * What the photo shows, as written.
   *
   * @return the caption
   */
  public abstract Optional<String> caption();

  /**
   * Who took or supplied the photo, as written (without a leading {@code ©}).
   *
   * @return the credit
   */
  public abstract Optional<String> credit();

  @Value.Check
  void check() {
    if (caption().isEmpty() && credit().isEmpty()) {
      throw new IllegalStateException("a photo needs a caption or a credit");
    }
    caption().ifPresent(c -> Checks.oneLine("photo caption", c));
    credit().ifPresent(c -> Checks.oneLine("photo credit", c));
  }
}
