package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * Time exactly as the text states it: a point, an interval (closed or open), a duration, how it
 * is qualified ("early", "around", "by"), and the words as written, which are all there is for a
 * relative expression that cannot be resolved.
 *
 * <table>
 *   <caption>Time as news states it</caption>
 *   <tr><th>text</th><th>time</th></tr>
 *   <tr><td>"el 17 de enero"</td><td>{@code at} {@code --01-17}</td></tr>
 *   <tr><td>"14-15 June"</td><td>{@code start} {@code --06-14}, {@code end} {@code --06-15}</td></tr>
 *   <tr><td>"from March to May"</td><td>{@code start} {@code --03}, {@code end} {@code --05}</td></tr>
 *   <tr><td>"since 2022"; "until Friday"</td><td>{@code start} 2022 alone; {@code end} alone</td></tr>
 *   <tr><td>"early June", "a finales de 2024"</td><td>{@code at} with the modifier {@code START}; {@code END}</td></tr>
 *   <tr><td>"around 2020"; "by 2030"</td><td>{@code APPROX}; {@code ON_OR_BEFORE}</td></tr>
 *   <tr><td>"from at least February 1997 until at least September 2012"</td><td>{@code start}
 *       {@code 1997-02}, {@code ON_OR_BEFORE}; {@code end} {@code 2012-09}, {@code endModifier}
 *       {@code ON_OR_AFTER}</td></tr>
 *   <tr><td>"perhaps later in the week"</td><td>the week where known, {@code hedge} "perhaps",
 *       and the words</td></tr>
 *   <tr><td>"for 30 days"</td><td>{@code duration} 30 {@code d}</td></tr>
 *   <tr><td>"for a long time", "briefly"</td><td>{@code vagueDuration} with the words: no unit is
 *       stated, so there is no {@code duration}</td></tr>
 *   <tr><td>"the three months ending in June"</td><td>{@code end} {@code 2019-06}, {@code duration} 3 {@code mo}</td></tr>
 *   <tr><td>"next week" (published 2023-02-03)</td><td>{@code words} "next week", {@code at}
 *       {@code 2023-W06}, {@code time.at} inferred</td></tr>
 *   <tr><td>"at 10:00 GMT on 19 March"</td><td>{@code at} {@code --03-19T10:00Z}</td></tr>
 *   <tr><td>"yesterday" (published 2025-03-19)</td><td>{@code words} "yesterday", {@code at}
 *       {@code 2025-03-18}, and the holder marks {@code time.at} as inferred</td></tr>
 *   <tr><td>"last month" (no publication date)</td><td>{@code words} "last month" alone</td></tr>
 *   <tr><td>"antes de empezar este viaje"</td><td>{@code anchor} the trip's meeting id, the modifier
 *       {@code BEFORE}, and the words</td></tr>
 *   <tr><td>"two days after the summit"</td><td>{@code anchor}, {@code AFTER}, {@code offset} 2
 *       {@code d}</td></tr>
 *   <tr><td>"on Tuesday" (the date unknown)</td><td>{@code dayOfWeek} {@code TUESDAY}, with the
 *       words; where the date is resolved, it must be a Tuesday</td></tr>
 *   <tr><td>"Monday morning"; "in broad daylight"</td><td>{@code at} the Monday where known,
 *       {@code partOfDay} {@code MORNING}; {@code DAYTIME}</td></tr>
 *   <tr><td>"more than a month ago"; "in two weeks"</td><td>{@code relative} {@code PAST},
 *       {@code offset} more than 1 {@code mo}; {@code FUTURE}, {@code offset} 2 {@code wk}</td></tr>
 *   <tr><td>"déjà"; "in the coming days"</td><td>{@code relative} {@code PAST}; {@code FUTURE}, with
 *       the words</td></tr>
 * </table>
 *
 * <p>A relative expression is kept as its words; the date it resolves to, when the publication date
 * allows it, is a value the text does not state, so the fact that holds the time lists it among
 * its {@code inferred} paths. A time is a point or an interval, not both; a modifier qualifies a
 * point, an anchor, or an end of an interval ("at least through January 2020" is
 * {@code end} {@code 2020-01} with {@code ON_OR_AFTER}; "since early 2020" {@code start} 2020 with
 * {@code START}; in an interval with both ends the modifier qualifies the start and the
 * {@linkplain #endModifier() end modifier} the end); an interval does not end before it starts;
 * a duration is in a unit of time, and where an interval has both ends as well, it agrees with
 * them. A point with a duration is something at that point that lasts that long ("a two-hour meeting on 17 January"). An end and a
 * duration without a start is the interval of that length that ends then: "the three months
 * ending in June" is {@code end} {@code 2019-06} and {@code duration} 3 {@code mo} (TimeML's
 * anchored duration).
 *
 * <p>A time stated against an event, meeting or statement of the sheet names it as its
 * {@linkplain #anchor() anchor}; the modifier then says which side of the anchor ({@code BEFORE},
 * {@code AFTER}; none for "during"), the {@linkplain #offset() offset} how far. Its {@code at},
 * {@code start} or {@code end}, where present, are the date of the time itself: "earlier today"
 * in a statement published on 9 July 2022 is {@code at} {@code 2022-07-09} (inferred), anchored
 * {@code BEFORE} the statement, with its words.
 *
 * <pre>{@code
 * Time.at(PartialDate.parse("--01-17"))
 * Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15"))
 * Time.builder().at(TimePoint.parse("2024")).modifier(Time.Modifier.END).words("a finales de 2024").build()
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Time {
  static final Shape<Time> SHAPE = Shape.entity("time", "Time as stated: a point or an interval, a"
          + " duration, a modifier, and the words as written.", Time.class, Time::builder, Builder::build)
      .optional("at", TimePoint.FORM, Time::at, Builder::at)
      .list("alsoAt", TimePoint.FORM, Time::alsoAt, Builder::addAlsoAt)
      .optional("start", TimePoint.FORM, Time::start, Builder::start)
      .optional("end", TimePoint.FORM, Time::end, Builder::end)
      .optional("duration", Quantity.SHAPE, Time::duration, Builder::duration)
      .optional("every", Quantity.SHAPE, Time::every, Builder::every)
      .flag("habitual", Time::habitual, Builder::habitual)
      .flag("vagueDuration", Time::vagueDuration, Builder::vagueDuration)
      .optional("modifier", Scalar.enumeration(Modifier.class), Time::modifier, Builder::modifier)
      .optional("endModifier", Scalar.enumeration(Modifier.class), Time::endModifier, Builder::endModifier)
      .optional("dayOfWeek", Scalar.enumeration(Weekday.class), Time::dayOfWeek, Builder::dayOfWeek)
      .optional("partOfDay", Scalar.enumeration(PartOfDay.class), Time::partOfDay, Builder::partOfDay)
      .optional("anchor", Forms.ID, Time::anchor, Builder::anchor)
      .to(Event.class, Meeting.class, Statement.class, Claim.class)
      .optional("offset", Quantity.SHAPE, Time::offset, Builder::offset)
      .optional("relative", Scalar.enumeration(Relative.class), Time::relative, Builder::relative)
      .optional("hedge", Forms.TEXT, Time::hedge, Builder::hedge)
      .optional("words", Forms.TEXT, Time::words, Builder::words)
      .build();

  Time() {}

  /** How the text qualifies a point in time: TimeML's {@code mod}. */
  public enum Modifier {
    /** "around 2020", "hacia 2030". */
    APPROX,
    /** "early June", "a principios de". */
    START,
    /** "mid-June", "a mediados de". */
    MID,
    /** "late June", "a finales de". */
    END,
    /** "before 2030", "antes de". */
    BEFORE,
    /** "after the summit", "después de". */
    AFTER,
    /** "by 2030", "no later than June". */
    ON_OR_BEFORE,
    /** "from June on", "no earlier than June". */
    ON_OR_AFTER;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * Which side of the moment of speaking a time lies on, where the text says no more: TimeML's
   * {@code PAST_REF}, {@code PRESENT_REF} and {@code FUTURE_REF}. The moment is the statement's, or
   * the publication's for the outlet's own narration.
   */
  public enum Relative {
    /** Before it: "already", "déjà", "recently", "in the past". */
    PAST,
    /** At it: "now", "currently", "actualmente". */
    PRESENT,
    /** After it: "soon", "in the coming days", "en los próximos días", "later". */
    FUTURE;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** A day of the week the text names: "on Tuesday". */
  public enum Weekday {
    /** Monday. */
    MONDAY,
    /** Tuesday. */
    TUESDAY,
    /** Wednesday. */
    WEDNESDAY,
    /** Thursday. */
    THURSDAY,
    /** Friday. */
    FRIDAY,
    /** Saturday. */
    SATURDAY,
    /** Sunday. */
    SUNDAY;

    /**
     * {@return the weekday of a {@link java.time.DayOfWeek}}
     *
     * @param day a day of the week
     */
    public static Weekday of(java.time.DayOfWeek day) {
      return values()[Check.notNull(day, "day").ordinal()];
    }

    /** {@return the same day as a {@link java.time.DayOfWeek}} */
    public java.time.DayOfWeek toDayOfWeek() {
      return java.time.DayOfWeek.values()[ordinal()];
    }

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** The part of the day the text names: TimeML's {@code MO}, {@code AF}, {@code EV}, {@code NI}, {@code DT}. */
  public enum PartOfDay {
    /** "in the morning", "por la mañana". */
    MORNING,
    /** "in the afternoon". */
    AFTERNOON,
    /** "in the evening", "late Monday". */
    EVENING,
    /** "at night", "overnight". */
    NIGHT,
    /** "in broad daylight", "during the day". */
    DAYTIME;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableTime.builder();
  }

  /**
   * {@return a time stated against an event, meeting or statement of the sheet: "before this
   * trip" is {@code anchored(BEFORE, "m-trip")}, "during the talks" {@code anchored(null,
   * "m-talks")}}
   *
   * <p>Add an {@linkplain #offset() offset} for "two days after the summit", and the words as written:
   * {@code Time.builder().from(Time.anchored(Time.Modifier.BEFORE, "m-trip")).words("antes de
   * empezar este viaje").build()}.
   *
   * @param modifier {@link Modifier#BEFORE}, {@link Modifier#AFTER}, {@link Modifier#START} ...,
   *     or {@code null} for the time of the anchor itself ("during", "at")
   * @param anchor the id of the event, meeting or statement
   */
  public static Time anchored(Modifier modifier, String anchor) {
    Builder builder = builder().anchor(Check.notNull(anchor, "anchor"));
    if (modifier != null) {
      builder.modifier(modifier);
    }
    return builder.build();
  }

  /**
   * {@return a time the text places only before, at or after the moment of speaking, with its
   * words: "déjà" is {@code relative(PAST, "déjà")}, "in the coming days" {@code relative(FUTURE,
   * "in the coming days")}}
   *
   * @param relative past, present or future
   * @param words the expression as written
   */
  public static Time relative(Relative relative, String words) {
    return builder().relative(Check.notNull(relative, "relative")).words(words).build();
  }

  /**
   * {@return a point: "el 17 de enero"}
   *
   * @param date the date, as precise as the text gives it
   */
  public static Time at(PartialDate date) {
    return builder().at(TimePoint.of(date)).build();
  }

  /**
   * {@return a point with a time of day: "at 10:00 GMT on 19 March"}
   *
   * @param point the point
   */
  public static Time at(TimePoint point) {
    return builder().at(Check.notNull(point, "point")).build();
  }

  /**
   * {@return a closed interval: "14-15 June", "from March to May"}
   *
   * @param start the first date
   * @param end the last date
   * @throws ValidationException if the interval ends before it starts
   */
  public static Time between(PartialDate start, PartialDate end) {
    return builder().start(TimePoint.of(start)).end(TimePoint.of(end)).build();
  }

  /**
   * {@return an interval open at its end: "since 2022"}
   *
   * @param start the first date
   */
  public static Time since(PartialDate start) {
    return builder().start(TimePoint.of(start)).build();
  }

  /**
   * {@return an interval open at its start: "until Friday"}
   *
   * @param end the last date
   */
  public static Time until(PartialDate end) {
    return builder().end(TimePoint.of(end)).build();
  }

  /**
   * {@return a duration: "for 30 days"}
   *
   * @param duration the duration, in a unit of time
   * @throws ValidationException if the unit is not one of time
   */
  public static Time lasting(Quantity duration) {
    return builder().duration(Check.notNull(duration, "duration")).build();
  }

  /**
   * {@return the words of a relative or vague expression, unresolved: "last month", "recently"}
   *
   * @param words the expression as written
   * @throws ValidationException if the words are blank
   */
  public static Time words(String words) {
    return builder().words(words).build();
  }

  /** {@return the point, for a time that is one} */
  public abstract Optional<TimePoint> at();

  /**
   * {@return the start of an interval; absent for an interval open at its start, or one of a
   * stated {@linkplain #duration() length} that ends at its end ("the three months ending in June")}
   */
  public abstract Optional<TimePoint> start();

  /**
   * {@return the end of an interval; absent for an interval open at its end, or one of a stated
   * {@linkplain #duration() length} that starts at its start ("for ten days from Monday")}
   */
  public abstract Optional<TimePoint> end();

  /** {@return how long, as the text states it: "for 30 days", "un préstamo a un año"} */
  public abstract Optional<Quantity> duration();

  /**
   * {@return the period of a time that recurs (TimeML's SET): 1 {@code wk} for "each week" and
   * "every Wednesday" (the day stays in the words), 1 {@code d} for "daily", 2 {@code a} for "every
   * two years"; the point or interval, where given, is one occurrence or the span it recurs in}
   */
  public abstract Optional<Quantity> every();

  /**
   * {@return whether it recurs without a stated period: "always", "often", "usually", the habitual
   * present of "the ERC awards the grants"; false by default}
   */
  @Value.Default
  public boolean habitual() {
    return false;
  }

  /**
   * {@return whether the words give a length of time the text does not measure: "for a long time",
   * "briefly", "for a while"; with the words, and no duration (a duration has a unit the text does
   * not give); false by default}
   */
  @Value.Default
  public boolean vagueDuration() {
    return false;
  }

  /**
   * {@return how the text qualifies the point, "early", "around", "by"; in an interval, its start,
   * or its end where it has only an end ("at least through January 2020")}
   */
  public abstract Optional<Modifier> modifier();

  /**
   * {@return how the text qualifies the end of an interval with both ends: "from at least February
   * 1997 until at least September 2012" is start 1997-02 with the modifier {@code ON_OR_BEFORE},
   * end 2012-09 with the end modifier {@code ON_OR_AFTER}}
   */
  public abstract Optional<Modifier> endModifier();

  /**
   * {@return the words that make the time alone uncertain, as written: "perhaps" in "perhaps later
   * in the week", "possibly" in "possibly as early as Monday"; the certainty of the fact itself is
   * its factuality}
   */
  public abstract Optional<String> hedge();

  /**
   * {@return the day of the week the text names: "on Tuesday", kept where the date cannot be
   * resolved, and checked against {@code at} where it can}
   */
  public abstract Optional<Weekday> dayOfWeek();

  /** {@return the part of the day the text names: "Monday morning", "in broad daylight"} */
  public abstract Optional<PartOfDay> partOfDay();

  /**
   * {@return the same point as the text gives it again in other zones: the {@code T23:09Z} of
   * "04:09 local time (23:09 GMT)"; where both give a zone, they must be the same instant}
   */
  public abstract java.util.List<TimePoint> alsoAt();

  /** {@return the expression as written: "yesterday", "el próximo jueves", "a finales de 2024"} */
  public abstract Optional<String> words();

  /**
   * {@return the id of the event, meeting, statement or claim the time is stated against: "before
   * this trip", "two days after the summit", "during the talks" (TimeML's anchor), "since rising 2.6
   * percent in April" (the claim of that figure); the modifier says which side of it, the offset
   * how far}
   */
  public abstract Optional<String> anchor();

  /**
   * {@return how far before or after its anchor the time lies: 2 {@code d} for "two days after the
   * summit"; or, with no anchor, how far in the past or future: more than 1 {@code mo} for "more
   * than a month ago" ({@link Relative#PAST}); a duration, by contrast, is how long something lasts}
   */
  public abstract Optional<Quantity> offset();

  /**
   * {@return which side of the moment of speaking the time lies on, where the text says no more:
   * "déjà", "now", "in the coming days"}
   */
  public abstract Optional<Relative> relative();

  /**
   * {@return a copy with the expression as written}
   *
   * @param words the words
   */
  public abstract Time withWords(String words);

  /**
   * {@return a copy qualified by a modifier}
   *
   * @param modifier how the text qualifies the point
   */
  public abstract Time withModifier(Modifier modifier);

  /**
   * {@return a copy with a duration}
   *
   * @param duration how long, in a unit of time
   */
  public abstract Time withDuration(Quantity duration);

  /** {@return whether this is an interval: it has a start or an end} */
  public final boolean isInterval() {
    return start().isPresent() || end().isPresent();
  }

  @Value.Check
  final void check() {
    Check check = new Check("Time").properties(SHAPE, this);
    if (at().isEmpty() && !isInterval() && duration().isEmpty() && every().isEmpty() && words().isEmpty()
        && anchor().isEmpty() && relative().isEmpty() && partOfDay().isEmpty() && dayOfWeek().isEmpty()
        && !habitual()) {
      check.add("", Rule.TIME_INVALID, "a time states a point, an interval, a duration, a period, an"
          + " anchor, a side of now or words; this one states none");
    }
    every().ifPresent(every -> lengthOfTime(check, "every", every, "a period", ": 1 wk for \"each week\""));
    dayOfWeek().ifPresent(day -> at().flatMap(TimePoint::date).flatMap(PartialDate::date)
        .filter(date -> date.getDayOfWeek() != day.toDayOfWeek()).ifPresent(date -> check.add("dayOfWeek",
            Rule.TIME_INVALID, date + " is a " + WireNames.of(Weekday.of(date.getDayOfWeek())) + ", not a "
            + WireNames.of(day) + ": the day or the date is wrong")));
    if (vagueDuration() && (words().isEmpty() || duration().isPresent())) {
      check.add("vagueDuration", Rule.TIME_INVALID, duration().isPresent()
          ? "a vague duration is one the text does not measure; this time has a duration: drop one of them"
          : "a vague duration is kept as its words: set the words, \"for a long time\"");
    }
    if (at().isPresent() && isInterval()) {
      check.add(start().isPresent() ? "start" : "end", Rule.TIME_INVALID,
          "a time is a point (at) or an interval (start, end), not both");
    }
    for (int i = 0; i < alsoAt().size(); i++) {
      sameInstant(check, "alsoAt[" + i + "]", alsoAt().get(i));
    }
    if (modifier().isPresent() && at().isEmpty() && anchor().isEmpty() && !isInterval()) {
      check.add("modifier", Rule.TIME_INVALID, "a modifier qualifies a point, an anchor, or an end of"
          + " an interval: set at (\"early June\"), anchor to the event it is stated against"
          + " (\"before the trip\"), or a start or an end (\"at least through January\":"
          + " end 2020-01, on-or-after); for \"already\" or \"soon\", set relative instead");
    }
    if (endModifier().isPresent() && (start().isEmpty() || end().isEmpty())) {
      check.add("endModifier", Rule.TIME_INVALID, "an end modifier qualifies the end of an interval with"
          + " both ends; " + (end().isPresent() ? "with an end alone, set modifier(...) instead: it qualifies"
              + " that end" : "set the end it qualifies, or use modifier(...)"));
    }
    offset().ifPresent(offset -> {
      boolean fromAnchor = anchor().isPresent() && modifier().filter(m -> m == Modifier.BEFORE
          || m == Modifier.AFTER || m == Modifier.ON_OR_BEFORE || m == Modifier.ON_OR_AFTER).isPresent();
      boolean fromNow = anchor().isEmpty() && relative().filter(r -> r != Relative.PRESENT).isPresent();
      if (!fromAnchor && !fromNow) {
        check.add("offset", Rule.TIME_INVALID, "an offset says how far before or after an anchor, or before"
            + " or after the moment of speaking: set the anchor and the modifier before or after (\"two days"
            + " after the summit\"), or relative past or future (\"more than a month ago\")");
      }
      lengthOfTime(check, "offset", offset, "an offset", "; its side is the modifier's, not a sign: 2 d after");
    });
    if (start().isPresent() && end().isPresent()) {
      LocalDate first = start().get().date().map(PartialDate::first).orElse(null);
      LocalDate last = end().get().date().map(PartialDate::last).orElse(null);
      if (first != null && last != null && last.isBefore(first)) {
        check.add("end", Rule.TIME_INVALID, "the interval ends (" + end().get() + ") before it starts ("
            + start().get() + ")");
      }
    }
    duration().ifPresent(duration -> {
      if (duration.amount().filter(a -> a.signum() < 0).isPresent()
          || duration.atLeast().filter(a -> a.signum() < 0).isPresent()
          || duration.moreThan().filter(a -> a.signum() < 0).isPresent()) {
        check.add("duration", Rule.TIME_INVALID, "a duration is not negative");
      }
      if (!duration.unit().isTime()) {
        check.add("duration.unit", Rule.UNIT_KIND, "a duration is in a unit of time (s, min, h, d, wk,"
            + " mo, a), not " + duration.unit());
      } else if (start().isPresent() && end().isPresent()) {
        agrees(check, duration);
      }
    });
    check.done();
  }

  /** Checks a period or an offset: a quantity in a unit of time, longer than nothing. */
  private static void lengthOfTime(Check check, String path, Quantity length, String what, String example) {
    if (!length.unit().isTime()) {
      check.add(path + ".unit", Rule.UNIT_KIND, what + " is in a unit of time (s, min, h, d, wk, mo, a), not "
          + length.unit());
    }
    if (length.amount().filter(a -> a.signum() <= 0).isPresent()) {
      check.add(path + ".amount", Rule.TIME_INVALID, what + " is longer than nothing" + example + ", not "
          + length.amount().get().toPlainString());
    }
  }

  /**
   * Reports a point given again in another zone that is not the same instant: "04:09 (UTC+6) on 29
   * October" is 22:09 GMT on 28 October, not "23:09 GMT". Only what both points state is compared.
   */
  private void sameInstant(Check check, String path, TimePoint other) {
    if (at().isEmpty()) {
      check.add(path, Rule.TIME_INVALID, "a point given again in another zone needs the point: set at");
      return;
    }
    TimePoint point = at().get();
    if (point.time().isEmpty() || point.zone().isEmpty() || other.time().isEmpty() || other.zone().isEmpty()) {
      if (other.time().isEmpty()) {
        check.add(path, Rule.TIME_INVALID, "a point given again in another zone has a time of day and a"
            + " zone: T23:09Z for \"23:09 GMT\"");
      }
      return;
    }
    LocalDate day = point.date().filter(d -> d.precision() == PartialDate.Precision.DATE).map(PartialDate::first)
        .orElse(LocalDate.of(2000, 1, 1));
    java.time.ZonedDateTime there = java.time.ZonedDateTime.of(day, point.time().get(), point.zone().get())
        .withZoneSameInstant(other.zone().get());
    boolean dated = point.date().filter(d -> d.precision() == PartialDate.Precision.DATE).isPresent();
    boolean sameDay = !dated || other.date().filter(d -> d.precision() == PartialDate.Precision.DATE)
        .map(d -> d.first().equals(there.toLocalDate())).orElse(true);
    boolean sameTime = there.toLocalTime().equals(other.time().get());
    if (!sameTime || !sameDay) {
      check.add(path, Rule.TIME_INVALID, point + " is " + (dated ? there.toLocalDate() + "T" : "T")
          + there.toLocalTime() + " in " + other.zone().get() + ", not " + other
          + ": one of the two zones is not the text's (a zone's offset in summer differs from winter's)");
    }
  }

  /**
   * Reports a duration that no interval between the two ends can have: "April to June, for five
   * months". The ends are as precise as the text, so the interval's length is a range of days: from
   * the latest start to the earliest end, to the earliest start to the latest end, each end counted
   * in or out; a month is 28 to 31 days, a year 365 or 366.
   */
  private void agrees(Check check, Quantity duration) {
    LocalDate earliestStart = start().get().date().map(PartialDate::first).orElse(null);
    LocalDate latestStart = start().get().date().map(PartialDate::last).orElse(null);
    LocalDate earliestEnd = end().get().date().map(PartialDate::first).orElse(null);
    LocalDate latestEnd = end().get().date().map(PartialDate::last).orElse(null);
    if (earliestStart == null || earliestEnd == null || duration.amount().isEmpty()
        || duration.approximate()) {
      return;
    }
    long shortest = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(latestStart, earliestEnd));
    long longest = java.time.temporal.ChronoUnit.DAYS.between(earliestStart, latestEnd) + 1;
    java.math.BigDecimal amount = duration.amount().get();
    java.math.BigDecimal[] days;
    switch (duration.unit().toString()) {
      case "d":
        days = new java.math.BigDecimal[] {amount, amount};
        break;
      case "wk":
        days = new java.math.BigDecimal[] {amount.multiply(java.math.BigDecimal.valueOf(7)),
            amount.multiply(java.math.BigDecimal.valueOf(7))};
        break;
      case "mo":
        days = new java.math.BigDecimal[] {amount.multiply(java.math.BigDecimal.valueOf(28)),
            amount.multiply(java.math.BigDecimal.valueOf(31))};
        break;
      case "a":
        days = new java.math.BigDecimal[] {amount.multiply(java.math.BigDecimal.valueOf(365)),
            amount.multiply(java.math.BigDecimal.valueOf(366))};
        break;
      default:
        return;   // hours and less: the ends are rarely that precise
    }
    // shortest counts the ends out, longest counts them in: no further slack
    if (days[0].compareTo(java.math.BigDecimal.valueOf(longest)) > 0
        || days[1].compareTo(java.math.BigDecimal.valueOf(shortest)) < 0) {
      check.add("duration", Rule.TIME_INVALID, "a duration of " + duration + " does not fit the interval "
          + start().get() + "/" + end().get() + ", which lasts " + (shortest == longest ? longest
          : "from " + shortest + " to " + longest) + " days");
    }
  }

  private static String qualifier(Optional<Modifier> modifier) {
    return modifier.map(m -> " (" + m.name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
  }

  /**
   * {@return the time in one line: {@code --01-17}, {@code --06-14/--06-15}, {@code 2022/..},
   * {@code 2024 (end) "a finales de 2024"}, {@code 1997-02 (on_or_before)/2012-09 (on_or_after)},
   * {@code for 30 d}, {@code before m-trip}, {@code past "déjà"},
   * {@code 2008-10-29T04:09+05:00 = T23:09Z}}
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    if (at().isPresent()) {
      text.append(at().get());
      alsoAt().forEach(point -> text.append(" = ").append(point));
    } else if (isInterval()) {
      // Each modifier stands beside the end it qualifies: "1997-02 (on_or_before)/2012-09 (on_or_after)".
      // With an anchor, the modifier is the anchor's side instead.
      Optional<Modifier> ofStart = anchor().isEmpty() ? modifier() : Optional.empty();
      text.append(start().map(TimePoint::toString).orElse(".."))
          .append(start().isPresent() ? qualifier(ofStart) : "").append('/')
          .append(end().map(TimePoint::toString).orElse(".."))
          .append(qualifier(start().isPresent() ? endModifier() : ofStart));
    }
    if (anchor().isPresent()) {
      text.append(text.length() > 0 ? ", " : "");
      offset().ifPresent(o -> text.append(o).append(' '));
      modifier().ifPresent(m -> text.append(m.name().toLowerCase(java.util.Locale.ROOT)).append(' '));
      text.append(anchor().get());
    } else if (!isInterval()) {
      text.append(qualifier(modifier()));
    }
    dayOfWeek().ifPresent(d -> text.append(text.length() > 0 ? " " : "").append(WireNames.of(d)));
    partOfDay().ifPresent(p -> text.append(text.length() > 0 ? " " : "").append(WireNames.of(p)));
    relative().ifPresent(r -> text.append(text.length() > 0 ? " " : "").append(WireNames.of(r)));
    duration().ifPresent(d -> text.append(text.length() > 0 ? " " : "").append("for ").append(d));
    every().ifPresent(e -> text.append(text.length() > 0 ? " " : "").append("every ").append(e));
    if (habitual()) {
      text.append(text.length() > 0 ? " " : "").append("habitually");
    }
    if (vagueDuration()) {
      text.append(text.length() > 0 ? " " : "").append("for an unmeasured time");
    }
    hedge().ifPresent(h -> text.append(text.length() > 0 ? " " : "").append("hedged \"").append(h).append('"'));
    words().ifPresent(w -> text.append(text.length() > 0 ? " " : "").append('"').append(w).append('"'));
    return text.toString();
  }

  /** Builds a {@link Time}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the point.
     *
     * @param at the point, such as {@code TimePoint.parse("--01-17")}
     * @return this builder
     */
    Builder at(TimePoint at);

    /**
     * Adds the same point as the text gives it again in another zone.
     *
     * @param point such as {@code TimePoint.parse("T23:09Z")} for "(23:09 GMT)"
     * @return this builder
     */
    Builder addAlsoAt(TimePoint point);

    /**
     * Sets the start of an interval.
     *
     * @param start the first point
     * @return this builder
     */
    Builder start(TimePoint start);

    /**
     * Sets the end of an interval.
     *
     * @param end the last point
     * @return this builder
     */
    Builder end(TimePoint end);

    /**
     * Sets how long.
     *
     * @param duration a quantity in a unit of time: 30 {@code d}
     * @return this builder
     */
    Builder duration(Quantity duration);

    /**
     * Sets the period of a time that recurs.
     *
     * @param every a quantity in a unit of time: 1 {@code wk} for "each week"
     * @return this builder
     */
    Builder every(Quantity every);

    /**
     * Sets the day of the week the text names.
     *
     * @param dayOfWeek such as {@link Weekday#TUESDAY} for "on Tuesday"
     * @return this builder
     */
    Builder dayOfWeek(Weekday dayOfWeek);

    /**
     * Sets whether the words give a length of time the text does not measure.
     *
     * @param vagueDuration true for "for a long time", with those words; false by default
     * @return this builder
     */
    Builder vagueDuration(boolean vagueDuration);

    /**
     * Sets how the text qualifies the point, or the start of an interval (its end, if it has no start).
     *
     * @param modifier such as {@link Modifier#START} for "early June"
     * @return this builder
     */
    Builder modifier(Modifier modifier);

    /**
     * Sets how the text qualifies the end of an interval with both ends.
     *
     * @param endModifier such as {@link Modifier#ON_OR_AFTER} for "until at least September 2012"
     * @return this builder
     */
    Builder endModifier(Modifier endModifier);

    /**
     * Sets the words that make the time alone uncertain, as written.
     *
     * @param hedge such as "perhaps" in "perhaps later in the week"
     * @return this builder
     */
    Builder hedge(String hedge);

    /**
     * Sets the part of the day the text names.
     *
     * @param partOfDay such as {@link PartOfDay#MORNING} for "Monday morning"
     * @return this builder
     */
    Builder partOfDay(PartOfDay partOfDay);

    /**
     * Sets whether it recurs without a stated period.
     *
     * @param habitual true for "always", "often", "usually"; false by default
     * @return this builder
     */
    Builder habitual(boolean habitual);

    /**
     * Sets the event, meeting, statement or claim the time is stated against.
     *
     * @param anchor its id: {@code m-trip} for "before this trip", with the modifier
     *     {@link Modifier#BEFORE}
     * @return this builder
     */
    Builder anchor(String anchor);

    /**
     * Sets how far before or after its anchor the time lies.
     *
     * @param offset a quantity in a unit of time: 2 {@code d} for "two days after the summit"
     * @return this builder
     */
    Builder offset(Quantity offset);

    /**
     * Sets which side of the moment of speaking the time lies on, where the text says no more.
     *
     * @param relative {@link Relative#PAST} for "déjà", {@link Relative#FUTURE} for "in the coming
     *     days"
     * @return this builder
     */
    Builder relative(Relative relative);

    /**
     * Sets the expression as written.
     *
     * @param words such as "yesterday" or "a finales de 2024"
     * @return this builder
     */
    Builder words(String words);

    /**
     * Sets every attribute from a time.
     *
     * @param time a time
     * @return this builder
     */
    Builder from(Time time);

    /**
     * Builds the time.
     *
     * @return the time
     * @throws ValidationException with every violation, if it would be invalid
     */
    Time build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Time.class);
  }

  @JsonCreator
  static Time jackson(Object json) {
    throw Unregistered.type(Time.class);
  }
}
