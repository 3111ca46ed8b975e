package org.newsfacts;

/**
 * The subject or value of a {@link Claim}: words of the text, a participant or meeting of the
 * sheet, a quantity, or a date.
 *
 * <pre>{@code
 * Term.text("las capacidades de la industria de defensa ucraniana")
 * Term.entity("p-ukraine")
 * Term.quantity(Quantity.of("35000000000", Unit.currency("USD")))
 * Term.date(PartialDate.parse("2025"))
 * }</pre>
 *
 * <p>A sealed type: switch over {@link OfText}, {@link OfEntity}, {@link OfQuantity} and
 * {@link OfDate}.
 */
public sealed interface Term {

  /**
   * {@return the term of these words}
   *
   * @param text words of the text, as written
   * @throws ValidationException if the text is blank
   */
  static Term text(String text) {
    return new OfText(text);
  }

  /**
   * {@return the term that refers to that participant or meeting}
   *
   * @param id the id of a participant or meeting of the same sheet
   * @throws ValidationException if the id is not an id
   */
  static Term entity(String id) {
    return new OfEntity(id);
  }

  /**
   * {@return the term of that quantity}
   *
   * @param quantity an amount with its unit
   * @throws ValidationException if the quantity is missing
   */
  static Term quantity(Quantity quantity) {
    return new OfQuantity(quantity);
  }

  /**
   * {@return the term of that date}
   *
   * @param date a date as precise as the text gives it
   * @throws ValidationException if the date is missing
   */
  static Term date(PartialDate date) {
    return new OfDate(date);
  }

  /**
   * Words of the text, as written.
   *
   * @param text the words; not blank
   */
  record OfText(String text) implements Term {
    /**
     * Creates the term, checking that the text is not blank.
     *
     * @param text the words; not blank
     * @throws ValidationException if the text is blank
     */
    public OfText {
      Check check = new Check("Term");
      check.text("text", text);
      check.done();
    }
  }

  /**
   * A participant or meeting of the same sheet, by id.
   *
   * @param id the id
   */
  record OfEntity(String id) implements Term {
    /**
     * Creates the term, checking that the id is well-formed.
     *
     * @param id the id
     * @throws ValidationException if the id is not an id
     */
    public OfEntity {
      Check check = new Check("Term");
      check.id("entity", id);
      check.done();
    }
  }

  /**
   * An amount with its unit.
   *
   * @param quantity the quantity
   */
  record OfQuantity(Quantity quantity) implements Term {
    /**
     * Creates the term, checking that the quantity is present.
     *
     * @param quantity the quantity
     * @throws ValidationException if the quantity is missing
     */
    public OfQuantity {
      Check check = new Check("Term");
      check.required("quantity", quantity);
      check.done();
    }
  }

  /**
   * A date as precise as the text gives it.
   *
   * @param date the date
   */
  record OfDate(PartialDate date) implements Term {
    /**
     * Creates the term, checking that the date is present.
     *
     * @param date the date
     * @throws ValidationException if the date is missing
     */
    public OfDate {
      Check check = new Check("Term");
      check.required("date", date);
      check.done();
    }
  }
}
