package org.newsfacts.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.newsfacts.assertj.NewsFactsAssertions.assertThatViolations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.NewsFactsException;
import org.newsfacts.Rule;
import org.newsfacts.SpeechAct;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/** Each assertion passes where it should, and fails with a message that says why. */
class NewsFactsAssertionsTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final FactSheet GOLD = ReferenceArticle.sheet();

  /** An extractor's sheet: other ids, one amount wrong by a factor of ten. */
  private static FactSheet extracted() {
    return JSON.read(JSON.write(GOLD).replace("\"c-capabilities\"", "\"c-1\"")
        .replace("\"35000000000\"", "\"3500000000\""));
  }

  private static String failureOf(Runnable assertion) {
    Throwable thrown = catchThrowable(assertion::run);
    assertThat(thrown).isInstanceOf(AssertionError.class);
    return thrown.getMessage();
  }

  @Test
  void aSheetWithOtherIdsIsEquivalentToItsGold() {
    FactSheet renamed = JSON.read(JSON.write(GOLD).replace("\"p-umerov\"", "\"person-7\""));

    NewsFactsAssertions.assertThat(renamed).isEquivalentTo(GOLD).hasStrictF1AtLeast(GOLD, 1.0);
  }

  @Test
  void aSheetThatDiffersFailsWithTheDifferencesByPath() {
    String message = failureOf(() -> NewsFactsAssertions.assertThat(extracted()).isEquivalentTo(GOLD));

    assertThat(message).contains("Expected the sheet to say what the gold sheet says, ids aside, but 1 difference:",
        "  claims[c-capabilities].value.quantity.amount: expected 35000000000, was 3500000000");
    assertThat(message.length()).isLessThan(500);
  }

  @Test
  void scoresPassAtTheirThresholdAndFailBelowWithTheTable() {
    // 41 facts, 40 of them exact: strict F1 40/41, partial F1 1
    NewsFactsAssertions.assertThat(extracted()).hasPartialF1AtLeast(GOLD, 1.0).hasStrictF1AtLeast(GOLD, 0.97);

    String message = failureOf(() -> NewsFactsAssertions.assertThat(extracted()).hasStrictF1AtLeast(GOLD, 0.99));

    assertThat(message).contains("Expected a strict F1 of at least 0.990 against the gold sheet, but it is 0.976",
        "claims           10    10     10     9 |", "expected 35000000000, was 3500000000");
    assertThat(catchThrowable(() -> NewsFactsAssertions.assertThat(GOLD).hasPartialF1AtLeast(GOLD, 1.5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimum must be from 0 to 1, not 1.5");
  }

  @Test
  void factsAreFoundByDescriptionOrTheFailureListsThem() {
    NewsFactsAssertions.assertThat(GOLD).hasParticipantNamed("Umerov")
        .hasStatementMatching(s -> s.act() == SpeechAct.THANK, "a thanks")
        .hasClaimMatching(c -> c.id().equals("c-capabilities"), "the claim on capabilities");

    String message = failureOf(() -> NewsFactsAssertions.assertThat(GOLD)
        .hasClaimMatching(c -> c.holder().equals("p-nobody"), "a claim of nobody"));

    assertThat(message).contains("Expected a claim of nobody among the 10 claims of the sheet, but none is:",
        "  " + GOLD.claims().get(0));
    assertThat(failureOf(() -> NewsFactsAssertions.assertThat(GOLD).hasParticipantNamed("Rustem Umerov")))
        .contains("Expected a participant named \"Rustem Umerov\" among the 14 participants");
  }

  @Test
  void violationsAreFoundByPathAndRule() {
    Claim orphan = Claim.builder().from(GOLD.claims().get(0)).holder("s-nowhere").build();
    NewsFactsException thrown = (NewsFactsException) catchThrowable(() -> GOLD.withClaims(List.of(orphan)));

    NewsFactsAssertions.assertThat(thrown).hasViolation("claims[0].holder", Rule.REF_UNRESOLVED)
        .hasViolationOf(Rule.REF_UNRESOLVED).hasOnlyViolationsOf(Rule.REF_UNRESOLVED).hasViolationCount(1)
        .violations().singleElement().extracting(v -> v.rule().id()).isEqualTo("ref.unresolved");
    assertThatViolations(() -> JSON.read("{\"formatVersion\": 2}")).hasViolation("source", Rule.REQUIRED);

    assertThat(failureOf(() -> NewsFactsAssertions.assertThat(thrown).hasViolation("claims[0].subject", Rule.REQUIRED)))
        .contains("Expected a violation of required at claims[0].subject, but the violations are:",
            "  claims[0].holder: [ref.unresolved]");
    assertThat(failureOf(() -> NewsFactsAssertions.assertThat(thrown).hasOnlyViolationsOf(Rule.REQUIRED)))
        .contains("Expected violations of [required] only, but also:");
    assertThat(failureOf(() -> NewsFactsAssertions.assertThat(thrown).hasViolationCount(2)))
        .contains("Expected 2 violations, but there are 1:");
  }

  @Test
  void codeThatThrowsNothingOrSomethingElseFails() {
    assertThat(failureOf(() -> assertThatViolations(() -> { })))
        .isEqualTo("Expected a NewsFactsException with violations, but the code threw nothing");
    assertThat(failureOf(() -> assertThatViolations(() -> {
      throw new IllegalStateException("boom");
    }))).startsWith("Expected a NewsFactsException with violations, but the code threw java.lang.IllegalStateException");
  }
}
