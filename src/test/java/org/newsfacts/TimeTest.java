package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Time as news states it: points, intervals, modifiers, durations, times of day, relative words. */
class TimeTest {
  private static List<Violation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    return List.of();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025", "2025-H1", "2025-H2", "2025-Q1", "2025-Q4", "2025-01", "--01", "--12",
    "--01-17", "--02-29", "2025-01-17", "0000", "9999-12-31", "2025-W03", "2026-W53"})
  void partialDatesReadWhatTheyWrite(String text) {
    assertThat(PartialDate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-H3", "2025-H0", "2025-Q5", "2025-Q0", "--13", "--00", "--1", "2025-W53",
    "2025-W00", "2025-W3",
    "2025-13", "--02-30", "2025-02-29", "25", "2025-1-1", "XXXX-01-17"})
  void partialDatesRefuseWhatIsNoDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("date.invalid");
  }

  @Test
  void aMonthWithoutAYearHasAMonthAndNoYear() {
    PartialDate january = PartialDate.parse("--01");

    assertThat(january.precision()).isEqualTo(PartialDate.Precision.MONTH);
    assertThat(january.month()).contains(Month.JANUARY);
    assertThat(january.year()).isEmpty();
    assertThat(PartialDate.of(Month.JANUARY)).isEqualTo(january);
  }

  @Test
  void quartersAndHalvesKnowTheirPart() {
    assertThat(PartialDate.parse("2025-Q3").quarter()).hasValue(3);
    assertThat(PartialDate.parse("2025-H1").half()).hasValue(1);
    assertThat(PartialDate.parse("2025-Q3").month()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--01-17", "2025-03-19T10:15", "2025-03-19T10:15:30", "2025-03-19T10:15+02:00",
    "2025-03-19T10:15Z", "T14:00Z", "T14:00", "--03-19T10:00[Europe/Kyiv]", "2025"})
  void timePointsReadWhatTheyWrite(String text) {
    assertThat(TimePoint.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "T", "T25:00", "T10:60", "T10:00+2", "T10:00[Mars/Base]", "2025-13T10:00",
    "10:00", "2025-03-19 10:15", "2025-03-19T10:15:60"})
  void timePointsRefuseWhatIsNoTime(String text) {
    assertThatThrownBy(() -> TimePoint.parse(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("date.invalid");
  }

  @Test
  void aTimeOfDayKeepsItsZone() {
    TimePoint point = TimePoint.of(PartialDate.parse("2025-03-19"), LocalTime.of(10, 15), ZoneOffset.ofHours(2));

    assertThat(point.time()).contains(LocalTime.of(10, 15));
    assertThat(point.zone()).contains(ZoneOffset.ofHours(2));
    assertThat(TimePoint.ofTime(LocalTime.of(14, 0), ZoneId.of("Europe/Kyiv"))).hasToString("T14:00[Europe/Kyiv]");
  }

  @Test
  void fractionsOfASecondAreNotNews() {
    assertThatThrownBy(() -> TimePoint.ofTime(LocalTime.of(14, 0, 0, 5), null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void fourteenToFifteenJuneIsAClosedIntervalWithoutAYear() {
    Time june = Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15"));

    assertThat(june.isInterval()).isTrue();
    assertThat(june.at()).isEmpty();
    assertThat(june).hasToString("--06-14/--06-15");
  }

  @Test
  void sinceAndUntilAreOpenIntervals() {
    assertThat(Time.since(PartialDate.ofYear(2022))).hasToString("2022/..");
    assertThat(Time.until(PartialDate.parse("--05"))).hasToString("../--05");
  }

  @Test
  void earlyJuneIsAPointWithAModifier() {
    Time early = Time.builder().at(TimePoint.parse("--06")).modifier(Time.Modifier.START).words("early June").build();

    assertThat(early.modifier()).contains(Time.Modifier.START);
    assertThat(early).hasToString("--06 (start) \"early June\"");
  }

  @Test
  void aRelativeExpressionKeepsItsWordsResolvedOrNot() {
    Time unresolved = Time.words("last month");
    Time resolved = Time.builder().words("yesterday").at(TimePoint.parse("2025-03-18")).build();

    assertThat(unresolved.at()).isEmpty();
    assertThat(unresolved.words()).contains("last month");
    assertThat(resolved.words()).contains("yesterday");
  }

  @Test
  void aDurationIsInAUnitOfTime() {
    assertThat(Time.lasting(Quantity.of("30", Unit.measure("d"))).duration()).isPresent();
    assertThat(violationsOf(() -> Time.lasting(Quantity.of("30", Unit.measure("km")))))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("duration.unit", "unit.kind"));
  }

  @Test
  void aTimeIsAPointOrAnIntervalAndStatesSomething() {
    assertThat(violationsOf(() -> Time.builder().build())).extracting(v -> v.rule().id())
        .containsExactly("time.invalid");
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2025")).start(TimePoint.parse("2024"))
        .build())).extracting(Violation::path).containsExactly("start");
    assertThat(violationsOf(() -> Time.builder().words("some time").modifier(Time.Modifier.END).build()))
        .extracting(Violation::path).containsExactly("modifier");
    // in an interval with both ends the modifier qualifies the start: "from late 2024 to 2025"
    assertThat(Time.builder().start(TimePoint.parse("2024")).end(TimePoint.parse("2025"))
        .modifier(Time.Modifier.END).build()).hasToString("2024 (end)/2025");
    // the one end of an open interval may be qualified: "at least through January 2020"
    assertThat(Time.builder().end(TimePoint.parse("2020-01")).modifier(Time.Modifier.ON_OR_AFTER).build()
        .modifier()).hasValue(Time.Modifier.ON_OR_AFTER);
  }

  @Test
  void anIntervalDoesNotEndBeforeItStarts() {
    assertThat(violationsOf(() -> Time.between(PartialDate.parse("2025-06-15"), PartialDate.parse("2025-06-14"))))
        .extracting(Violation::path).containsExactly("end");
    // a quarter that ends after the month it starts in: the interval is possible
    assertThat(violationsOf(() -> Time.between(PartialDate.parse("2025-03"), PartialDate.parse("2025-Q1"))))
        .isEmpty();
    // without years the order cannot be known: "from November to February"
    assertThat(violationsOf(() -> Time.between(PartialDate.parse("--11"), PartialDate.parse("--02")))).isEmpty();
  }
}
