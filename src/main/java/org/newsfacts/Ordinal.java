package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * A position within a series of meetings: "la 25ª reunión en el formato Ramstein" is
 * {@code Ordinal.of(25, "formato Ramstein")}, "la primera reunión ministerial" is number 1 of its
 * series. Immutable and thread-safe.
 *
 * @param number the position in the series, from 1
 * @param series the series, as written, such as {@code formato Ramstein}
 */
public record Ordinal(int number, String series) {
  static final Shape<Ordinal> SHAPE = Shape.value("ordinal", "A position in a series, from 1.",
          Ordinal.class, v -> new Ordinal(v.<Integer>get(0), v.get(1)))
      .required("number", Scalar.integer("minimum", 1, "maximum", Integer.MAX_VALUE), Ordinal::number)
      .required("series", Forms.TEXT, Ordinal::series)
      .build();

  /**
   * Creates the position of a meeting in a series.
   *
   * @param number the position, from 1
   * @param series the series it counts in, as written
   * @throws ValidationException if the number is below 1 or the series is blank
   */
  public Ordinal {
    Check check = new Check("Ordinal");
    if (number < 1) {
      check.add("number", Rule.ORDINAL_RANGE, "number " + number + " is below 1");
    }
    check.text("series", series);
    check.done();
  }

  /**
   * {@return the position of a meeting in a series}
   *
   * @param number the position, from 1
   * @param series the series it counts in, as written
   * @throws ValidationException if the number is below 1 or the series is blank
   */
  public static Ordinal of(int number, String series) {
    return new Ordinal(number, series);
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Ordinal.class);
  }

  @JsonCreator
  static Ordinal jackson(Object json) {
    throw Unregistered.type(Ordinal.class);
  }
}
