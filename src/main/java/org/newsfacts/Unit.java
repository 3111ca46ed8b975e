package org.newsfacts;

import java.util.Currency;
import java.util.Optional;
import org.newsfacts.internal.Scalar;

/**
 * What a {@link Quantity} counts: a currency (ISO 4217, such as {@code USD}), a plain count, or a
 * percentage. Its text form is the currency code, {@code count} or {@code percent}.
 *
 * <p>Currency codes are checked against the JDK's own ISO 4217 table. Final, immutable,
 * thread-safe.
 */
public final class Unit {
  static final Scalar<Unit> FORM = Scalar.parsed(null, "An ISO 4217 currency code, count or percent.",
      Unit::parse, Unit::toString, "pattern", "^([A-Z]{3}|count|percent)$");

  /** What kind of unit this is. */
  public enum Kind {
    /** An amount of money in an ISO 4217 currency. */
    CURRENCY,
    /** A number of things: people, drones, meetings. A count is a whole number, never negative. */
    COUNT,
    /** A percentage: {@code 12.5} is 12.5 %. */
    PERCENT
  }

  /** A plain count of things. */
  public static final Unit COUNT = new Unit(Kind.COUNT, null);
  /** A percentage. */
  public static final Unit PERCENT = new Unit(Kind.PERCENT, null);

  private final Kind kind;
  private final Currency currency;

  private Unit(Kind kind, Currency currency) {
    this.kind = kind;
    this.currency = currency;
  }

  /**
   * {@return the unit for amounts of that currency}
   *
   * @param currency a currency
   */
  public static Unit of(Currency currency) {
    return new Unit(Kind.CURRENCY, currency);
  }

  /**
   * {@return the unit for amounts of that currency}
   *
   * @param code an ISO 4217 code in capitals, such as {@code USD}
   * @throws ValidationException if the code is not an ISO 4217 currency the JDK knows
   */
  public static Unit currency(String code) {
    if (code != null && isCode(code)) {
      try {
        return of(Currency.getInstance(code));
      } catch (IllegalArgumentException unknown) {
        // reported below
      }
    }
    throw Check.single("Unit", Rule.UNIT_UNKNOWN, "'" + code + "' is not an ISO 4217 currency code");
  }

  /**
   * Reads a unit's text form: a currency code, {@code count} or {@code percent}.
   *
   * @param text the text form
   * @return the unit
   * @throws ValidationException if the text names no unit
   */
  public static Unit parse(CharSequence text) {
    String value = String.valueOf(text);
    if (value.equals("count")) {
      return COUNT;
    }
    if (value.equals("percent")) {
      return PERCENT;
    }
    if (isCode(value)) {
      return currency(value);
    }
    throw Check.single("Unit", Rule.UNIT_UNKNOWN,
        "'" + value + "' is not a unit: an ISO 4217 currency code, 'count' or 'percent'");
  }

  private static boolean isCode(String text) {
    return text.length() == 3 && isCapital(text.charAt(0)) && isCapital(text.charAt(1))
        && isCapital(text.charAt(2));
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@return the kind of unit} */
  public Kind kind() {
    return kind;
  }

  /** {@return the currency, if this is a currency unit} */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Unit
            && ((Unit) other).kind == kind
            && (currency == null
                ? ((Unit) other).currency == null
                : currency.equals(((Unit) other).currency));
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + (currency == null ? 0 : currency.hashCode());
  }

  /** {@return the currency code, {@code count} or {@code percent}} */
  @Override
  public String toString() {
    return currency != null ? currency.getCurrencyCode() : kind == Kind.COUNT ? "count" : "percent";
  }
}
