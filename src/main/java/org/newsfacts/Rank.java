package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * A place in an order, as the text states it: "the highest annual rate", "the single largest
 * donor", "the second-biggest economy", "the lowest since 2019", "followed by". Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Rank.of("the highest annual rate").withPosition(1).withAmong("the main components")
 * Rank.of("the lowest").withPosition(1).fromTheBottom()
 *     .withPeriod(Time.since(PartialDate.ofYear(2019)))  // "the lowest since 2019"
 * Rank.of("worst").withPosition(1).withAmong("floods")
 *     .withPeriod(Time.lasting(Quantity.builder().amount(new BigDecimal("100"))
 *         .lessThan(new BigDecimal("100")).approximate(true).words("nearly a century")
 *         .unit(Unit.measure("a")).build()))          // "the worst floods in nearly a century"
 * }</pre>
 *
 * @param words the rank as written, such as "the single largest"
 * @param position the place, from 1, where the text gives one ("highest" and "largest" are 1, so is
 *     "lowest" counted {@code fromBottom}); empty where it gives none ("among the largest")
 * @param fromBottom whether the place is counted from the bottom: "the lowest", "the second
 *     smallest"
 * @param among what is ranked, as written, where the text says: "the main components", "donors"
 * @param period the time the order covers, where the text says: "since 2019", "in nearly a
 *     century", "this year"
 */
public record Rank(String words, OptionalInt position, boolean fromBottom, Optional<String> among,
    Optional<Time> period) {
  static final Shape<Rank> SHAPE = Shape.value("rank", "A place in an order, as stated.", Rank.class,
          v -> new Rank(v.get(0), v.<Integer>optional(1).map(OptionalInt::of).orElse(OptionalInt.empty()),
              v.flag(2), v.optional(3), v.optional(4)))
      .required("words", Forms.TEXT, Rank::words)
      .optional("position", Scalar.integerWithin(1, Integer.MAX_VALUE, "minimum", 1),
          r -> r.position().isPresent() ? Optional.of(r.position().getAsInt()) : Optional.empty())
      .flag("fromBottom", Rank::fromBottom)
      .optional("among", Forms.TEXT, Rank::among)
      .optional("period", Time.SHAPE, Rank::period)
      .build();

  /**
   * Creates a rank.
   *
   * @param words the rank as written
   * @param position the place, from 1, or empty
   * @param fromBottom whether the place is counted from the bottom
   * @param among what is ranked, or empty
   * @param period the time the order covers, or empty
   * @throws ValidationException if the words are blank, the place is below 1, or an empty
   *     {@code among} is blank
   */
  public Rank {
    Check check = new Check("Rank");
    check.text("words", words);
    check.required("position", position);
    check.required("among", among);
    check.required("period", period);
    if (position != null && position.isPresent() && position.getAsInt() < 1) {
      check.add("position", Rule.ORDINAL_RANGE, "a place in an order counts from 1, not "
          + position.getAsInt());
    }
    if (among != null && among.isPresent()) {
      check.text("among", among.get());
    }
    check.done();
  }

  /**
   * {@return a rank as written, without a stated place}
   *
   * @param words such as "among the largest"
   * @throws ValidationException if the words are blank
   */
  public static Rank of(String words) {
    return new Rank(words, OptionalInt.empty(), false, Optional.empty(), Optional.empty());
  }

  /**
   * {@return a copy at that place}
   *
   * @param place from 1: 1 for "the highest", 2 for "the second largest"
   * @throws ValidationException if the place is below 1
   */
  public Rank withPosition(int place) {
    return new Rank(words, OptionalInt.of(place), fromBottom, among, period);
  }

  /** {@return a copy whose place counts from the bottom: "the lowest", "the second smallest"} */
  public Rank fromTheBottom() {
    return new Rank(words, position, true, among, period);
  }

  /**
   * {@return a copy that says what is ranked}
   *
   * @param ranked such as "the main components" or "donors"
   * @throws ValidationException if it is blank
   */
  public Rank withAmong(String ranked) {
    return new Rank(words, position, fromBottom, Optional.of(Check.notNull(ranked, "ranked")), period);
  }

  /**
   * {@return a copy that says what time the order covers}
   *
   * @param period such as {@code Time.since(PartialDate.ofYear(2019))} for "the lowest since 2019"
   */
  public Rank withPeriod(Time period) {
    return new Rank(words, position, fromBottom, among, Optional.of(Check.notNull(period, "period")));
  }

  /** {@return the rank in one line: {@code the highest (1 among the main components)}} */
  @Override
  public String toString() {
    String place = position.isPresent() ? position.getAsInt() + (fromBottom ? " from the bottom" : "")
        : "";
    String of = among.map(a -> (place.isEmpty() ? "among " : " among ") + a).orElse("")
        + period.map(t -> (place.isEmpty() && among.isEmpty() ? "over " : " over ") + t).orElse("");
    return words + (place.isEmpty() && of.isEmpty() ? "" : " (" + place + of + ")");
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Rank.class);
  }

  @JsonCreator
  static Rank jackson(Object json) {
    throw Unregistered.type(Rank.class);
  }
}
