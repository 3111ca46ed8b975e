package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  @Test
  void spanishMilMillonesIsTenToTheNinth() {
    Quantity quantity = Quantity.of("35000000000", Unit.currency("USD"));

    assertThat(quantity.amount().orElseThrow()).isEqualByComparingTo(new BigDecimal("35e9"));
    assertThat(quantity.unit().currency()).hasValueSatisfying(c -> assertThat(c.getCurrencyCode())
        .isEqualTo("USD"));
    assertThat(quantity).hasToString("35000000000 USD");
  }

  @ParameterizedTest
  @CsvSource({
    "35, 35",
    "35.0, 35",
    "35.50, 35.5",
    "0.000, 0",
    "-12.5, -12.5",
    "1000, 1000",
    "0.001, 0.001"
  })
  void keepsAmountsExactInTheirShortestForm(String written, String canonical) {
    Quantity quantity = Quantity.of(written, Unit.PERCENT);

    assertThat(quantity.amount().orElseThrow().toPlainString()).isEqualTo(canonical);
    assertThat(quantity).isEqualTo(Quantity.of(canonical, Unit.PERCENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "+1", "01", " 1", "1 ", "1,5", "1.", ".5", "", "-", "NaN",
    "Infinity", "0x10", "١٢"})
  void rejectsAmountsNotInPlainDecimalNotation(String amount) {
    assertThatThrownBy(() -> Quantity.of(amount, Unit.COUNT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("amount.invalid");
  }

  @Test
  void rejectsAmountsOfMoreThan64Digits() {
    String digits65 = "1".repeat(65);

    assertThatThrownBy(() -> Quantity.of(digits65, Unit.PERCENT)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Quantity.of(new BigDecimal("1e-1000000"), Unit.PERCENT))
        .isInstanceOf(ValidationException.class);
    assertThat(Quantity.of("9".repeat(64), Unit.PERCENT).amount().orElseThrow().precision()).isEqualTo(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "2.5", "0.1"})
  void aCountIsAWholeNonNegativeNumber(String amount) {
    assertThatThrownBy(() -> Quantity.of(amount, Unit.COUNT))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a count must be a whole number");
  }

  @Test
  void aCountMayBeWrittenWithTrailingZeros() {
    assertThat(Quantity.of("9.00", Unit.COUNT)).isEqualTo(Quantity.of(9, Unit.COUNT));
  }

  @Test
  void reportsMissingAmountAndUnitTogether() {
    assertThatThrownBy(() -> Quantity.of((BigDecimal) null, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, v -> v.rule().id())
            .containsExactly(tuple("unit", "required"), tuple("", "quantity.bounds")));
  }

  @ParameterizedTest
  @CsvSource({"USD, CURRENCY", "EUR, CURRENCY", "UAH, CURRENCY", "count, COUNT", "percent, PERCENT"})
  void parsesUnitsAndWritesThemBack(String text, Unit.Kind kind) {
    Unit unit = Unit.parse(text);

    assertThat(unit.kind()).isEqualTo(kind);
    assertThat(unit).hasToString(text).isEqualTo(Unit.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "XYZ", "US", "DOLLAR", "Count", "%", "", "ABCD"})
  void rejectsUnknownUnits(String text) {
    assertThatThrownBy(() -> Unit.parse(text))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.rule().id()).containsExactly("unit.unknown"));
  }

  private static java.util.List<String> boundsViolations(Quantity.Builder b) {
    try {
      b.unit(Unit.PERCENT).build();
      return java.util.List.of();
    } catch (ValidationException e) {
      return e.violations().stream().map(v -> v.path() + " " + v.rule().id()).collect(java.util.stream.Collectors.toList());
    }
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      exactly on an open lower bound             | 5 | false | 5 |   |   |   | amount quantity.bounds
      about an open lower bound (nearly)         | 5 | true  | 5 |   |   |   |
      just above an open lower bound             | 6 | false | 5 |   |   |   |
      exactly on an open upper bound             | 5 | false |   | 5 |   |   | amount quantity.bounds
      about an open upper bound (nearly)         | 5 | true  |   | 5 |   |   |
      just below an open upper bound             | 4 | false |   | 5 |   |   |
      on a closed lower bound                    | 5 | false |   |   | 5 |   |
      below a closed lower bound                 | 4 | true  |   |   | 5 |   | amount quantity.bounds
      on a closed upper bound                    | 5 | false |   |   |   | 5 |
      above a closed upper bound                 | 6 | true  |   |   |   | 5 | amount quantity.bounds
      closed bounds that meet                    |   | false |   |   | 5 | 5 |
      """)
  void anAmountStandsWithinItsBoundsAndOnlyAnApproximateOneOnAnOpenBound(String name, String amount,
      boolean approximate, String moreThan, String lessThan, String atLeast, String atMost, String expected) {
    Quantity.Builder b = Quantity.builder().approximate(approximate);
    if (amount != null) {
      b.amount(new java.math.BigDecimal(amount));
    }
    if (moreThan != null) {
      b.moreThan(new java.math.BigDecimal(moreThan));
    }
    if (lessThan != null) {
      b.lessThan(new java.math.BigDecimal(lessThan));
    }
    if (atLeast != null) {
      b.atLeast(new java.math.BigDecimal(atLeast));
    }
    if (atMost != null) {
      b.atMost(new java.math.BigDecimal(atMost));
    }
    assertThat(boundsViolations(b)).isEqualTo(expected == null ? java.util.List.of() : java.util.List.of(expected));
  }

  @org.junit.jupiter.api.Test
  void openBoundsThatMeetOrCrossAreRefusedAtTheUpperOne() {
    assertThat(boundsViolations(Quantity.builder().moreThan(java.math.BigDecimal.ONE).lessThan(java.math.BigDecimal.ONE)))
        .containsExactly("lessThan quantity.bounds");
    assertThat(boundsViolations(Quantity.builder().atLeast(java.math.BigDecimal.ONE).atMost(java.math.BigDecimal.ZERO)))
        .containsExactly("atMost quantity.bounds");
    assertThat(boundsViolations(Quantity.builder().atLeast(java.math.BigDecimal.ZERO).lessThan(java.math.BigDecimal.ZERO)))
        .containsExactly("lessThan quantity.bounds");
    assertThat(boundsViolations(Quantity.builder().words("a few").approximate(true)))
        .containsExactly("approximate quantity.bounds");
  }
}
