package org.newsfacts;

import java.util.Optional;
import org.newsfacts.internal.Shape;

/**
 * Where something happened, named as the text names it ({@code Kyiv}), with the country only when
 * the text gives it. Immutable and thread-safe.
 *
 * @param name the name as written
 * @param country the country, if the text gives it
 */
public record Place(String name, Optional<CountryCode> country) {
  static final Shape<Place> SHAPE = Shape.value("place", "A place as the text names it.", Place.class,
          v -> new Place(v.get(0), v.optional(1)))
      .required("name", Forms.TEXT, Place::name)
      .optional("country", CountryCode.FORM, Place::country)
      .build();

  /**
   * Creates a place.
   *
   * @param name the name as written
   * @param country the country, or empty
   * @throws ValidationException if the name is blank or the country is null
   */
  public Place {
    Check check = new Check("Place");
    check.text("name", name);
    check.required("country", country);
    check.done();
  }

  /**
   * {@return the place, without a country}
   *
   * @param name the place as written
   * @throws ValidationException if the name is blank
   */
  public static Place of(String name) {
    return new Place(name, Optional.empty());
  }

  /**
   * {@return the place in a country the text gives}
   *
   * @param name the place as written
   * @param country its country
   * @throws ValidationException if the name is blank or the country missing
   */
  public static Place of(String name, CountryCode country) {
    Check check = new Check("Place");
    check.required("country", country);
    check.done();
    return new Place(name, Optional.of(country));
  }
}
