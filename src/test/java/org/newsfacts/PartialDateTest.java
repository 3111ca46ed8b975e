package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2025, YEAR",
    "0000, YEAR",
    "9999, YEAR",
    "2025-01, YEAR_MONTH",
    "2025-12, YEAR_MONTH",
    "--01-17, MONTH_DAY",
    "--02-29, MONTH_DAY",
    "--12-31, MONTH_DAY",
    "2025-01-17, DATE",
    "2024-02-29, DATE"
  })
  void parsesEachPrecisionAndWritesItBack(String text, PartialDate.Precision precision) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.toString()).isEqualTo(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2025-02-30", "2025-02-29", "2025-13", "2025-00", "2025-04-31", "--02-30", "--04-31",
    "--13-01", "--00-10", "--01-00", "25", "20255", "2025-1", "2025-01-7", "-2025", "+2025",
    "2025/01/17", "17 de enero", "", " 2025", "2025 ", "２０２５", "2025x01", "2025-01x17",
    "2025-0x-17", "--01x17", "x-01-17", "-+01-17", "2025-1-17", "2025-01-1x", "2O25", "--0a-17",
    "2025-01-17T00:00"
  })
  void rejectsImpossibleOrMalformedDates(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).violations())
            .singleElement()
            .satisfies(v -> {
              assertThat(v.rule().id()).isEqualTo("date.invalid");
              assertThat(v.path()).isEmpty();
              assertThat(v.message()).isNotBlank();
            }));
  }

  @Test
  void rejectsNoTextWithTheLibrarysException() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("date.invalid");
  }

  @Test
  void readsPartialDateWithoutYear() {
    PartialDate date = PartialDate.parse("--01-17");

    assertThat(date.year()).isEmpty();
    assertThat(date.yearMonth()).isEmpty();
    assertThat(date.date()).isEmpty();
    assertThat(date.monthDay()).contains(MonthDay.of(1, 17));
  }

  @Test
  void exposesExactlyTheFieldsItsPrecisionHas() {
    assertThat(PartialDate.parse("2025").year()).contains(Year.of(2025));
    assertThat(PartialDate.parse("2025").monthDay()).isEmpty();
    assertThat(PartialDate.parse("2025-01").yearMonth()).contains(YearMonth.of(2025, 1));
    assertThat(PartialDate.parse("2025-01").date()).isEmpty();
    assertThat(PartialDate.parse("2025-01-17").date()).contains(LocalDate.of(2025, 1, 17));
    assertThat(PartialDate.parse("2025-01-17").monthDay()).contains(MonthDay.of(1, 17));
  }

  @Test
  void factoriesFromJavaTimeAgreeWithParse() {
    assertThat(PartialDate.of(Year.of(2025))).isEqualTo(PartialDate.parse("2025"));
    assertThat(PartialDate.of(YearMonth.of(2025, 1))).isEqualTo(PartialDate.parse("2025-01"));
    assertThat(PartialDate.of(MonthDay.of(1, 17))).isEqualTo(PartialDate.parse("--01-17"));
    assertThat(PartialDate.of(LocalDate.of(2025, 1, 17))).isEqualTo(PartialDate.parse("2025-01-17"));
  }

  @Test
  void datesOfDifferentPrecisionAreNotEqual() {
    assertThat(PartialDate.parse("2025-01")).isNotEqualTo(PartialDate.parse("2025-01-01"));
    assertThat(PartialDate.parse("--01-17")).isNotEqualTo(PartialDate.parse("2025-01-17"));
    assertThat(PartialDate.parse("2025").hashCode()).isEqualTo(PartialDate.ofYear(2025).hashCode());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsYearsOutsideFourDigits(int year) {
    assertThatThrownBy(() -> PartialDate.ofYear(year)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("year " + year);
  }
}
