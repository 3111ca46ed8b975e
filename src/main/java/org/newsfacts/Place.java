package org.newsfacts;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where something happened, named as the text names it ({@code Kyiv}), with the country only when
 * the text gives it.
 */
@Value.Immutable
@FactStyle
public abstract class Place implements WithPlace {
  Place() {}

  /**
   * {@return the place, without a country}
   *
   * @param name the place as written
   * @throws ValidationException if the name is blank
   */
  public static Place of(String name) {
    return ImmutablePlace.builder().name(name).build();
  }

  /** {@return the name as written} */
  public abstract String name();

  /** {@return the country, if the text gives it} */
  public abstract Optional<CountryCode> country();

  @Value.Check
  final void check() {
    Check check = new Check("Place");
    check.text("name", name());
    check.done();
  }
}
