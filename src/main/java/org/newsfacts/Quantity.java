package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * An amount exactly as the text states it, in its {@link Unit}: exact decimals, never a
 * {@code double}, and as hedged as the text.
 *
 * <table>
 *   <caption>Amounts as news states them</caption>
 *   <tr><th>text</th><th>quantity</th></tr>
 *   <tr><td>"35 mil millones de dólares"</td><td>{@code Quantity.of("35000000000", Unit.currency("USD"))}</td></tr>
 *   <tr><td>"about 40 people", "casi 40"</td><td>amount 40, {@code approximate}; "nearly" adds
 *       {@code lessThan} 40</td></tr>
 *   <tr><td>"at least 200 drones"</td><td>{@code atLeast} 200, unit {@code count}, {@code what} "drones"</td></tr>
 *   <tr><td>"more than 1,000", "menos de 30"</td><td>{@code moreThan} 1000; {@code lessThan} 30</td></tr>
 *   <tr><td>"up to 30 days"</td><td>{@code atMost} 30, unit {@code d}</td></tr>
 *   <tr><td>"between 3 and 5 percent", "3-5%"</td><td>{@code atLeast} 3, {@code atMost} 5, unit
 *       {@code percent}</td></tr>
 *   <tr><td>"several hundred", "decenas de miles"</td><td>{@code words}, with any bound the text gives</td></tr>
 *   <tr><td>"€40 million ($43 million)"</td><td>amount 40000000 EUR with the equivalent 43000000 USD</td></tr>
 *   <tr><td>"$55.2 billion", "$20.0 billion"</td><td>{@code Quantity.rounded("55.2", 9, usd)}: amount
 *       55200000000 with {@code precision} 100000000, the step the text rounds to</td></tr>
 *   <tr><td>"revised", "seasonally adjusted", "three-month moving average"</td><td>{@code qualifiers},
 *       as written</td></tr>
 * </table>
 *
 * <p>Spanish <i>mil millones</i> is 10<sup>9</sup>. Amounts are kept in their shortest exact form,
 * so {@code 35.0} and {@code 35} are equal: the digits a text shows beyond that ("20.0") are its
 * {@linkplain #precision() precision}; in text and JSON they are plain decimal notation
 * ({@code -12.5}), without exponent, grouping or plus sign, at most 64 digits. A quantity states at
 * least one of an amount, a bound or words; its bounds agree with each other and with its amount; a
 * count is whole and never negative. A change against a baseline ("up 2 points") is a
 * {@link Change}, not a quantity.
 *
 * <pre>{@code
 * Quantity drones = Quantity.builder()
 *     .atLeast(new BigDecimal("200")).unit(Unit.COUNT).what("drones")
 *     .build();
 * Quantity aid = Quantity.of("40000000", Unit.currency("EUR"))
 *     .withEquivalents(List.of(Quantity.of("43000000", Unit.currency("USD"))));
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Quantity {
  private static final int MAX_DIGITS = 64;
  private static final Scalar<BigDecimal> AMOUNT_FORM = Scalar.parsed("amount", "An exact decimal in"
          + " plain notation, as a string: never a binary floating point number.",
      amount -> parseAmount(amount, ""), BigDecimal::toPlainString,
      "pattern", "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "maxLength", MAX_DIGITS + 2);

  static final Shape<Quantity> SHAPE = Shape.entity("quantity", "An amount as stated: exact,"
          + " approximate, bounded, a range or words, in a unit, with its equivalents in other units.",
          Quantity.class, Quantity::builder, Builder::build)
      .optional("amount", AMOUNT_FORM, Quantity::amount, Builder::amount)
      .flag("approximate", Quantity::approximate, Builder::approximate)
      .optional("atLeast", AMOUNT_FORM, Quantity::atLeast, Builder::atLeast)
      .optional("moreThan", AMOUNT_FORM, Quantity::moreThan, Builder::moreThan)
      .optional("atMost", AMOUNT_FORM, Quantity::atMost, Builder::atMost)
      .optional("lessThan", AMOUNT_FORM, Quantity::lessThan, Builder::lessThan)
      .optional("words", Forms.TEXT, Quantity::words, Builder::words)
      .optional("wordsBound", Scalar.enumeration(Bound.class), Quantity::wordsBound, Builder::wordsBound)
      .optional("precision", AMOUNT_FORM, Quantity::precision, Builder::precision)
      .optional("margin", AMOUNT_FORM, Quantity::margin, Builder::margin)
      .optional("marginLevel", AMOUNT_FORM, Quantity::marginLevel, Builder::marginLevel)
      .required("unit", Unit.FORM, Quantity::unit, Builder::unit)
      .optional("per", Unit.FORM, Quantity::per, Builder::per)
      .optional("of", Forms.TEXT, Quantity::what, Builder::what)
      .list("qualifiers", Forms.TEXT, Quantity::qualifiers, Builder::addQualifiers)
      .list("equivalents", Form.later(() -> Quantity.SHAPE), Quantity::equivalents,
          Builder::addEquivalents)
      .optional("revisedFrom", Form.later(() -> Quantity.SHAPE), Quantity::revisedFrom, Builder::revisedFrom)
      .build();

  Quantity() {}

  /** Which way vague words bound an amount. */
  public enum Bound {
    /** The words are a lower bound: "at least several thousand". */
    AT_LEAST,
    /** The words are an upper bound: "within hours", "up to several hundred". */
    AT_MOST;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return org.newsfacts.internal.WireNames.of(this);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableQuantity.builder();
  }

  /**
   * {@return an exact amount in a unit}
   *
   * @param amount the exact amount
   * @param unit what it counts
   * @throws ValidationException if the amount or unit is missing, has more than 64 digits, or is
   *     not a whole, non-negative number for a count
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return builder().amount(amount).unit(unit).build();
  }

  /**
   * {@return an exact amount, parsed exactly, in a unit}
   *
   * @param amount the amount in plain decimal notation, such as {@code "35000000000"}
   * @param unit what it counts
   * @throws ValidationException if the amount is not plain decimal notation, or as
   *     {@link #of(BigDecimal, Unit)}
   */
  public static Quantity of(String amount, Unit unit) {
    return of(parseAmount(amount, "amount"), unit);
  }

  /**
   * {@return a whole amount in a unit}
   *
   * @param amount a whole amount
   * @param unit what it counts
   */
  public static Quantity of(long amount, Unit unit) {
    return of(BigDecimal.valueOf(amount), unit);
  }

  /**
   * {@return an approximate amount: "about 40", "some 40", "casi 40"}
   *
   * @param amount the amount in plain decimal notation
   * @param unit what it counts
   * @throws ValidationException as {@link #of(String, Unit)}
   */
  public static Quantity about(String amount, Unit unit) {
    return builder().amount(parseAmount(amount, "amount")).approximate(true).unit(unit).build();
  }

  /**
   * {@return a figure as written at a scale, with the precision its digits show: "$55.2 billion" is
   * {@code rounded("55.2", 9, usd)}, the amount 55200000000 to the nearest 100000000; "$20.0
   * billion" keeps its ".0" as the precision 100000000; "1.3%" is {@code rounded("1.3", 0, percent)}}
   *
   * @param digits the digits as written, in plain decimal notation, such as {@code "55.2"}
   * @param exponent the power of ten the words scale them by: 9 for billion (and <i>mil
   *     millones</i>), 6 for million, 3 for thousand, 0 for none
   * @param unit what it counts
   * @throws ValidationException as {@link #of(String, Unit)}
   */
  public static Quantity rounded(String digits, int exponent, Unit unit) {
    BigDecimal written = parseAmount(digits, "amount");
    return builder().amount(written.movePointRight(exponent))
        .precision(BigDecimal.ONE.movePointLeft(Math.max(written.scale(), 0) - exponent)).unit(unit).build();
  }

  /**
   * {@return a range with both ends included: "between 3 and 5 percent", "3-5%"}
   *
   * @param least the lower end, in plain decimal notation
   * @param most the upper end, in plain decimal notation
   * @param unit what it counts
   * @throws ValidationException if an end is not plain decimal notation or the ends are in the
   *     wrong order
   */
  public static Quantity between(String least, String most, Unit unit) {
    return builder().atLeast(parseAmount(least, "atLeast")).atMost(parseAmount(most, "atMost"))
        .unit(unit).build();
  }

  /** {@return the amount the text names, if it names one: the 40 of "about 40"} */
  public abstract Optional<BigDecimal> amount();

  /** {@return whether the text gives the amount as approximate: "about", "some", "casi"} */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** {@return the lower bound, included: "at least 200", "al menos"} */
  public abstract Optional<BigDecimal> atLeast();

  /** {@return the lower bound, excluded: "more than 1,000", "más de"} */
  public abstract Optional<BigDecimal> moreThan();

  /** {@return the upper bound, included: "up to 30", "hasta"} */
  public abstract Optional<BigDecimal> atMost();

  /** {@return the upper bound, excluded: "less than 30", "menos de", and the 40 of "nearly 40"} */
  public abstract Optional<BigDecimal> lessThan();

  /** {@return a vague amount as written: "several hundred", "decenas de miles"} */
  public abstract Optional<String> words();

  /**
   * {@return which way the vague words bound the amount, where they are a bound with no number:
   * "within hours" is the words "hours" in {@code h}, at most; "at least several thousand" at least}
   */
  public abstract Optional<Bound> wordsBound();

  /**
   * {@return the step the stated amount and bounds are rounded to, where the text rounds: 100000000
   * for "$55.2 billion" and for "$20.0 billion", 0.1 for "1.3%"; absent for an amount given exactly
   * or where the rounding is unknown}
   */
  public abstract Optional<BigDecimal> precision();

  /**
   * {@return the margin of error the text states around the amount, in the quantity's own unit: the
   * 1.6 of "up 4.7 percent (±1.6 percent)"; the amount lies within amount ± margin at the
   * confidence the publisher uses (rarely stated in the text: a qualifier where it is)}
   */
  public abstract Optional<BigDecimal> margin();

  /**
   * {@return the confidence level of the margin of error, in percent, where the text states it: 90
   * for "the 90 percent confidence interval"; that interval includes zero when the margin is at
   * least the amount, which is what a release's "not statistically significant" mark says; or the
   * level of a range that is itself the interval: "$32 to $73, the 95% confidence interval" is
   * {@code atLeast} 32, {@code atMost} 73, {@code marginLevel} 95}
   */
  public abstract Optional<BigDecimal> marginLevel();

  /** {@return what the amount counts or measures in} */
  public abstract Unit unit();

  /**
   * {@return what the amount is per, where it is a rate: a duration for "a day" ({@code d}) or
   * "at an annual rate" ({@code a}), another unit for "per gallon" ({@code [gal_us]}), {@code count}
   * for "each" and "per group" ("groups of two to four researchers": 2 to 4 count of researchers
   * per count)}
   */
  public abstract Optional<Unit> per();

  /**
   * {@return what is counted or measured, as written: the "drones" of "200 drones"; for a share in
   * percent, the whole it is a share of: "over a quarter of Ukraine's population" is more than 25
   * percent (the 25 inferred from "a quarter") of "Ukraine's population"}
   */
  public abstract Optional<String> what();

  /**
   * {@return what the text says of how the figure was made or what kind of figure it is, as
   * written: "revised", "flash estimate", "seasonally adjusted", "not adjusted for price changes",
   * "three-month moving average", "annual rate"; its standing where the text gives it: "agreed-upon",
   * "proposed", "court-ordered"}
   */
  public abstract List<String> qualifiers();

  /**
   * {@return the same amount in other units, as the text states them: the $43 million of "€40
   * million ($43 million)"; for a count, the same things counted another way: the 4,610 families of
   * "35,600 individuals (4,610 families)"}
   */
  public abstract List<Quantity> equivalents();

  /**
   * {@return the earlier figure this one revises, as the text states it: the 0.5 percent of "revised
   * from up 0.5 percent to up 0.4 percent"; in the same unit, and not itself revised}
   */
  public abstract Optional<Quantity> revisedFrom();

  /**
   * {@return a copy with the amount the text names}
   *
   * @param amount the amount
   */
  public abstract Quantity withAmount(BigDecimal amount);

  /**
   * {@return a copy that is approximate or not}
   *
   * @param approximate whether the text gives the amount as approximate
   */
  public abstract Quantity withApproximate(boolean approximate);

  /**
   * {@return a copy with what the text says of how the figure was made}
   *
   * @param qualifiers such as "revised" or "seasonally adjusted"
   */
  public abstract Quantity withQualifiers(Iterable<String> qualifiers);

  /**
   * {@return a copy rounded to a precision}
   *
   * @param step the step the stated amount is rounded to
   */
  public abstract Quantity withPrecision(BigDecimal step);

  /**
   * {@return a copy with its equivalents in other units}
   *
   * @param equivalents the same amount in other units
   */
  public abstract Quantity withEquivalents(Iterable<? extends Quantity> equivalents);

  /** {@return the lower bound and whether it is included, if there is one} */
  final Optional<BigDecimal> lower() {
    return atLeast().isPresent() ? atLeast() : moreThan();
  }

  /** {@return the upper bound, if there is one} */
  final Optional<BigDecimal> upper() {
    return atMost().isPresent() ? atMost() : lessThan();
  }

  @Value.Check
  final Quantity check() {
    Check check = new Check("Quantity").properties(SHAPE, this);
    if (amount().isEmpty() && lower().isEmpty() && upper().isEmpty() && words().isEmpty()) {
      check.add("", Rule.QUANTITY_BOUNDS, "a quantity states an amount, a bound or words;"
          + " this one states none");
    }
    boolean fit = digits(check, "amount", amount()) & digits(check, "atLeast", atLeast())
        & digits(check, "moreThan", moreThan()) & digits(check, "atMost", atMost())
        & digits(check, "lessThan", lessThan()) & digits(check, "precision", precision())
        & digits(check, "margin", margin()) & digits(check, "marginLevel", marginLevel());
    if (fit) {
      // only amounts of at most 64 digits are compared and shown
      bounds(check);
      precision(check);
      margin(check);
    }
    wordsBound().ifPresent(bound -> {
      if (words().isEmpty()) {
        check.add("wordsBound", Rule.QUANTITY_BOUNDS, "a bound in words needs its words: \"hours\" for"
            + " \"within hours\"");
      } else if (bound == Bound.AT_MOST ? upper().isPresent() : lower().isPresent()) {
        check.add("wordsBound", Rule.QUANTITY_BOUNDS, "the words bound the amount where the text gives no"
            + " number; this quantity has a numeric " + (bound == Bound.AT_MOST ? "upper" : "lower")
            + " bound: keep that one");
      }
    });
    if (per().isPresent() && per().get().equals(unit()) && !Unit.COUNT.equals(unit())) {
      check.add("per", Rule.UNIT_KIND, "a rate is per another unit than its own (" + unit()
          + "): leave out per");
    }
    if (fit && Unit.COUNT.equals(unit())) {
      whole(check, "amount", amount());
      whole(check, "atLeast", atLeast());
      whole(check, "moreThan", moreThan());
      whole(check, "atMost", atMost());
      whole(check, "lessThan", lessThan());
    }
    revisedFrom().ifPresent(earlier -> {
      if (!earlier.unit().equals(unit())) {
        check.add("revisedFrom.unit", Rule.UNIT_KIND, "a revised figure is in the unit of the figure it"
            + " revises, " + unit() + ", not " + earlier.unit());
      }
      if (earlier.revisedFrom().isPresent()) {
        check.add("revisedFrom.revisedFrom", Rule.QUANTITY_BOUNDS, "give the figure the text says was"
            + " revised, not a chain of revisions");
      }
    });
    List<Quantity> equivalents = equivalents();
    for (int i = 0; i < equivalents.size(); i++) {
      Quantity equivalent = equivalents.get(i);
      if (equivalent != null && !equivalent.equivalents().isEmpty()) {
        check.add("equivalents[" + i + "].equivalents", Rule.QUANTITY_BOUNDS,
            "an equivalent is stated in another unit, and has no equivalents of its own");
      }
      if (equivalent != null && equivalent.unit().equals(unit())
          && !(unit().kind() == Unit.Kind.COUNT && equivalent.what().isPresent() && !equivalent.what().equals(what()))) {
        check.add("equivalents[" + i + "].unit", Rule.UNIT_KIND, "an equivalent states the same amount in"
            + " another unit (\"€40 million ($43 million)\"), or the same things counted another way"
            + " (\"35,600 individuals (4,610 families)\": a count with another of); this one is " + unit()
            + (unit().kind() == Unit.Kind.COUNT ? " of the same things" : " again"));
      }
    }
    check.done();
    return normalized();
  }

  private void bounds(Check check) {
    if (atLeast().isPresent() && moreThan().isPresent()) {
      check.add("moreThan", Rule.QUANTITY_BOUNDS, "a quantity has one lower bound: atLeast or moreThan");
    }
    if (atMost().isPresent() && lessThan().isPresent()) {
      check.add("lessThan", Rule.QUANTITY_BOUNDS, "a quantity has one upper bound: atMost or lessThan");
    }
    Optional<BigDecimal> lower = lower();
    Optional<BigDecimal> upper = upper();
    if (lower.isPresent() && upper.isPresent()) {
      int order = lower.get().compareTo(upper.get());
      boolean open = moreThan().isPresent() || lessThan().isPresent();
      if (order > 0 || order == 0 && open) {
        check.add(upper().equals(atMost()) ? "atMost" : "lessThan", Rule.QUANTITY_BOUNDS, "the upper bound "
            + upper.get().toPlainString() + " is not above the lower bound " + lower.get().toPlainString());
      }
    }
    if (amount().isPresent()) {
      BigDecimal amount = amount().get();
      // "nearly 40" is about 40 and less than 40: an approximate amount may stand on an open bound
      boolean approximate = approximate();
      if (atLeast().isPresent() && amount.compareTo(atLeast().get()) < 0
          || moreThan().isPresent() && amount.compareTo(moreThan().get()) < (approximate ? 0 : 1)
          || atMost().isPresent() && amount.compareTo(atMost().get()) > 0
          || lessThan().isPresent() && amount.compareTo(lessThan().get()) > (approximate ? 0 : -1)) {
        check.add("amount", Rule.QUANTITY_BOUNDS, "the amount " + amount.toPlainString()
            + " lies outside the bounds the quantity states");
      }
    }
    if (approximate() && amount().isEmpty() && lower.isEmpty() && upper.isEmpty()) {
      check.add("approximate", Rule.QUANTITY_BOUNDS, "only an amount or a bound can be approximate");
    }
  }

  private void margin(Check check) {
    if (margin().isEmpty()) {
      if (marginLevel().isPresent() && (lower().isEmpty() || upper().isEmpty())) {
        check.add("marginLevel", Rule.QUANTITY_BOUNDS, "a confidence level belongs to a margin of error or"
            + " to a range that is a confidence interval: set margin, or both bounds (\"$32 to $73, the"
            + " 95% confidence interval\")");
      }
      level(check);
      return;
    }
    if (margin().get().signum() < 0) {
      check.add("margin", Rule.QUANTITY_BOUNDS, "a margin of error is not negative: ±1.6 is the margin 1.6,"
          + " not " + margin().get().toPlainString());
    }
    if (amount().isEmpty()) {
      check.add("margin", Rule.QUANTITY_BOUNDS, "a margin of error stands around an amount, and this"
          + " quantity states none");
    }
    level(check);
  }

  private void level(Check check) {
    marginLevel().ifPresent(level -> {
      if (level.signum() <= 0 || level.compareTo(BigDecimal.valueOf(100)) >= 0) {
        check.add("marginLevel", Rule.QUANTITY_BOUNDS, "a confidence level is a percentage above 0 and"
            + " below 100, such as 90, not " + level.toPlainString());
      }
    });
  }

  private void precision(Check check) {
    if (precision().isEmpty()) {
      return;
    }
    BigDecimal step = precision().get();
    if (step.signum() <= 0) {
      check.add("precision", Rule.QUANTITY_PRECISION, "a precision is a positive step, such as 100000000"
          + " for \"$55.2 billion\", not " + step.toPlainString());
      return;
    }
    multiple(check, "amount", amount(), step);
    multiple(check, "atLeast", atLeast(), step);
    multiple(check, "moreThan", moreThan(), step);
    multiple(check, "atMost", atMost(), step);
    multiple(check, "lessThan", lessThan(), step);
  }

  private static void multiple(Check check, String path, Optional<BigDecimal> amount, BigDecimal step) {
    // both have at most 64 digits, so the remainder is cheap
    if (amount.isPresent() && amount.get().remainder(step).signum() != 0) {
      check.add(path, Rule.QUANTITY_PRECISION, path + " " + amount.get().toPlainString()
          + " is not rounded to the precision " + step.toPlainString() + " the quantity states");
    }
  }

  private static void whole(Check check, String path, Optional<BigDecimal> amount) {
    if (amount.isPresent() && (amount.get().signum() < 0 || amount.get().stripTrailingZeros().scale() > 0)) {
      check.add(path, Rule.AMOUNT_INVALID, "a count must be a whole number and not negative, not "
          + amount.get().toPlainString());
    }
  }

  /** {@return whether an amount, if there is one, has at most 64 digits; reports it if not} */
  private static boolean digits(Check check, String path, Optional<BigDecimal> amount) {
    if (amount != null && amount.isPresent() && digitsOf(amount.get()) > MAX_DIGITS) {
      check.add(path, Rule.AMOUNT_INVALID, path + " has more than " + MAX_DIGITS
          + " digits in plain decimal notation");
      return false;
    }
    return true;
  }

  /** {@return how many digits the plain decimal notation of the amount has, without computing it} */
  private static long digitsOf(BigDecimal amount) {
    BigDecimal exact = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    long precision = exact.precision();
    long scale = exact.scale();
    if (scale <= 0) {
      return precision - scale;
    }
    return scale >= precision ? scale + 1 : precision;
  }

  /** {@return this quantity with every amount in its shortest exact form} */
  private Quantity normalized() {
    if (shortest(amount()) && shortest(atLeast()) && shortest(moreThan()) && shortest(atMost())
        && shortest(lessThan()) && shortest(precision()) && shortest(margin()) && shortest(marginLevel())) {
      return this;
    }
    return builder().from(this).amount(shorten(amount())).atLeast(shorten(atLeast()))
        .moreThan(shorten(moreThan())).atMost(shorten(atMost())).lessThan(shorten(lessThan()))
        .precision(shorten(precision())).margin(shorten(margin())).marginLevel(shorten(marginLevel())).build();
  }

  private static boolean shortest(Optional<BigDecimal> amount) {
    return amount.isEmpty() || amount.get().equals(shorten(amount.get()));
  }

  private static BigDecimal shorten(Optional<BigDecimal> amount) {
    return amount.map(Quantity::shorten).orElse(null);
  }

  private static BigDecimal shorten(BigDecimal amount) {
    BigDecimal exact = amount.stripTrailingZeros();
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }

  static BigDecimal parseAmount(String amount, String path) {
    if (amount == null || amount.length() > MAX_DIGITS + 2 || !isPlainDecimal(amount)) {
      throw new ValidationException("Quantity", List.of(Violation.of(path, Rule.AMOUNT_INVALID, "'"
          + Check.abbreviate(amount) + "' is not an amount in plain decimal notation such as 35000000000"
          + " or -12.5")));
    }
    return new BigDecimal(amount);
  }

  /** {@return whether the text is {@code -?(0|[1-9][0-9]*)(\\.[0-9]+)?}, without a regular expression} */
  private static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = i;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || text.charAt(digits) == '0' && i > digits + 1) {
      return false;
    }
    if (i < text.length()) {
      if (text.charAt(i) != '.' || i + 1 == text.length()) {
        return false;
      }
      for (i++; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@return the quantity in words: {@code about 40 count of people}, {@code between 3 and 5
   * percent}, {@code 40000000 EUR (43000000 USD)}}
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    if (approximate()) {
      text.append("about ");
    }
    amount().ifPresent(a -> text.append(a.toPlainString()).append(' '));
    margin().ifPresent(m -> text.append("±").append(m.toPlainString()).append(' '));
    marginLevel().ifPresent(m -> text.append("(at ").append(m.toPlainString()).append(" %) "));
    if (atLeast().isPresent() && atMost().isPresent() && amount().isEmpty()) {
      text.append("between ").append(atLeast().get().toPlainString()).append(" and ")
          .append(atMost().get().toPlainString()).append(' ');
    } else {
      atLeast().ifPresent(a -> text.append("at least ").append(a.toPlainString()).append(' '));
      moreThan().ifPresent(a -> text.append("more than ").append(a.toPlainString()).append(' '));
      atMost().ifPresent(a -> text.append("at most ").append(a.toPlainString()).append(' '));
      lessThan().ifPresent(a -> text.append("less than ").append(a.toPlainString()).append(' '));
    }
    words().ifPresent(w -> text.append('"').append(w).append("\" "));
    text.append(unit());
    per().ifPresent(p -> text.append(" per ").append(p));
    what().ifPresent(w -> text.append(" of ").append(w));
    precision().ifPresent(p -> text.append(" (rounded to ").append(p.toPlainString()).append(')'));
    qualifiers().forEach(q -> text.append(", ").append(q));
    for (Quantity equivalent : equivalents()) {
      text.append(" (").append(equivalent).append(')');
    }
    revisedFrom().ifPresent(r -> text.append(", revised from ").append(r));
    return text.toString();
  }

  /** Builds a {@link Quantity}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the amount the text names.
     *
     * @param amount the 40 of "about 40"
     * @return this builder
     */
    Builder amount(BigDecimal amount);

    /**
     * Sets whether the text gives the amount as approximate.
     *
     * @param approximate true for "about", "some", "casi"; false by default
     * @return this builder
     */
    Builder approximate(boolean approximate);

    /**
     * Sets the lower bound, included.
     *
     * @param bound the 200 of "at least 200"
     * @return this builder
     */
    Builder atLeast(BigDecimal bound);

    /**
     * Sets the lower bound, excluded.
     *
     * @param bound the 1,000 of "more than 1,000"
     * @return this builder
     */
    Builder moreThan(BigDecimal bound);

    /**
     * Sets the upper bound, included.
     *
     * @param bound the 30 of "up to 30"
     * @return this builder
     */
    Builder atMost(BigDecimal bound);

    /**
     * Sets the upper bound, excluded.
     *
     * @param bound the 30 of "less than 30", or the 40 of "nearly 40"
     * @return this builder
     */
    Builder lessThan(BigDecimal bound);

    /**
     * Sets a vague amount as written.
     *
     * @param words such as "several hundred" or "decenas de miles"
     * @return this builder
     */
    Builder words(String words);

    /**
     * Sets which way the vague words bound the amount, where they are a bound with no number.
     *
     * @param bound {@link Bound#AT_MOST} for "within hours", {@link Bound#AT_LEAST} for "at least
     *     several thousand"
     * @return this builder
     */
    Builder wordsBound(Bound bound);

    /**
     * Sets the step the stated amount and bounds are rounded to.
     *
     * @param step a positive decimal: 100000000 for "$55.2 billion", 0.1 for "1.3%"
     * @return this builder
     */
    Builder precision(BigDecimal step);

    /**
     * Sets the margin of error the text states around the amount, in the quantity's unit.
     *
     * @param margin not negative: 1.6 for "(±1.6 percent)" on a percentage
     * @return this builder
     */
    Builder margin(BigDecimal margin);

    /**
     * Sets what the amount is per, where it is a rate.
     *
     * @param per {@code Unit.measure("d")} for "a day", {@code Unit.measure("a")} for "at an annual
     *     rate", {@code Unit.measure("[gal_us]")} for "per gallon"
     * @return this builder
     */
    Builder per(Unit per);

    /**
     * Sets the confidence level of the margin of error, in percent.
     *
     * @param level above 0 and below 100: 90 for "the 90 percent confidence interval"
     * @return this builder
     */
    Builder marginLevel(BigDecimal level);

    /**
     * Sets the earlier figure this one revises, as the text states it.
     *
     * @param earlier the 0.5 percent of "revised from 0.5 percent to 0.4 percent", in the same unit
     * @return this builder
     */
    Builder revisedFrom(Quantity earlier);

    /**
     * Sets the unit; required.
     *
     * @param unit what the amount counts or measures in
     * @return this builder
     */
    Builder unit(Unit unit);

    /**
     * Sets what is counted or measured, as written, or the whole a share in percent is of.
     *
     * @param what the "drones" of "200 drones"; the "Ukraine's population" of "a quarter of
     *     Ukraine's population"
     * @return this builder
     */
    Builder what(String what);

    /**
     * Adds what the text says of how the figure was made or what kind of figure it is, as written.
     *
     * @param qualifier such as "revised", "seasonally adjusted" or "three-month moving average"
     * @return this builder
     */
    Builder addQualifiers(String qualifier);

    /**
     * Adds the same amount in another unit, as the text states it.
     *
     * @param equivalent the $43 million of "€40 million ($43 million)"
     * @return this builder
     */
    Builder addEquivalents(Quantity equivalent);

    /**
     * Sets every attribute from a quantity.
     *
     * @param quantity a quantity
     * @return this builder
     */
    Builder from(Quantity quantity);

    /**
     * Builds the quantity.
     *
     * @return the quantity
     * @throws ValidationException with every violation, if it would be invalid
     */
    Quantity build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Quantity.class);
  }

  @JsonCreator
  static Quantity jackson(Object json) {
    throw Unregistered.type(Quantity.class);
  }
}
