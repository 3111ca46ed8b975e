package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceTest {

  @Test
  void acceptsASpanFromTheFirstCodePoint() {
    Evidence span = Evidence.of(0, 6, "Umerov");

    assertThat(span.start()).isZero();
    assertThat(span.end()).isEqualTo(6);
    assertThat(span.text()).isEqualTo("Umerov");
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    assertThat(Evidence.of(3, 5, "😀é").text()).hasSize(3);
    assertThatThrownBy(() -> Evidence.of(3, 6, "😀é")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("evidence.length");
  }

  @ParameterizedTest
  @CsvSource({
    "-1, 3, abcd, start, evidence.range",
    "5, 5, '', end, evidence.range",
    "5, 4, x, end, evidence.range",
    "0, 3, ab, text, evidence.length",
    "0, 1, ab, text, evidence.length"
  })
  void rejectsBadSpans(int start, int end, String text, String path, String rule) {
    assertThatThrownBy(() -> Evidence.of(start, end, text))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .anySatisfy(v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.rule().id()).isEqualTo(rule);
            }));
  }

  @Test
  void reportsEveryProblemOfASpanAtOnce() {
    assertThatThrownBy(() -> Evidence.of(-2, -3, null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("start", "end", "text"));
  }

  @Test
  void twoSpansAreEqualWhenPositionAndTextAre() {
    assertThat(Evidence.of(1, 2, "a")).isEqualTo(Evidence.of(1, 2, "a"))
        .hasSameHashCodeAs(Evidence.of(1, 2, "a"))
        .isNotEqualTo(Evidence.of(1, 2, "b"));
  }
}
