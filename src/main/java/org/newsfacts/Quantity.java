package org.newsfacts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * An exact decimal amount with its {@link Unit}: never a {@code double}.
 *
 * <p>"35 mil millones de dólares" is {@code Quantity.of("35000000000", Unit.currency("USD"))}
 * (Spanish <i>mil millones</i> is 10<sup>9</sup>). Amounts are kept in their shortest exact form,
 * so {@code 35.0} and {@code 35} are equal. A count is a whole number, never negative.
 *
 * <p>The text form of the amount is plain decimal notation ({@code -12.5}), without exponent,
 * grouping or a plus sign, at most 64 digits. Final, immutable, thread-safe.
 */
public final class Quantity {
  private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final int MAX_DIGITS = 64;

  static final Shape<Quantity> SHAPE = Shape.value("quantity", null, Quantity.class,
          v -> Quantity.of(v.<BigDecimal>get(0), v.<Unit>get(1)))
      .required("amount", Scalar.parsed(null, "An exact decimal in plain notation, as a string:"
              + " never a binary floating point number.", amount -> parseAmount(amount, ""), BigDecimal::toPlainString,
              "pattern", "^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$", "maxLength", MAX_DIGITS + 2),
          Quantity::amount)
      .required("unit", Unit.FORM, Quantity::unit)
      .build();

  private final BigDecimal amount;
  private final Unit unit;

  private Quantity(BigDecimal amount, Unit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * {@return an amount in a unit}
   *
   * @param amount the exact amount
   * @param unit what it counts
   * @throws ValidationException if the amount or unit is missing, has more than 64 digits, or is
   *     not a whole, non-negative number for a count
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    Check check = new Check("Quantity");
    if (check.required("amount", amount)) {
      if (amount.precision() > MAX_DIGITS || Math.abs((long) amount.scale()) > MAX_DIGITS) {
        check.add("amount", Rule.AMOUNT_INVALID, "amount has more than " + MAX_DIGITS + " digits");
      } else if (unit == Unit.COUNT
          && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0)) {
        check.add("amount", Rule.AMOUNT_INVALID,
            "a count must be a whole number and not negative, not " + amount.toPlainString());
      }
    }
    check.required("unit", unit);
    check.done();
    BigDecimal exact = amount.stripTrailingZeros();
    return new Quantity(exact.scale() < 0 ? exact.setScale(0) : exact, unit);
  }

  /**
   * {@return an amount, parsed exactly, in a unit}
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

  private static BigDecimal parseAmount(String amount, String path) {
    if (amount == null || amount.length() > MAX_DIGITS + 2 || !AMOUNT.matcher(amount).matches()) {
      throw new ValidationException("Quantity", java.util.List.of(Violation.of(path,
          Rule.AMOUNT_INVALID, "'" + abbreviate(amount)
              + "' is not an amount in plain decimal notation such as 35000000000 or -12.5")));
    }
    return new BigDecimal(amount);
  }

  private static String abbreviate(String text) {
    return text != null && text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** {@return the exact amount, in its shortest form} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return what the amount counts} */
  public Unit unit() {
    return unit;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Quantity
            && ((Quantity) other).amount.equals(amount)
            && ((Quantity) other).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, unit);
  }

  /** {@return the amount in plain notation and the unit: {@code 35000000000 USD}} */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit;
  }
}
