package org.newsfacts;

import org.immutables.value.Value;

/**
 * A position within a series of meetings: "la 25ª reunión en el formato Ramstein" is
 * {@code Ordinal.of(25, "formato Ramstein")}, "la primera reunión ministerial" is number 1 of its
 * series. The number is at least 1; the series is named as the text names it.
 */
@Value.Immutable
@FactStyle
public abstract class Ordinal implements WithOrdinal {
  Ordinal() {}

  /**
   * {@return the position of a meeting in a series}
   *
   * @param number the position, from 1
   * @param series the series it counts in, as written
   * @throws ValidationException if the number is below 1 or the series is blank
   */
  public static Ordinal of(int number, String series) {
    return ImmutableOrdinal.of(number, series);
  }

  /** {@return the position in the series, from 1} */
  @Value.Parameter
  public abstract int number();

  /** {@return the series, as written, such as {@code formato Ramstein}} */
  @Value.Parameter
  public abstract String series();

  @Value.Check
  final void check() {
    Check check = new Check("Ordinal");
    if (number() < 1) {
      check.add("number", "ordinal.range", "number " + number() + " is below 1");
    }
    check.text("series", series());
    check.done();
  }
}
