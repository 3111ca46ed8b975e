package org.newsfacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.newsfacts.internal.Scalar;

/**
 * A date exactly as precise as the text gives it: a year ({@code 2025}), a year and month
 * ({@code 2025-01}), a month and day without a year ({@code --01-17}, as ISO 8601 and
 * {@link MonthDay} write it), or a full date ({@code 2025-01-17}).
 *
 * <p>"El 17 de enero" is {@code PartialDate.parse("--01-17")}: the year the text does not give is
 * absent, never guessed. Impossible dates ({@code 2025-02-30}, {@code --02-30}) are rejected;
 * {@code --02-29} is accepted, as there are years in which it exists.
 *
 * <p>Final, immutable and thread-safe. {@link #toString()} is the ISO 8601 text that
 * {@link #parse(CharSequence)} reads back, and the JSON form.
 */
public final class PartialDate {
  static final Scalar<PartialDate> FORM = Scalar.parsed("partialDate",
      "2025, 2025-01, --01-17 or 2025-01-17: as precise as the text.", PartialDate::parse,
      PartialDate::toString, "pattern", "^(\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?"
          + "|--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))$");

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year: {@code 2025}. */
    YEAR,
    /** Year and month: {@code 2025-01}. */
    YEAR_MONTH,
    /** Month and day, without a year: {@code --01-17}. */
    MONTH_DAY,
    /** A full date: {@code 2025-01-17}. */
    DATE
  }

  private final Precision precision;
  private final int year;
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
    return ofYear(year.getValue());
  }

  /**
   * {@return that month as a partial date}
   *
   * @param yearMonth a year and month
   */
  public static PartialDate of(YearMonth yearMonth) {
    return ofYearMonth(yearMonth.getYear(), yearMonth.getMonthValue());
  }

  /**
   * {@return that day, without a year, as a partial date}
   *
   * @param monthDay a month and day
   */
  public static PartialDate of(MonthDay monthDay) {
    return ofMonthDay(monthDay.getMonthValue(), monthDay.getDayOfMonth());
  }

  /**
   * {@return that date as a partial date}
   *
   * @param date a full date
   */
  public static PartialDate of(LocalDate date) {
    return ofDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads {@code 2025}, {@code 2025-01}, {@code --01-17} or {@code 2025-01-17}.
   *
   * @param text the ISO 8601 text
   * @return the partial date
   * @throws ValidationException if the text has another form or names an impossible date
   */
  public static PartialDate parse(CharSequence text) {
    int length = text == null ? -1 : text.length();
    if (length == 7 && text.charAt(0) == '-' && text.charAt(1) == '-' && text.charAt(4) == '-') {
      int month = digits(text, 2, 4);
      int day = digits(text, 5, 7);
      if (month >= 0 && day >= 0) {
        return ofMonthDay(month, day);
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
    throw Check.single("PartialDate", Rule.DATE_INVALID, "'" + text + "' is not a date in the form"
        + " 2025, 2025-01, --01-17 or 2025-01-17");
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
    return precision == Precision.MONTH_DAY ? Optional.empty() : Optional.of(Year.of(year));
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

  /** {@return the ISO 8601 text: {@code 2025}, {@code 2025-01}, {@code --01-17} or {@code 2025-01-17}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(10);
    if (precision == Precision.MONTH_DAY) {
      text.append("--");
    } else {
      pad(text, year, 4);
    }
    if (precision != Precision.YEAR) {
      pad(text.append(precision == Precision.MONTH_DAY ? "" : "-"), month, 2);
    }
    if (precision == Precision.MONTH_DAY || precision == Precision.DATE) {
      pad(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
