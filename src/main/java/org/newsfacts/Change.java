package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Form;
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
 *   <tr><td>"decreased $22.9 billion (-0.1 percent)"</td><td>{@code DOWN}, {@code by} 22.9 billion USD,
 *       {@code relative} 0.1 percent: the change as a share of the level it moved from</td></tr>
 *   <tr><td>"unchanged", "stable compared with December"</td><td>{@code UNCHANGED}, {@code baseline}
 *       December</td></tr>
 *   <tr><td>"up 2 percent from the November forecast"</td><td>{@code UP}, {@code by} 2 percent,
 *       {@code against} the forecast's claim (or its words): a figure, not a time</td></tr>
 *   <tr><td>"little changed", "essentially unchanged", "about flat"</td><td>{@code UNCHANGED},
 *       {@code approximate}, the words: the levels may differ a little</td></tr>
 *   <tr><td>"revised down by 3.5 percentage points from the estimates published February 5"</td>
 *       <td>{@code DOWN}, {@code by} 3.5 points, {@code revision}, {@code against} the words "the
 *       estimates published February 5": a revision of an estimate, not a movement of the series
 *       (where the text gives the earlier figure, the figure's own {@code revisedFrom})</td></tr>
 *   <tr><td>"little changed (+14,000)"</td><td>{@code UP} {@code by} 14,000, the words "little
 *       changed": the figure gives the direction, the words how the text weighs it</td></tr>
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
      .optional("relative", Quantity.SHAPE, Change::relative, Builder::relative)
      .optional("from", Quantity.SHAPE, Change::fromLevel, Builder::fromLevel)
      .optional("to", Quantity.SHAPE, Change::toLevel, Builder::toLevel)
      .optional("baseline", Time.SHAPE, Change::baseline, Builder::baseline)
      .optional("against", Form.later(() -> TermForm.TERM), Change::against, Builder::against)
      .flag("approximate", Change::approximate, Builder::approximate)
      .flag("revision", Change::revision, Builder::revision)
      .optional("words", Forms.TEXT, Change::words, Builder::words)
      .build();

  Change() {}

  /** Which way the value moved. */
  public enum Direction {
    /** It rose: "up", "sube", "increased". */
    UP,
    /** It fell: "down", "baja", "decreased". */
    DOWN,
    /** It stayed: "unchanged", "stable", "se mantuvo". */
    UNCHANGED,
    /** It moved, the text not saying which way: "daily changes of more than 5%", "swings of 2 points". */
    EITHER;

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

  /**
   * {@return the change as a share of the level it moved from, in percent, if the text gives it
   * beside or instead of the amount: the 0.1 percent of "decreased $22.9 billion (-0.1 percent)"}
   */
  public abstract Optional<Quantity> relative();

  /** {@return the level it moved from, if the text says: the 4.5% of "to 5% from 4.5%"} */
  public abstract Optional<Quantity> fromLevel();

  /** {@return the level it moved to, if the text says: the 5% of "to 5% from 4.5%"} */
  public abstract Optional<Quantity> toLevel();

  /** {@return the time compared against, if the text says: "on the week before", "from 2023"} */
  public abstract Optional<Time> baseline();

  /**
   * {@return what the value is compared against, where that is a figure rather than a time: "from
   * the November forecast" (the claim of that forecast, by id, or its words), "from last season's
   * final utilization", "than the five-year average"}
   */
  public abstract Optional<Term> against();

  /**
   * {@return whether the value stayed about where it was: "little changed", "essentially
   * unchanged"; only a change whose direction is unchanged is approximate (an approximate size is
   * the size's own); false by default}
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * {@return whether the change is a revision of an earlier estimate rather than a movement of what
   * is measured: "revised down by 3.5 percentage points from the estimates published February 5";
   * false by default}
   */
  @Value.Default
  public boolean revision() {
    return false;
  }

  /**
   * {@return the words of the change as written, where they say more than its direction: "edged
   * up", "little changed"}
   */
  public abstract Optional<String> words();

  /**
   * {@return a copy compared against that time}
   *
   * @param baseline the time compared against
   */
  public abstract Change withBaseline(Time baseline);

  /**
   * {@return a copy with the change as a share of the level it moved from}
   *
   * @param relative in percent
   */
  public abstract Change withRelative(Quantity relative);

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

  private static final String ROUNDING_HINT = ": one of the figures is not the text's, or the text"
      + " rounds one and the quantity does not say so (Quantity.rounded(\"55.2\", 9, usd) for \"$55.2"
      + " billion\")";

  @Value.Check
  final void check() {
    Check check = new Check("Change").properties(SHAPE, this);
    if (approximate() && direction() != null && direction() != Direction.UNCHANGED) {
      check.add("approximate", Rule.QUANTITY_BOUNDS, "only an unchanged value is approximately so (\"little"
          + " changed\"); a change up or down by about so much has an approximate size (by)");
    }
    if (direction() == Direction.UNCHANGED && (by().isPresent() || relative().isPresent())) {
      check.add(by().isPresent() ? "by" : "relative", Rule.QUANTITY_BOUNDS, "an unchanged value has no"
          + " amount of change");
    }
    by().ifPresent(amount -> {
      if (negative(amount)) {
        check.add("by", Rule.QUANTITY_BOUNDS, "the amount of a change is its size, and its sign is the"
            + " direction: write \"down by 0.3\", not \"down by -0.3\"");
      } else if (direction() != Direction.UNCHANGED && amount.amount().filter(a -> a.signum() == 0)
          .isPresent()) {
        check.add("by", Rule.QUANTITY_BOUNDS, "a change by 0 is no change: the direction is unchanged");
      }
    });
    relative().ifPresent(share -> {
      if (!Unit.PERCENT.equals(share.unit())) {
        check.add("relative.unit", Rule.UNIT_KIND, "a relative change is in percent, not " + share.unit());
      } else if (negative(share)) {
        check.add("relative", Rule.QUANTITY_BOUNDS, "a relative change is a size, and its sign is the"
            + " direction: write 0.1 percent, not -0.1");
      }
    });
    if (by().isPresent() && (fromLevel().isPresent() || toLevel().isPresent())) {
      Quantity levelQuantity = fromLevel().orElseGet(() -> toLevel().get());
      Unit level = levelQuantity.unit();
      Unit size = by().get().unit();
      boolean sameRate = by().get().per().equals(levelQuantity.per());
      boolean fits = size.equals(level) && sameRate || Unit.PERCENT.equals(size)
          || Unit.PERCENTAGE_POINT.equals(size) && Unit.PERCENT.equals(level);
      if (!fits) {
        String levelUnit = level + levelQuantity.per().map(p -> " per " + p).orElse("");
        check.add("by.unit", Rule.UNIT_KIND, "a change of a level in " + levelUnit + " is in " + levelUnit
            + (Unit.PERCENT.equals(level) ? ", percentage-point" : "") + " or percent, not " + size
            + by().get().per().map(p -> " per " + p).orElse(""));
      }
    }
    if (direction() == Direction.UNCHANGED && !approximate() && fromLevel().isPresent() && toLevel().isPresent()
        && fromLevel().get().unit().equals(toLevel().get().unit()) && apart(fromLevel().get(), toLevel().get())) {
      check.add("to", Rule.QUANTITY_BOUNDS, "an unchanged value ends where it started, not at "
          + toLevel().get().amount().get().toPlainString() + " from " + fromLevel().get().amount().get()
          .toPlainString());
    }
    relativelyConsistent(check);
    if (fromLevel().isPresent() && toLevel().isPresent()
        && !fromLevel().get().unit().equals(toLevel().get().unit())) {
      check.add("to.unit", Rule.UNIT_KIND, "a change moves within one unit: from " + fromLevel().get().unit()
          + " it cannot end in " + toLevel().get().unit());
    } else if (fromLevel().isPresent() && toLevel().isPresent() && by().isPresent()) {
      consistent(check);
    }
    if (direction() == Direction.EITHER && fromLevel().isPresent() && toLevel().isPresent()) {
      check.add("direction", Rule.QUANTITY_BOUNDS, "a change whose levels the text gives has a way: up,"
          + " down or unchanged, not either");
    }
    if (fromLevel().isPresent() && toLevel().isPresent() && direction() != null && direction() != Direction.UNCHANGED
        && direction() != Direction.EITHER) {
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
          + ", a difference of " + difference.toPlainString() + ", however the figures were rounded"
          + ROUNDING_HINT);
    }
  }

  /**
   * {@return whether two exact levels differ}: what did not change rounds to the same figure, however
   * it is rounded.
   */
  private static boolean apart(Quantity from, Quantity to) {
    if (from.amount().isEmpty() || to.amount().isEmpty() || from.approximate() || to.approximate()) {
      return false;
    }
    return from.amount().get().compareTo(to.amount().get()) != 0;
  }

  /**
   * Reports a change in percent that the levels cannot have, however the text rounded them: 100 to
   * 110 is 10 percent, not 50. Compared where the earlier level and the size (or both levels) are
   * given exactly and the share is in {@code relative}, or in {@code by} in percent of a level that
   * is not a percent.
   */
  private void relativelyConsistent(Check check) {
    Quantity share = relative().orElse(by().filter(b -> Unit.PERCENT.equals(b.unit())
        && fromLevel().filter(f -> !Unit.PERCENT.equals(f.unit())).isPresent()).orElse(null));
    if (share == null || share.amount().isEmpty() || share.approximate() || fromLevel().isEmpty()
        || fromLevel().get().amount().isEmpty() || fromLevel().get().approximate()
        || fromLevel().get().amount().get().signum() == 0) {
      return;
    }
    Quantity from = fromLevel().get();
    java.math.BigDecimal size;
    java.math.BigDecimal sizeStep;
    Quantity absolute = by().filter(b -> b.unit().equals(from.unit())).orElse(null);
    if (absolute != null && absolute.amount().isPresent() && !absolute.approximate()) {
      size = absolute.amount().get();
      sizeStep = step(absolute);
    } else if (toLevel().isPresent() && toLevel().get().amount().isPresent() && !toLevel().get().approximate()
        && toLevel().get().unit().equals(from.unit())) {
      size = toLevel().get().amount().get().subtract(from.amount().get()).abs();
      sizeStep = step(toLevel().get()).add(step(from));
    } else {
      return;
    }
    java.math.MathContext context = java.math.MathContext.DECIMAL64;
    java.math.BigDecimal level = from.amount().get().abs();
    java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
    java.math.BigDecimal percent = size.multiply(hundred).divide(level, context);
    // the share may be off by half its own step, and by what the rounding of the size and the level
    // moves it: 100 (half the size's step / level + size x half the level's step / level squared)
    java.math.BigDecimal half = java.math.BigDecimal.valueOf(2);
    java.math.BigDecimal slack = step(share).divide(half, context)
        .add(hundred.multiply(sizeStep.divide(half, context).divide(level, context)))
        .add(hundred.multiply(size.multiply(step(from).divide(half, context))
            .divide(level.multiply(level), context)));
    if (percent.subtract(share.amount().get()).abs().compareTo(slack) > 0) {
      check.add(share == relative().orElse(null) ? "relative" : "by", Rule.QUANTITY_BOUNDS, "a change of "
          + size.toPlainString() + " from " + from.amount().get().toPlainString() + " is "
          + percent.round(new java.math.MathContext(4)).toPlainString() + " percent, not "
          + share.amount().get().toPlainString() + ", however the figures were rounded" + ROUNDING_HINT);
    }
  }

  /**
   * {@return the step a figure is rounded to}: its precision where it states one; else its last
   * decimal, or 1 for a whole number. A figure the text rounds to millions or billions states its
   * precision ({@link Quantity#rounded}), or it is taken as exact.
   */
  private static java.math.BigDecimal step(Quantity q) {
    return q.precision().orElseGet(() -> {
      int scale = q.amount().get().stripTrailingZeros().scale();
      return scale > 0 ? java.math.BigDecimal.ONE.movePointLeft(scale) : java.math.BigDecimal.ONE;
    });
  }

  /** {@return the change in words: {@code up by 2 percentage-point against "the week before"}} */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(direction().name().toLowerCase(java.util.Locale.ROOT));
    by().ifPresent(q -> text.append(" by ").append(q));
    relative().ifPresent(q -> text.append(" (").append(q).append(" relative)"));
    fromLevel().ifPresent(q -> text.append(" from ").append(q));
    toLevel().ifPresent(q -> text.append(" to ").append(q));
    baseline().ifPresent(t -> text.append(" against ").append(t));
    against().ifPresent(t -> text.append(" against ").append(t));
    if (approximate()) {
      text.insert(0, "about ");
    }
    words().ifPresent(w -> text.append(" \"").append(w).append('"'));
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
     * Sets the change as a share of the level it moved from, in percent.
     *
     * @param relative the 0.1 percent of "$22.9 billion (-0.1 percent)", without its sign
     * @return this builder
     */
    Builder relative(Quantity relative);

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
     * Sets what the value is compared against, where that is a figure rather than a time.
     *
     * @param against such as {@code Term.entity("c-november-forecast")} or {@code Term.text("last
     *     season's final utilization")}
     * @return this builder
     */
    Builder against(Term against);

    /**
     * Sets whether the value stayed about where it was.
     *
     * @param approximate true for "little changed", "essentially unchanged"; false by default
     * @return this builder
     */
    Builder approximate(boolean approximate);

    /**
     * Sets whether the change is a revision of an earlier estimate.
     *
     * @param revision true for "revised down by 3.5 percentage points from the estimates published
     *     February 5"; false by default
     * @return this builder
     */
    Builder revision(boolean revision);

    /**
     * Sets the words of the change as written.
     *
     * @param words such as "edged up" or "little changed"
     * @return this builder
     */
    Builder words(String words);

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
