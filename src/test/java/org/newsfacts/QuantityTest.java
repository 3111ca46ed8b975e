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
}
