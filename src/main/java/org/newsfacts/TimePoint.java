package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.newsfacts.internal.Scalar;

/**
 * A point in time as precise as the text gives it: a {@link PartialDate}, a time of day, or both,
 * with the time zone where the text states one.
 *
 * <table>
 *   <caption>The forms of a time point</caption>
 *   <tr><th>text</th><th>form</th></tr>
 *   <tr><td>"el 17 de enero"</td><td>{@code --01-17}</td></tr>
 *   <tr><td>"on 19 March 2025 at 10:15 Kyiv time"</td><td>{@code 2025-03-19T10:15[Europe/Kyiv]}</td></tr>
 *   <tr><td>"published 2025-03-19 10:15 +02:00"</td><td>{@code 2025-03-19T10:15+02:00}</td></tr>
 *   <tr><td>"at 14:00 GMT" (no date)</td><td>{@code T14:00Z}</td></tr>
 * </table>
 *
 * <p>A time of day has hours and minutes, and seconds when the text gives them; the zone is an
 * offset ({@code Z}, {@code +02:00}) or a region in brackets ({@code [Europe/Kyiv]}), and only
 * stands with a time of day. Final, immutable and thread-safe; {@link #toString()} is the text
 * that {@link #parse(CharSequence)} reads back, and the JSON form.
 */
public final class TimePoint {
  static final Scalar<TimePoint> FORM = Scalar.parsed("timePoint", "A date, a time of day or both,"
          + " as precise as the text: --01-17, 2025-03-19T10:15+02:00, T14:00Z,"
          + " 2025-03-19T10:15[Europe/Kyiv].", TimePoint::parse, TimePoint::toString,
      "pattern", "^(" + PartialDate.PATTERN + "(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2}"
          + "|\\[[A-Za-z0-9_/+-]+\\])?)?|T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:\\d{2}"
          + "|\\[[A-Za-z0-9_/+-]+\\])?)$");

  private final PartialDate date;
  private final LocalTime time;
  private final ZoneId zone;

  private TimePoint(PartialDate date, LocalTime time, ZoneId zone) {
    this.date = date;
    this.time = time;
    this.zone = zone;
  }

  /**
   * {@return the point of a date, without a time of day}
   *
   * @param date the date, as precise as the text gives it
   */
  public static TimePoint of(PartialDate date) {
    return new TimePoint(Check.notNull(date, "date"), null, null);
  }

  /**
   * {@return a date and a time of day, without a zone}
   *
   * @param date the date, as precise as the text gives it
   * @param time the time of day, to the minute or the second
   * @throws ValidationException if the time has fractions of a second
   */
  public static TimePoint of(PartialDate date, LocalTime time) {
    return of(Check.notNull(date, "date"), time, null);
  }

  /**
   * {@return a date, a time of day and the zone of the time}
   *
   * @param date the date, or null when the text gives none
   * @param time the time of day, to the minute or the second
   * @param zone the zone, or null when the text gives none
   * @throws ValidationException if the time has fractions of a second, or the date is no day
   *     (a year, a month, a week)
   */
  public static TimePoint of(PartialDate date, LocalTime time, ZoneId zone) {
    Check.notNull(time, "time");
    if (time.getNano() != 0) {
      throw Check.single("TimePoint", Rule.DATE_INVALID, "the time " + time
          + " has fractions of a second; news gives minutes or seconds");
    }
    if (date != null && date.precision() != PartialDate.Precision.DATE
        && date.precision() != PartialDate.Precision.MONTH_DAY) {
      throw Check.single("TimePoint", Rule.DATE_INVALID, "a time of day stands on a day, and " + date
          + " is no day: give the day (2019-11-10T22:12) or the date alone (2019)");
    }
    return new TimePoint(date, time, zone == null ? null : zone.normalized());
  }

  /**
   * {@return a time of day without a date: "at 14:00 GMT" is {@code ofTime(LocalTime.of(14, 0),
   * ZoneOffset.UTC)}}
   *
   * @param time the time of day
   * @param zone the zone, or null when the text gives none
   */
  public static TimePoint ofTime(LocalTime time, ZoneId zone) {
    return of(null, time, zone);
  }

  /**
   * Reads {@code [date]['T' hh:mm[:ss][zone]]}: a {@link PartialDate}, a time of day, or both.
   *
   * @param text the text, such as {@code 2025-03-19T10:15+02:00}
   * @return the point
   * @throws ValidationException if the text has another form or names an impossible date or time
   */
  public static TimePoint parse(CharSequence text) {
    String value = text == null ? null : text.toString();
    if (value != null && !value.isEmpty() && value.length() <= 80) {
      int t = value.indexOf('T');
      PartialDate date;
      try {
        date = t == 0 ? null : PartialDate.parse(t < 0 ? value : value.substring(0, t));
      } catch (ValidationException e) {
        String message = e.violations().get(0).message();
        if (!message.contains("is not a date in the form")) {
          // a date of the right form that does not exist: the date's own message
          throw Check.single("TimePoint", Rule.DATE_INVALID, message);
        }
        date = null;
        t = -2;   // not a time point's form either: reported below
      }
      if (t == -1) {
        return new TimePoint(date, null, null);
      }
      String clock = t < 0 ? "" : value.substring(t + 1);
      if (clock.length() >= 5 && clock.charAt(2) == ':') {
        boolean seconds = clock.length() >= 8 && clock.charAt(5) == ':';
        int end = seconds ? 8 : 5;
        try {
          LocalTime time = LocalTime.of(number(clock, 0), number(clock, 3), seconds ? number(clock, 6) : 0);
          String zone = clock.substring(end);
          return of(date, time, zone.isEmpty() ? null : zone(zone));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
          // reported below
        }
      }
    }
    throw Check.single("TimePoint", Rule.DATE_INVALID, "'" + Check.abbreviate(value) + "' is not a time"
        + " point such as --01-17, 2025-03-19T10:15, 2025-03-19T10:15+02:00, T14:00Z or"
        + " 2025-03-19T10:15[Europe/Kyiv]: a zone is an offset, Z or a region id in brackets; an"
        + " abbreviation such as EDT or CET names no zone unambiguously: give its offset (-04:00)");
  }

  private static int number(String text, int at) {
    char tens = text.charAt(at);
    char ones = text.charAt(at + 1);
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
      throw new NumberFormatException(text);
    }
    return (tens - '0') * 10 + ones - '0';
  }

  private static ZoneId zone(String text) {
    if (text.startsWith("[") && text.endsWith("]")) {
      return ZoneId.of(text.substring(1, text.length() - 1));
    }
    if (text.equals("Z") || text.length() == 6 && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
      return ZoneOffset.of(text);
    }
    throw new DateTimeException("not a zone: " + text);
  }

  /** {@return the date, if the text gives one} */
  public Optional<PartialDate> date() {
    return Optional.ofNullable(date);
  }

  /** {@return the time of day, if the text gives one} */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** {@return the zone of the time of day, if the text gives one} */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof TimePoint
            && Objects.equals(((TimePoint) other).date, date)
            && Objects.equals(((TimePoint) other).time, time)
            && Objects.equals(((TimePoint) other).zone, zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, zone);
  }

  /** {@return the text form, such as {@code 2025-03-19T10:15+02:00}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(32);
    if (date != null) {
      text.append(date);
    }
    if (time != null) {
      text.append('T');
      two(text, time.getHour()).append(':');
      two(text, time.getMinute());
      if (time.getSecond() != 0) {
        two(text.append(':'), time.getSecond());
      }
      if (zone instanceof ZoneOffset) {
        text.append(((ZoneOffset) zone).getId());
      } else if (zone != null) {
        text.append('[').append(zone.getId()).append(']');
      }
    }
    return text.toString();
  }

  private static StringBuilder two(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  // Without the newsfacts module, Jackson writes and reads the value as its JSON string.
  @JsonValue
  String jackson() {
    return toString();
  }

  @JsonCreator
  static TimePoint jackson(String json) {
    return parse(json);
  }
}
