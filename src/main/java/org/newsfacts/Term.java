package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
/**
 * The subject, value or argument of a {@link Claim}: words of the text, an entity of the sheet
 * (a participant, place, meeting, statement or claim), a quantity, a time, a change, or a rank.
 *
 * <pre>{@code
 * Term.text("las capacidades de la industria de defensa ucraniana")
 * Term.entity("p-ukraine")                      // or "c-report": a claim about a claim
 * Term.quantity(Quantity.of("35000000000", Unit.currency("USD")))
 * Term.time(Time.at(PartialDate.parse("2025")))
 * Term.change(Change.up(Quantity.of("2", Unit.PERCENTAGE_POINT)))
 * Term.rank(Rank.of("the single largest").withPosition(1).withAmong("donors"))
 * }</pre>
 *
 * <p>A sealed type: switch over {@link OfText}, {@link OfEntity}, {@link OfQuantity},
 * {@link OfTime}, {@link OfChange} and {@link OfRank}.
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
   * {@return the term that refers to an entity of the sheet}
   *
   * @param id the id of a participant, place, meeting, statement or claim of the same sheet
   * @throws ValidationException if the id is not an id
   */
  static Term entity(String id) {
    return new OfEntity(id);
  }

  /**
   * {@return the term of that quantity}
   *
   * @param quantity an amount as stated, with its unit
   * @throws ValidationException if the quantity is missing
   */
  static Term quantity(Quantity quantity) {
    return new OfQuantity(quantity);
  }

  /**
   * {@return the term of that time}
   *
   * @param time a time as stated
   * @throws ValidationException if the time is missing
   */
  static Term time(Time time) {
    return new OfTime(time);
  }

  /**
   * {@return the term of a date, as a point in time}
   *
   * @param date a date as precise as the text gives it
   * @throws NullPointerException if the date is null
   */
  static Term date(PartialDate date) {
    return new OfTime(Time.at(date));
  }

  /**
   * {@return the term of that change}
   *
   * @param change a change against a baseline
   * @throws ValidationException if the change is missing
   */
  static Term change(Change change) {
    return new OfChange(change);
  }

  /**
   * {@return the term of that rank}
   *
   * @param rank a place in an order, as stated
   * @throws ValidationException if the rank is missing
   */
  static Term rank(Rank rank) {
    return new OfRank(rank);
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

    /** {@return the words in quotation marks} */
    @Override
    public String toString() {
      return "\"" + text + "\"";
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }

  /**
   * An entity of the same sheet, by id.
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

    /** {@return the id} */
    @Override
    public String toString() {
      return id;
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }

  /**
   * An amount as stated, with its unit.
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

    /** {@return the quantity in words} */
    @Override
    public String toString() {
      return quantity.toString();
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }

  /**
   * A time as stated.
   *
   * @param time the time
   */
  record OfTime(Time time) implements Term {
    /**
     * Creates the term, checking that the time is present.
     *
     * @param time the time
     * @throws ValidationException if the time is missing
     */
    public OfTime {
      Check check = new Check("Term");
      check.required("time", time);
      check.done();
    }

    /** {@return the time in one line} */
    @Override
    public String toString() {
      return time.toString();
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }

  /**
   * A change against a baseline.
   *
   * @param change the change
   */
  record OfChange(Change change) implements Term {
    /**
     * Creates the term, checking that the change is present.
     *
     * @param change the change
     * @throws ValidationException if the change is missing
     */
    public OfChange {
      Check check = new Check("Term");
      check.required("change", change);
      check.done();
    }

    /** {@return the change in words} */
    @Override
    public String toString() {
      return change.toString();
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }

  /**
   * A place in an order.
   *
   * @param rank the rank
   */
  record OfRank(Rank rank) implements Term {
    /**
     * Creates the term, checking that the rank is present.
     *
     * @param rank the rank
     * @throws ValidationException if the rank is missing
     */
    public OfRank {
      Check check = new Check("Term");
      check.required("rank", rank);
      check.done();
    }

    /** {@return the rank in one line} */
    @Override
    public String toString() {
      return rank.toString();
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Term.class);
    }

    @JsonCreator
    static Term jackson(Object json) {
      throw Unregistered.type(Term.class);
    }
  }
}
