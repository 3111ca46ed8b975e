package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsfacts.internal.Scalar;

/**
 * A date exactly as precise as the text gives it:
 *
 * <table>
 *   <caption>The forms of a partial date</caption>
 *   <tr><th>text</th><th>form</th><th>precision</th></tr>
 *   <tr><td>"en 2025"</td><td>{@code 2025}</td><td>{@link Precision#YEAR}</td></tr>
 *   <tr><td>"in the first half of 2025"</td><td>{@code 2025-H1}</td><td>{@link Precision#HALF}</td></tr>
 *   <tr><td>"in the third quarter of 2025"</td><td>{@code 2025-Q3}</td><td>{@link Precision#QUARTER}</td></tr>
 *   <tr><td>"in January 2025"</td><td>{@code 2025-01}</td><td>{@link Precision#YEAR_MONTH}</td></tr>
 *   <tr><td>"next week" (resolved, marked inferred)</td><td>{@code 2023-W06}</td><td>{@link Precision#WEEK}</td></tr>
 *   <tr><td>"en enero" (no year)</td><td>{@code --01}</td><td>{@link Precision#MONTH}</td></tr>
 *   <tr><td>"el 17 de enero" (no year)</td><td>{@code --01-17}</td><td>{@link Precision#MONTH_DAY}</td></tr>
 *   <tr><td>"on 17 January 2025"</td><td>{@code 2025-01-17}</td><td>{@link Precision#DATE}</td></tr>
 * </table>
 *
 * <p>"El 17 de enero" is {@code PartialDate.parse("--01-17")}: the year the text does not give is
 * absent, never guessed. The forms are ISO 8601's, as {@link MonthDay} and TimeML write them.
 * Impossible dates ({@code 2025-02-30}, {@code --02-30}) are rejected; {@code --02-29} is accepted,
 * as there are years in which it exists.
 *
 * <p>Final, immutable and thread-safe. {@link #toString()} is the text that
 * {@link #parse(CharSequence)} reads back, and the JSON form.
 */
public final class PartialDate {
  /** The forms of the text, as a regular expression without anchors, for the JSON Schema. */
  static final String PATTERN = "(\\d{4}(-(H[12]|Q[1-4]|W(0[1-9]|[1-4]\\d|5[0-3])"
      + "|(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?))?"
      + "|--(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)";
  static final Scalar<PartialDate> FORM = Scalar.parsed("partialDate", "A date as precise as the"
          + " text: 2025, 2025-H1, 2025-Q3, 2025-01, 2025-W06, --01, --01-17 or 2025-01-17.", PartialDate::parse,
      PartialDate::toString, "pattern", "^" + PATTERN + "$");

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year: {@code 2025}. */
    YEAR,
    /** A half of a year: {@code 2025-H1}. */
    HALF,
    /** A quarter of a year: {@code 2025-Q3}. */
    QUARTER,
    /** Year and month: {@code 2025-01}. */
    YEAR_MONTH,
    /** An ISO 8601 week, Monday to Sunday, of a week-based year: {@code 2023-W06}. */
    WEEK,
    /** A month, without a year: {@code --01}. */
    MONTH,
    /** Month and day, without a year: {@code --01-17}. */
    MONTH_DAY,
    /** A full date: {@code 2025-01-17}. */
    DATE
  }

  private final Precision precision;
  private final int year;
  /** The month; or the half, quarter or week, for those precisions. */
  private final int month;
  private final int day;

  private PartialDate(Precision precision, int year, int month, int day) {
    this.precision = precision;
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * {@return the date with year precision}
   *
   * @param year the year, 0 to 9999
   * @throws ValidationException if the year is outside 0 to 9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(Precision.YEAR, year, 0, 0);
  }

  /**
   * {@return a half of a year: "the first half of 2025" is {@code ofHalf(2025, 1)}}
   *
   * @param year the year, 0 to 9999
   * @param half 1 or 2
   * @throws ValidationException if a field is out of range
   */
  public static PartialDate ofHalf(int year, int half) {
    checkYear(year);
    if (half < 1 || half > 2) {
      throw Check.single("PartialDate", Rule.DATE_INVALID, "half " + half + " is not 1 or 2");
    }
    return new PartialDate(Precision.HALF, year, half, 0);
  }

  /**
   * {@return a quarter of a year: "the third quarter of 2025" is {@code ofQuarter(2025, 3)}}
   *
   * @param year the year, 0 to 9999
   * @param quarter 1 to 4
   * @throws ValidationException if a field is out of range
   */
  public static PartialDate ofQuarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw Check.single("PartialDate", Rule.DATE_INVALID, "quarter " + quarter + " is not 1 to 4");
    }
    return new PartialDate(Precision.QUARTER, year, quarter, 0);
  }

  /**
   * {@return an ISO 8601 week, Monday to Sunday: "the week of 6 February 2023" is {@code ofWeek(2023, 6)}}
   *
   * @param weekYear the week-based year, 0 to 9999
   * @param week 1 to 52, or 53 in a year that has one
   * @throws ValidationException if the week does not exist in that year
   */
  public static PartialDate ofWeek(int weekYear, int week) {
    checkYear(weekYear);
    long weeks = java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR
        .rangeRefinedBy(LocalDate.of(weekYear, 6, 1)).getMaximum();
    if (week < 1 || week > weeks) {
      throw Check.single("PartialDate", Rule.DATE_INVALID, "week " + week + " is not 1 to " + weeks
          + " of " + weekYear);
    }
    return new PartialDate(Precision.WEEK, weekYear, week, 0);
  }

  /**
   * {@return the week of a date: "next week", resolved from the publication date}
   *
   * @param date a date in the week
   */
  public static PartialDate weekOf(LocalDate date) {
    Check.notNull(date, "date");
    return ofWeek(date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * {@return the date with year-month precision}
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @throws ValidationException if a field is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    try {
      YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw invalid(String.format("%04d-%02d", year, month), e);
    }
    return new PartialDate(Precision.YEAR_MONTH, year, month, 0);
  }

  /**
   * {@return a month without a year: "en enero" is {@code ofMonth(1)}}
   *
   * @param month the month, 1 to 12
   * @throws ValidationException if the month is out of range
   */
  public static PartialDate ofMonth(int month) {
    if (month < 1 || month > 12) {
      throw Check.single("PartialDate", Rule.DATE_INVALID, "month " + month + " is not 1 to 12");
    }
    return new PartialDate(Precision.MONTH, 0, month, 0);
  }

  /**
   * {@return the date with month-day precision and no year}
   *
   * @param month the month, 1 to 12
   * @param day the day of the month, valid in at least one year
   * @throws ValidationException if the month and day never exist together
   */
  public static PartialDate ofMonthDay(int month, int day) {
    try {
      MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw invalid(String.format("--%02d-%02d", month, day), e);
    }
    return new PartialDate(Precision.MONTH_DAY, 0, month, day);
  }

  /**
   * {@return a full date: year, month and day}
   *
   * @param year the year, 0 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @throws ValidationException if the date does not exist
   */
  public static PartialDate ofDate(int year, int month, int day) {
    checkYear(year);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw invalid(String.format("%04d-%02d-%02d", year, month, day), e);
    }
    return new PartialDate(Precision.DATE, year, month, day);
  }

  /**
   * {@return that year as a partial date}
   *
   * @param year a year
   */
  public static PartialDate of(Year year) {
    return ofYear(Check.notNull(year, "year").getValue());
  }

  /**
   * {@return that month of that year as a partial date}
   *
   * @param yearMonth a year and month
   */
  public static PartialDate of(YearMonth yearMonth) {
    Check.notNull(yearMonth, "yearMonth");
    return ofYearMonth(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * {@return that month, without a year, as a partial date}
   *
   * @param month a month
   */
  public static PartialDate of(Month month) {
    return ofMonth(Check.notNull(month, "month").getValue());
  }

  /**
   * {@return that day, without a year, as a partial date}
   *
   * @param monthDay a month and day
   */
  public static PartialDate of(MonthDay monthDay) {
    Check.notNull(monthDay, "monthDay");
    return ofMonthDay(monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }

  /**
   * {@return that date as a partial date}
   *
   * @param date a full date
   */
  public static PartialDate of(LocalDate date) {
    Check.notNull(date, "date");
    return ofDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads one of the forms in the table above: {@code 2025}, {@code 2025-H1}, {@code 2025-Q3},
   * {@code 2025-01}, {@code 2025-W06}, {@code --01}, {@code --01-17} or {@code 2025-01-17}.
   *
   * @param text the text
   * @return the partial date
   * @throws ValidationException if the text has another form or names an impossible date
   */
  public static PartialDate parse(CharSequence text) {
    int length = text == null ? -1 : text.length();
    if (length >= 4 && text.charAt(0) == '-' && text.charAt(1) == '-') {
      int month = length >= 4 ? digits(text, 2, 4) : -1;
      if (length == 4 && month >= 0) {
        return ofMonth(month);
      }
      int day = length == 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
      if (month >= 0 && day >= 0) {
        return ofMonthDay(month, day);
      }
    } else if (length == 7 && text.charAt(4) == '-' && (text.charAt(5) == 'H' || text.charAt(5) == 'Q')) {
      int year = digits(text, 0, 4);
      int part = digits(text, 6, 7);
      if (year >= 0 && part >= 0) {
        return text.charAt(5) == 'H' ? ofHalf(year, part) : ofQuarter(year, part);
      }
    } else if (length == 8 && text.charAt(4) == '-' && text.charAt(5) == 'W') {
      int year = digits(text, 0, 4);
      int week = digits(text, 6, 8);
      if (year >= 0 && week >= 0) {
        return ofWeek(year, week);
      }
    } else if (length == 4 || length == 7 && text.charAt(4) == '-'
        || length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = length > 4 ? digits(text, 5, 7) : 0;
      int day = length > 7 ? digits(text, 8, 10) : 0;
      if (year >= 0 && month >= 0 && day >= 0) {
        return length == 4 ? ofYear(year)
            : length == 7 ? ofYearMonth(year, month)
            : ofDate(year, month, day);
      }
    }
    throw Check.single("PartialDate", Rule.DATE_INVALID, "'" + Check.abbreviate(text) + "' is not a date"
        + " in the form 2025, 2025-H1, 2025-Q3, 2025-01, 2025-W06, --01, --01-17 or 2025-01-17");
  }

  /** {@return the number the ASCII digits between two indexes make, or -1 if one is not a digit} */
  private static int digits(CharSequence text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** {@return how much of the date is known} */
  public Precision precision() {
    return precision;
  }

  /** {@return the year, if the text gives one} */
  public Optional<Year> year() {
    return hasYear() ? Optional.of(Year.of(year)) : Optional.empty();
  }

  /** {@return the month, if the text gives one, with or without a year} */
  public Optional<Month> month() {
    return precision == Precision.YEAR_MONTH || precision == Precision.MONTH
        || precision == Precision.MONTH_DAY || precision == Precision.DATE
        ? Optional.of(Month.of(month)) : Optional.empty();
  }

  /** {@return the half of the year, 1 or 2, for a date of {@link Precision#HALF}} */
  public OptionalInt half() {
    return precision == Precision.HALF ? OptionalInt.of(month) : OptionalInt.empty();
  }

  /** {@return the quarter of the year, 1 to 4, for a date of {@link Precision#QUARTER}} */
  public OptionalInt quarter() {
    return precision == Precision.QUARTER ? OptionalInt.of(month) : OptionalInt.empty();
  }

  /** {@return the week of the week-based year, 1 to 53, for a date of {@link Precision#WEEK}} */
  public OptionalInt week() {
    return precision == Precision.WEEK ? OptionalInt.of(month) : OptionalInt.empty();
  }

  /** {@return the year and month, if the text gives both} */
  public Optional<YearMonth> yearMonth() {
    return precision == Precision.YEAR_MONTH || precision == Precision.DATE
        ? Optional.of(YearMonth.of(year, month))
        : Optional.empty();
  }

  /** {@return the month and day, if the text gives both} */
  public Optional<MonthDay> monthDay() {
    return precision == Precision.MONTH_DAY || precision == Precision.DATE
        ? Optional.of(MonthDay.of(month, day))
        : Optional.empty();
  }

  /** {@return the full date, if the text gives one} */
  public Optional<LocalDate> date() {
    return precision == Precision.DATE ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  private boolean hasYear() {
    return precision != Precision.MONTH && precision != Precision.MONTH_DAY;
  }

  /** {@return the first day this date can be, or null when it has no year} */
  LocalDate first() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case HALF:
        return LocalDate.of(year, month == 1 ? 1 : 7, 1);
      case QUARTER:
        return LocalDate.of(year, 3 * month - 2, 1);
      case YEAR_MONTH:
        return LocalDate.of(year, month, 1);
      case WEEK:
        return monday();
      case DATE:
        return LocalDate.of(year, month, day);
      default:
        return null;
    }
  }

  /** {@return the last day this date can be, or null when it has no year} */
  LocalDate last() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(year, 12, 31);
      case HALF:
        return LocalDate.of(year, month == 1 ? 6 : 12, month == 1 ? 30 : 31);
      case QUARTER:
        return YearMonth.of(year, 3 * month).atEndOfMonth();
      case YEAR_MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      case WEEK:
        return monday().plusDays(6);
      case DATE:
        return LocalDate.of(year, month, day);
      default:
        return null;
    }
  }

  private LocalDate monday() {
    return LocalDate.of(year, 6, 1).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, month)
        .with(java.time.DayOfWeek.MONDAY);
  }

  private static void checkYear(int year) {
    if (year < 0 || year > 9999) {
      throw Check.single("PartialDate", Rule.DATE_INVALID, "year " + year + " is outside 0 to 9999");
    }
  }

  private static ValidationException invalid(String text, DateTimeException cause) {
    return Check.single("PartialDate", Rule.DATE_INVALID,
        "'" + text + "' is not a possible date: " + cause.getMessage());
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof PartialDate
            && ((PartialDate) other).precision == precision
            && ((PartialDate) other).year == year
            && ((PartialDate) other).month == month
            && ((PartialDate) other).day == day;
  }

  @Override
  public int hashCode() {
    return ((precision.hashCode() * 31 + year) * 31 + month) * 31 + day;
  }

  /** {@return the text form, as in the table above, such as {@code --01-17}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(10);
    if (hasYear()) {
      pad(text, year, 4);
    } else {
      text.append("--");
    }
    switch (precision) {
      case HALF:
        text.append("-H").append(month);
        break;
      case QUARTER:
        text.append("-Q").append(month);
        break;
      case WEEK:
        pad(text.append("-W"), month, 2);
        break;
      case YEAR_MONTH:
        pad(text.append('-'), month, 2);
        break;
      case MONTH:
        pad(text, month, 2);
        break;
      case MONTH_DAY:
        pad(pad(text, month, 2).append('-'), day, 2);
        break;
      case DATE:
        pad(pad(text.append('-'), month, 2).append('-'), day, 2);
        break;
      default:
        break;
    }
    return text.toString();
  }

  private static StringBuilder pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }

  // Without the newsfacts module, Jackson writes and reads the value as its JSON string.
  @JsonValue
  String jackson() {
    return toString();
  }

  @JsonCreator
  static PartialDate jackson(String json) {
    return parse(json);
  }
}
