package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.internal.Scalar;

/**
 * A country as its ISO 3166-1 alpha-2 code, such as {@code UA} or {@code MK}, checked against the
 * JDK's own table ({@link Locale#getISOCountries()}). Final, immutable, thread-safe.
 */
public final class CountryCode {
  static final Scalar<CountryCode> FORM = Scalar.parsed("country", "ISO 3166-1 alpha-2.",
      CountryCode::of, CountryCode::code, "pattern", "^[A-Z]{2}$");
  private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * {@return the country with that ISO 3166-1 alpha-2 code}
   *
   * @param code two capital letters, such as {@code UA}
   * @throws ValidationException if the code is not an ISO 3166-1 alpha-2 code the JDK knows
   */
  public static CountryCode of(String code) {
    if (code == null || !KNOWN.contains(code)) {
      throw Check.single("CountryCode", Rule.COUNTRY_UNKNOWN,
          "'" + Check.abbreviate(code) + "' is not an ISO 3166-1 alpha-2 country code such as UA");
    }
    return new CountryCode(code);
  }

  /** {@return the two-letter code} */
  public String code() {
    return code;
  }

  /**
   * {@return the country's name in that language, from the JDK, such as "Macedonia del Norte"}
   *
   * @param language the language of the name
   */
  public String displayName(Locale language) {
    return new Locale("", code).getDisplayCountry(Check.notNull(language, "language"));
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof CountryCode && ((CountryCode) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the two-letter code} */
  @Override
  public String toString() {
    return code;
  }

  // Without the newsfacts module, Jackson writes and reads the value as its JSON string.
  @JsonValue
  String jackson() {
    return toString();
  }

  @JsonCreator
  static CountryCode jackson(String json) {
    return of(json);
  }
}
