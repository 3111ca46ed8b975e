package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as news states them: bounds, ranges, approximation, words, equivalents, units, changes. */
class AmountsTest {
  private static final Unit USD = Unit.currency("USD");
  private static final Unit EUR = Unit.currency("EUR");

  private static List<Violation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    return List.of();
  }

  private static BigDecimal d(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void atLeastTwoHundredDronesIsAnInclusiveLowerBoundOfACount() {
    Quantity drones = Quantity.builder().atLeast(d("200")).unit(Unit.COUNT).what("drones").build();

    assertThat(drones.amount()).isEmpty();
    assertThat(drones.atLeast()).contains(d("200"));
    assertThat(drones.moreThan()).isEmpty();
    assertThat(drones.what()).contains("drones");
    assertThat(drones).hasToString("at least 200 count of drones");
  }

  @Test
  void betweenThreeAndFivePercentIsARangeWithBothEnds() {
    Quantity range = Quantity.between("3", "5", Unit.PERCENT);

    assertThat(range.atLeast()).contains(d("3"));
    assertThat(range.atMost()).contains(d("5"));
    assertThat(range).hasToString("between 3 and 5 percent");
  }

  @Test
  void nearlyFortyIsApproximateAndBelowForty() {
    Quantity nearly = Quantity.builder().amount(d("40")).approximate(true).lessThan(d("40"))
        .unit(Unit.COUNT).build();

    assertThat(nearly.approximate()).isTrue();
    assertThat(nearly.lessThan()).contains(d("40"));
  }

  @Test
  void aVagueAmountIsKeptAsWordsWithTheBoundTheTextGives() {
    Quantity tens = Quantity.builder().words("decenas de miles").atLeast(d("20000")).unit(Unit.COUNT)
        .what("personas").build();

    assertThat(tens.words()).contains("decenas de miles");
    assertThat(tens.amount()).isEmpty();
  }

  @Test
  void oneAmountInTwoCurrenciesIsOneValueWithItsEquivalent() {
    Quantity aid = Quantity.of("40000000", EUR).withEquivalents(List.of(Quantity.of("43000000", USD)));

    assertThat(aid.equivalents()).singleElement().satisfies(e -> assertThat(e.unit()).isEqualTo(USD));
    assertThat(aid).hasToString("40000000 EUR (43000000 USD)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      both lower bounds         | atLeast=1 moreThan=2          | moreThan
      both upper bounds         | atMost=9 lessThan=8           | lessThan
      upper below lower         | atLeast=5 atMost=3            | atMost
      open bounds that meet     | moreThan=5 lessThan=5         | lessThan
      amount above the bound    | amount=50 atMost=40           | amount
      amount on an open bound   | amount=40 lessThan=40         | amount
      nothing stated            | -                             | ''
      """)
  void boundsMustAgree(String description, String parts, String path) {
    assertThat(violationsOf(() -> build(parts))).as(description)
        .extracting(Violation::path, v -> v.rule().id()).contains(tuple(path, "quantity.bounds"));
  }

  private static Quantity build(String parts) {
    Quantity.Builder b = Quantity.builder().unit(Unit.PERCENT);
    for (String part : parts.split(" ")) {
      if (part.equals("-")) {
        continue;
      }
      String[] kv = part.split("=");
      BigDecimal value = d(kv[1]);
      switch (kv[0]) {
        case "amount" -> b.amount(value);
        case "atLeast" -> b.atLeast(value);
        case "moreThan" -> b.moreThan(value);
        case "atMost" -> b.atMost(value);
        default -> b.lessThan(value);
      }
    }
    return b.build();
  }

  @Test
  void boundsThatMeetAreAnExactValueWhenBothAreIncluded() {
    assertThat(Quantity.builder().atLeast(d("5")).atMost(d("5")).unit(Unit.COUNT).build().atMost())
        .contains(d("5"));
  }

  @Test
  void aCountIsWholeAndNotNegativeInEveryBound() {
    assertThat(violationsOf(() -> Quantity.builder().atLeast(d("2.5")).unit(Unit.COUNT).build()))
        .extracting(v -> v.rule().id()).containsExactly("amount.invalid");
    assertThat(violationsOf(() -> Quantity.builder().moreThan(d("-1")).unit(Unit.COUNT).build()))
        .extracting(v -> v.rule().id()).containsExactly("amount.invalid");
  }

  @Test
  void anEquivalentIsInAnotherUnitAndHasNoneOfItsOwn() {
    Quantity nested = Quantity.of("1", USD).withEquivalents(List.of(Quantity.of("2", Unit.currency("JPY"))));

    assertThat(violationsOf(() -> Quantity.of("3", EUR).withEquivalents(List.of(nested))))
        .extracting(Violation::path).containsExactly("equivalents[0].equivalents");
    assertThat(violationsOf(() -> Quantity.of("3", EUR).withEquivalents(List.of(Quantity.of("4", EUR)))))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("equivalents[0].unit", "unit.kind"));
  }

  @Test
  void everyAmountOfAQuantityIsLimitedToSixtyFourDigitsAsWhenRead() {
    assertThat(violationsOf(() -> Quantity.builder().atLeast(new BigDecimal("1e64")).unit(Unit.PERCENT).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("atLeast", "amount.invalid"));
    assertThat(violationsOf(() -> Quantity.of(new BigDecimal("1e63"), Unit.PERCENT))).isEmpty();
    assertThat(violationsOf(() -> Quantity.of(new BigDecimal("1e-63"), Unit.PERCENT))).isEmpty();
    assertThat(violationsOf(() -> Quantity.of(new BigDecimal("1e-64"), Unit.PERCENT))).isNotEmpty();
  }

  @Test
  void boundsAreKeptInTheirShortestFormLikeAmounts() {
    Quantity q = Quantity.builder().atLeast(d("3.50")).atMost(d("5.0")).unit(Unit.PERCENT).build();

    assertThat(q).isEqualTo(Quantity.between("3.5", "5", Unit.PERCENT));
    assertThat(q.atLeast().orElseThrow().toPlainString()).isEqualTo("3.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"km", "t", "Mt", "kW.h", "[bbl_us]", "[bbl_us]/d", "har", "Cel", "km/h", "d",
    "wk", "mo", "a", "h", "min", "s"})
  void readsTheUcumCodesOfTheTable(String code) {
    Unit unit = Unit.parse(code);

    assertThat(unit.kind()).isEqualTo(Unit.Kind.MEASURE);
    assertThat(unit).hasToString(code);
    assertThat(Unit.measure(code)).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ha", "kWh", "KM", "tonnes", "km^2", "[mi]", "dollars", "Percent", "usd"})
  void refusesWhatIsNotAUnitOfTheTable(String code) {
    assertThatThrownBy(() -> Unit.parse(code)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("unit.unknown");
  }

  @Test
  void percentAndPercentagePointsAreDifferentUnits() {
    assertThat(Unit.parse("percentage-point")).isEqualTo(Unit.PERCENTAGE_POINT).isNotEqualTo(Unit.PERCENT);
    assertThat(Unit.PERCENTAGE_POINT.kind()).isEqualTo(Unit.Kind.PERCENTAGE_POINT);
  }

  @Test
  void durationsAreMeasuresOfTime() {
    assertThat(Unit.measure("d").isTime()).isTrue();
    assertThat(Unit.measure("km").isTime()).isFalse();
    assertThat(Unit.measure("km").dimension()).contains(Unit.Dimension.LENGTH);
  }

  @Test
  void aNullCurrencyIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> Unit.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void aChangeIsNotALevel() {
    Change rise = Change.up(Quantity.of("2", Unit.PERCENTAGE_POINT)).withBaseline(Time.words("the week before"));

    assertThat(rise.direction()).isEqualTo(Change.Direction.UP);
    assertThat(rise.by()).contains(Quantity.of("2", Unit.PERCENTAGE_POINT));
    assertThat(rise).hasToString("up by 2 percentage-point against \"the week before\"");
    assertThat(Change.unchanged().by()).isEmpty();
  }

  @Test
  void aChangeMovesTheWayItsLevelsSay() {
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP)
        .fromLevel(Quantity.of("5", Unit.PERCENT)).toLevel(Quantity.of("4.5", Unit.PERCENT)).build()))
        .extracting(Violation::path).containsExactly("to");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UNCHANGED)
        .by(Quantity.of("1", Unit.PERCENT)).build()))
        .extracting(Violation::path).containsExactly("by");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .fromLevel(Quantity.of("5", Unit.PERCENT)).toLevel(Quantity.of("4.5", Unit.PERCENT)).build())).isEmpty();
  }
}
