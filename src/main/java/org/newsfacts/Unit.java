package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.internal.Scalar;

/**
 * What a {@link Quantity} counts or measures.
 *
 * <ul>
 *   <li>a currency, by its ISO 4217 code, checked against the JDK's own table: {@code USD},
 *       {@code EUR} ({@link #currency(String)});
 *   <li>{@code count}: a number of things, whole and never negative ("200 drones": what is
 *       counted is the quantity's {@link Quantity#what() what});
 *   <li>{@code percent}: 12.5 is 12.5 %; {@code percentage-point}: the difference of two
 *       percentages ("up 2 points");
 *   <li>a physical unit or a duration by its case-sensitive UCUM code (the Unified Code for Units
 *       of Measure), from the table below: {@code km}, {@code t}, {@code d}, {@code kW.h};
 *   <li>{@code unstated}: the text gives no unit ("252 millones", the currency only implied).
 * </ul>
 *
 * <table>
 *   <caption>The UCUM units the library knows</caption>
 *   <tr><th>dimension</th><th>codes</th></tr>
 *   <tr><td>time (durations)</td><td>{@code s min h d wk mo a}</td></tr>
 *   <tr><td>length</td><td>{@code mm cm m km [in_i] [ft_i] [mi_i] [nmi_i]}</td></tr>
 *   <tr><td>area</td><td>{@code m2 km2 har [acr_us] [sft_i] [mi_i]2}</td></tr>
 *   <tr><td>volume</td><td>{@code mL L hL m3 [gal_us] [bbl_us] [cft_i]}</td></tr>
 *   <tr><td>mass</td><td>{@code g kg t kt Mt Gt [lb_av] [oz_av] [oz_tr] [ston_av]}</td></tr>
 *   <tr><td>energy</td><td>{@code J kJ MJ GJ kW.h MW.h GW.h TW.h [Btu_IT]}</td></tr>
 *   <tr><td>power</td><td>{@code W kW MW GW}</td></tr>
 *   <tr><td>speed</td><td>{@code m/s km/h [mi_i]/h [kn_i]}</td></tr>
 *   <tr><td>temperature</td><td>{@code Cel [degF]}</td></tr>
 *   <tr><td>flow</td><td>{@code [bbl_us]/d m3/d [cft_i]/d}</td></tr>
 *   <tr><td>a pure number</td><td>{@code 1} (UCUM's unity): an index level ("the index stood at
 *       231.4"), a magnitude ("magnitude 6.4", "3.5 to 4.7 on the Richter scale"), a ratio; what it
 *       is goes in the quantity's {@code of}</td></tr>
 * </table>
 *
 * <p>The text form is the currency code, {@code count}, {@code percent}, {@code percentage-point}
 * or the UCUM code. Final, immutable, thread-safe.
 */
public final class Unit {

  /** What kind of unit this is. */
  public enum Kind {
    /** An amount of money in an ISO 4217 currency. */
    CURRENCY,
    /** A number of things: people, drones, meetings. A count is a whole number, never negative. */
    COUNT,
    /** A percentage: {@code 12.5} is 12.5 %. */
    PERCENT,
    /** The difference between two percentages: "up 2 points". */
    PERCENTAGE_POINT,
    /** A physical quantity or a duration, in a UCUM unit. */
    MEASURE,
    /**
     * None stated: the text gives the amount without a unit ("252 millones", the currency only
     * implied). Where the sheet's maker knows the unit, it gives it instead and marks it inferred.
     */
    UNSTATED
  }

  /** What a {@link Kind#MEASURE measure} measures. */
  public enum Dimension {
    /** Durations: "for 30 days", "un préstamo a un año". */
    TIME,
    /** Lengths and distances. */
    LENGTH,
    /** Areas. */
    AREA,
    /** Volumes. */
    VOLUME,
    /** Masses. */
    MASS,
    /** Energy. */
    ENERGY,
    /** Power. */
    POWER,
    /** Speeds. */
    SPEED,
    /** Temperatures. */
    TEMPERATURE,
    /** Flows, such as barrels a day. */
    FLOW,
    /** A pure number: an index level, a magnitude on a scale, a ratio. */
    NUMBER
  }

  /** The UCUM units the library knows, with their dimension, in the order of the table above. */
  private static final Map<String, Dimension> UCUM = ucum();

  static final Scalar<Unit> FORM = Scalar.parsed("unit", "An ISO 4217 currency code, count, percent,"
          + " percentage-point, or a UCUM code of the library's table (km, t, d, kW.h, ...).",
      Unit::parse, Unit::toString, "pattern", "^([A-Z]{3}|count|percent|percentage-point|unstated|"
          + UCUM.keySet().stream().sorted().map(Unit::escape).collect(Collectors.joining("|")) + ")$");

  /** A plain count of things. */
  public static final Unit COUNT = new Unit(Kind.COUNT, null, "count", null);
  /** A percentage. */
  public static final Unit PERCENT = new Unit(Kind.PERCENT, null, "percent", null);
  /** Percentage points: the difference of two percentages. */
  public static final Unit PERCENTAGE_POINT = new Unit(Kind.PERCENTAGE_POINT, null, "percentage-point",
      null);
  /** No unit stated: "252 millones", the currency only implied; see {@link Kind#UNSTATED}. */
  public static final Unit UNSTATED = new Unit(Kind.UNSTATED, null, "unstated", null);

  private final Kind kind;
  private final Currency currency;
  private final String code;
  private final Dimension dimension;

  private Unit(Kind kind, Currency currency, String code, Dimension dimension) {
    this.kind = kind;
    this.currency = currency;
    this.code = code;
    this.dimension = dimension;
  }

  private static Map<String, Dimension> ucum() {
    Map<String, Dimension> units = new LinkedHashMap<>();
    put(units, Dimension.TIME, "s", "min", "h", "d", "wk", "mo", "a");
    put(units, Dimension.LENGTH, "mm", "cm", "m", "km", "[in_i]", "[ft_i]", "[mi_i]", "[nmi_i]");
    put(units, Dimension.AREA, "m2", "km2", "har", "[acr_us]", "[sft_i]", "[mi_i]2");
    put(units, Dimension.VOLUME, "mL", "L", "hL", "m3", "[gal_us]", "[bbl_us]", "[cft_i]");
    put(units, Dimension.MASS, "g", "kg", "t", "kt", "Mt", "Gt", "[lb_av]", "[oz_av]", "[oz_tr]", "[ston_av]");
    put(units, Dimension.ENERGY, "J", "kJ", "MJ", "GJ", "kW.h", "MW.h", "GW.h", "TW.h", "[Btu_IT]");
    put(units, Dimension.POWER, "W", "kW", "MW", "GW");
    put(units, Dimension.SPEED, "m/s", "km/h", "[mi_i]/h", "[kn_i]");
    put(units, Dimension.TEMPERATURE, "Cel", "[degF]");
    put(units, Dimension.FLOW, "[bbl_us]/d", "m3/d", "[cft_i]/d");
    put(units, Dimension.NUMBER, "1");
    return Map.copyOf(units);
  }

  private static void put(Map<String, Dimension> units, Dimension dimension, String... codes) {
    for (String code : codes) {
      units.put(code, dimension);
    }
  }

  /** {@return a UCUM code as a regular expression that matches it alone} */
  private static String escape(String code) {
    StringBuilder pattern = new StringBuilder();
    for (char c : code.toCharArray()) {
      if (c == '[' || c == ']' || c == '.') {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }

  /** {@return the UCUM codes the library knows} */
  static Set<String> ucumCodes() {
    return UCUM.keySet();
  }

  /**
   * {@return the unit for amounts of that currency}
   *
   * @param currency a currency
   */
  public static Unit of(Currency currency) {
    Check.notNull(currency, "currency");
    return new Unit(Kind.CURRENCY, currency, currency.getCurrencyCode(), null);
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
    throw Check.single("Unit", Rule.UNIT_UNKNOWN, "'" + Check.abbreviate(code)
        + "' is not an ISO 4217 currency code");
  }

  /**
   * {@return the unit of a UCUM code of the table above, such as {@code km} or {@code d}}
   *
   * @param ucum the case-sensitive UCUM code
   * @throws ValidationException if the code is not in the table
   */
  public static Unit measure(String ucum) {
    Dimension dimension = ucum == null ? null : UCUM.get(ucum);
    if (dimension == null) {
      throw Check.single("Unit", Rule.UNIT_UNKNOWN, "'" + Check.abbreviate(ucum) + "' is not a UCUM code the"
          + " library knows; see the table in Unit's documentation" + hint(ucum));
    }
    return new Unit(Kind.MEASURE, null, ucum, dimension);
  }

  /**
   * Reads a unit's text form: a currency code, {@code count}, {@code percent},
   * {@code percentage-point} or a UCUM code of the table.
   *
   * @param text the text form
   * @return the unit
   * @throws ValidationException if the text names no unit
   */
  public static Unit parse(CharSequence text) {
    String value = text == null ? null : text.toString();
    if (value != null) {
      if (value.equals("count")) {
        return COUNT;
      }
      if (value.equals("percent")) {
        return PERCENT;
      }
      if (value.equals("percentage-point")) {
        return PERCENTAGE_POINT;
      }
      if (value.equals("unstated")) {
        return UNSTATED;
      }
      if (isCode(value)) {
        return currency(value);
      }
      if (UCUM.containsKey(value)) {
        return measure(value);
      }
    }
    throw Check.single("Unit", Rule.UNIT_UNKNOWN, "'" + Check.abbreviate(value) + "' is not a unit: an"
        + " ISO 4217 currency code, count, percent, percentage-point, unstated or one of the UCUM codes in"
        + " the table of Unit's documentation, such as km or d" + hint(value));
  }

  /** Words users type for a unit, and what to give instead. */
  private static final Map<String, String> WORDS = words();

  private static Map<String, String> words() {
    Map<String, String> words = new LinkedHashMap<>();
    String[][] pairs = {{"year", "a"}, {"month", "mo"}, {"week", "wk"}, {"day", "d"}, {"hour", "h"},
        {"minute", "min"}, {"second", "s"}, {"kilometer", "km"}, {"kilometre", "km"}, {"mile", "[mi_i]"},
        {"meter", "m"}, {"metre", "m"}, {"ton", "t"}, {"tonne", "t"}, {"gallon", "[gal_us]"},
        {"barrel", "[bbl_us]"}, {"acre", "[acr_us]"}, {"cubic feet", "[cft_i]"}, {"cubic foot", "[cft_i]"},
        {"square feet", "[sft_i]"}, {"square mile", "[mi_i]2"}, {"hectare", "har"}, {"ha", "har"}, {"pound", "[lb_av]"},
        {"dollar", "USD"}, {"euro", "EUR"}, {"%", "percent"}, {"point", "percentage-point"},
        {"people", "count"}, {"person", "count"}};
    for (String[] pair : pairs) {
      words.put(pair[0], pair[1]);
      if (pair[0].length() > 2) {
        words.put(pair[0] + "s", pair[1]);
      }
    }
    return Map.copyOf(words);
  }

  /** A hint for a word typed for a unit, a code in other capitals, or a rate written as one code. */
  private static String hint(String value) {
    if (value == null) {
      return "";
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT).trim();
    if (WORDS.containsKey(lower)) {
      return "; for \"" + value + "\" give " + WORDS.get(lower);
    }
    for (String code : UCUM.keySet()) {
      if (code.equalsIgnoreCase(value)) {
        return "; UCUM codes are case-sensitive: " + code;
      }
    }
    int slash = value.lastIndexOf('/');
    if (slash > 0 && UCUM.containsKey(value.substring(0, slash)) && UCUM.containsKey(value.substring(slash + 1))) {
      return "; for a rate, give the unit " + value.substring(0, slash) + " and per " + value.substring(slash + 1);
    }
    return "";
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

  /** {@return what a measure measures, if this is a measure} */
  public Optional<Dimension> dimension() {
    return Optional.ofNullable(dimension);
  }

  /** {@return whether this unit measures durations: s, min, h, d, wk, mo or a} */
  public boolean isTime() {
    return dimension == Dimension.TIME;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Unit && ((Unit) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** {@return the text form: {@code USD}, {@code count}, {@code percent}, {@code km}, ...} */
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
  static Unit jackson(String json) {
    return parse(json);
  }
}
