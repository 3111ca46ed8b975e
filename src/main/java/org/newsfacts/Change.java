package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * A change against a baseline, as the text states it, rather than a level: "up 2 points on the
 * week before", "unchanged", "down 3% from 2023", "rose to 5% from 4.5%".
 *
 * <table>
 *   <caption>Changes as news states them</caption>
 *   <tr><th>text</th><th>change</th></tr>
 *   <tr><td>"up 2 points on the week before"</td><td>{@code UP}, {@code by} 2 percentage-point,
 *       {@code baseline} the words "the week before"</td></tr>
 *   <tr><td>"down 3% from 2023"</td><td>{@code DOWN}, {@code by} 3 percent, {@code baseline} 2023</td></tr>
 *   <tr><td>"rose to 5% from 4.5%"</td><td>{@code UP}, {@code from} 4.5 percent, {@code to} 5 percent</td></tr>
 *   <tr><td>"unchanged", "stable compared with December"</td><td>{@code UNCHANGED}, {@code baseline}
 *       December</td></tr>
 * </table>
 *
 * <pre>{@code
 * Change rise = Change.builder().direction(Change.Direction.UP)
 *     .by(Quantity.of("2", Unit.PERCENTAGE_POINT))
 *     .baseline(Time.words("the week before"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Change {
  static final Shape<Change> SHAPE = Shape.entity("change", "A change against a baseline: its"
          + " direction, by how much, from and to which levels, against which time.", Change.class,
          Change::builder, Builder::build)
      .required("direction", Scalar.enumeration(Direction.class), Change::direction, Builder::direction)
      .optional("by", Quantity.SHAPE, Change::by, Builder::by)
      .optional("from", Quantity.SHAPE, Change::fromLevel, Builder::fromLevel)
      .optional("to", Quantity.SHAPE, Change::toLevel, Builder::toLevel)
      .optional("baseline", Time.SHAPE, Change::baseline, Builder::baseline)
      .build();

  Change() {}

  /** Which way the value moved. */
  public enum Direction {
    /** It rose: "up", "sube", "increased". */
    UP,
    /** It fell: "down", "baja", "decreased". */
    DOWN,
    /** It stayed: "unchanged", "stable", "se mantuvo". */
    UNCHANGED;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableChange.builder();
  }

  /**
   * {@return a rise by an amount: "up 2 points"}
   *
   * @param by by how much
   */
  public static Change up(Quantity by) {
    return builder().direction(Direction.UP).by(Check.notNull(by, "by")).build();
  }

  /**
   * {@return a fall by an amount: "down 3%"}
   *
   * @param by by how much
   */
  public static Change down(Quantity by) {
    return builder().direction(Direction.DOWN).by(Check.notNull(by, "by")).build();
  }

  /** {@return no change: "unchanged"} */
  public static Change unchanged() {
    return builder().direction(Direction.UNCHANGED).build();
  }

  /** {@return which way the value moved} */
  public abstract Direction direction();

  /** {@return by how much, if the text says: the 2 points of "up 2 points"} */
  public abstract Optional<Quantity> by();

  /** {@return the level it moved from, if the text says: the 4.5% of "to 5% from 4.5%"} */
  public abstract Optional<Quantity> fromLevel();

  /** {@return the level it moved to, if the text says: the 5% of "to 5% from 4.5%"} */
  public abstract Optional<Quantity> toLevel();

  /** {@return the time compared against, if the text says: "on the week before", "from 2023"} */
  public abstract Optional<Time> baseline();

  /**
   * {@return a copy compared against that time}
   *
   * @param baseline the time compared against
   */
  public abstract Change withBaseline(Time baseline);

  /**
   * {@return a copy with the level it moved from}
   *
   * @param from the earlier level
   */
  public abstract Change withFromLevel(Quantity from);

  /**
   * {@return a copy with the level it moved to}
   *
   * @param to the later level
   */
  public abstract Change withToLevel(Quantity to);

  @Value.Check
  final void check() {
    Check check = new Check("Change").properties(SHAPE, this);
    if (direction() == Direction.UNCHANGED && by().isPresent()) {
      check.add("by", Rule.QUANTITY_BOUNDS, "an unchanged value has no amount of change");
    }
    by().ifPresent(amount -> {
      if (negative(amount)) {
        check.add("by", Rule.QUANTITY_BOUNDS, "the amount of a change is its size, and its sign is the"
            + " direction: write \"down by 0.3\", not \"down by -0.3\"");
      }
    });
    if (fromLevel().isPresent() && toLevel().isPresent()
        && !fromLevel().get().unit().equals(toLevel().get().unit())) {
      check.add("to.unit", Rule.UNIT_KIND, "a change moves within one unit: from " + fromLevel().get().unit()
          + " it cannot end in " + toLevel().get().unit());
    } else if (fromLevel().isPresent() && toLevel().isPresent() && by().isPresent()) {
      consistent(check);
    }
    if (fromLevel().isPresent() && toLevel().isPresent() && direction() != null && direction() != Direction.UNCHANGED) {
      Optional<java.math.BigDecimal> before = fromLevel().get().amount();
      Optional<java.math.BigDecimal> after = toLevel().get().amount();
      if (before.isPresent() && after.isPresent() && fromLevel().get().unit().equals(toLevel().get().unit())) {
        int order = after.get().compareTo(before.get());
        if (direction() == Direction.UP ? order <= 0 : order >= 0) {
          check.add("to", Rule.QUANTITY_BOUNDS, "a value that went " + direction().name().toLowerCase(
              java.util.Locale.ROOT) + " from " + before.get().toPlainString() + " cannot end at "
              + after.get().toPlainString());
        }
      }
    }
    check.done();
  }

  private static boolean negative(Quantity q) {
    return q.amount().filter(x -> x.signum() < 0).isPresent() || q.atLeast().filter(x -> x.signum() < 0).isPresent()
        || q.moreThan().filter(x -> x.signum() < 0).isPresent() || q.atMost().filter(x -> x.signum() < 0).isPresent()
        || q.lessThan().filter(x -> x.signum() < 0).isPresent();
  }

  /**
   * Reports an amount of change that the two levels cannot have, however the text rounded them:
   * "down 0.2 from 55.3 to 55.0" may be a rounding of true figures, "down 2 from 55.3 to 55.0" is
   * not. Each figure is rounded to its precision, or to its last significant digit where it states
   * none, so the difference of the levels and the amount of change may differ by half of each step.
   */
  private void consistent(Check check) {
    Quantity from = fromLevel().get();
    Quantity to = toLevel().get();
    Quantity size = by().get();
    boolean points = Unit.PERCENTAGE_POINT.equals(size.unit()) && Unit.PERCENT.equals(from.unit());
    // a change in percent may be relative ("down 10%" from 5% to 4.5%): only points and the levels'
    // own unit are compared; and only figures given exactly
    boolean absolute = points || size.unit().equals(from.unit()) && !Unit.PERCENT.equals(size.unit());
    if (!absolute || from.amount().isEmpty() || to.amount().isEmpty() || size.amount().isEmpty()
        || from.approximate() || to.approximate() || size.approximate()) {
      return;
    }
    java.math.BigDecimal difference = to.amount().get().subtract(from.amount().get()).abs();
    java.math.BigDecimal slack = step(from).add(step(to)).add(step(size))
        .divide(java.math.BigDecimal.valueOf(2));
    if (difference.subtract(size.amount().get()).abs().compareTo(slack) > 0) {
      check.add("by", Rule.QUANTITY_BOUNDS, "a change by " + size.amount().get().toPlainString()
          + " cannot take " + from.amount().get().toPlainString() + " to " + to.amount().get().toPlainString()
          + ", a difference of " + difference.toPlainString() + ", however the figures were rounded");
    }
  }

  /** {@return the step a figure is rounded to: its precision, or its last significant digit} */
  private static java.math.BigDecimal step(Quantity q) {
    return q.precision().orElseGet(() -> {
      java.math.BigDecimal amount = q.amount().get();
      return amount.signum() == 0 ? java.math.BigDecimal.ONE
          : java.math.BigDecimal.ONE.movePointLeft(amount.stripTrailingZeros().scale());
    });
  }

  /** {@return the change in words: {@code up by 2 percentage-point against "the week before"}} */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(direction().name().toLowerCase(java.util.Locale.ROOT));
    by().ifPresent(q -> text.append(" by ").append(q));
    fromLevel().ifPresent(q -> text.append(" from ").append(q));
    toLevel().ifPresent(q -> text.append(" to ").append(q));
    baseline().ifPresent(t -> text.append(" against ").append(t));
    return text.toString();
  }

  /** Builds a {@link Change}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets which way the value moved; required.
     *
     * @param direction up, down or unchanged
     * @return this builder
     */
    Builder direction(Direction direction);

    /**
     * Sets by how much.
     *
     * @param by the 2 points of "up 2 points"
     * @return this builder
     */
    Builder by(Quantity by);

    /**
     * Sets the level it moved from.
     *
     * @param from the 4.5% of "to 5% from 4.5%"
     * @return this builder
     */
    Builder fromLevel(Quantity from);

    /**
     * Sets the level it moved to.
     *
     * @param to the 5% of "to 5% from 4.5%"
     * @return this builder
     */
    Builder toLevel(Quantity to);

    /**
     * Sets the time compared against.
     *
     * @param baseline "the week before", 2023
     * @return this builder
     */
    Builder baseline(Time baseline);

    /**
     * Sets every attribute from a change.
     *
     * @param change a change
     * @return this builder
     */
    Builder from(Change change);

    /**
     * Builds the change.
     *
     * @return the change
     * @throws ValidationException with every violation, if it would be invalid
     */
    Change build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Change.class);
  }

  @JsonCreator
  static Change jackson(Object json) {
    throw Unregistered.type(Change.class);
  }
}
