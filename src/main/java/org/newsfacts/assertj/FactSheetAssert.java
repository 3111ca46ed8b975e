package org.newsfacts.assertj;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Participant;
import org.newsfacts.Statement;
import org.newsfacts.compare.Comparison;

/**
 * Assertions on a fact sheet: against a gold sheet, whatever ids each uses (through {@link
 * Comparison}), and on the facts it holds.
 *
 * <pre>{@code
 * FactSheet extracted = extractor.extract(ReferenceArticle.text());
 *
 * assertThat(extracted).isEquivalentTo(ReferenceArticle.sheet());
 * // java.lang.AssertionError:
 * // Expected the sheet to say what the gold sheet says, ids aside, but 1 difference:
 * //   claims[c-capabilities].value: expected 35000000000 USD, was 3500000000 USD
 *
 * assertThat(extracted).hasPartialF1AtLeast(gold, 0.8)
 *     .hasParticipantNamed("Umerov")
 *     .hasStatementMatching(s -> s.act() == SpeechAct.THANK, "a thanks");
 * }</pre>
 */
public final class FactSheetAssert extends AbstractAssert<FactSheetAssert, FactSheet> {
  /** How many facts a failure lists. */
  private static final int LISTED = 20;

  FactSheetAssert(FactSheet actual) {
    super(actual, FactSheetAssert.class);
  }

  /**
   * Checks that the sheet says exactly what a gold sheet says, ids aside: every fact paired, and
   * every pair equal once ids are mapped. The failure message lists the differences by path.
   *
   * @param gold the sheet taken as right
   * @return this
   */
  public FactSheetAssert isEquivalentTo(FactSheet gold) {
    Objects.requireNonNull(gold, "gold");
    isNotNull();
    Comparison comparison = Comparison.of(gold, actual);
    if (!comparison.equivalent()) {
      int count = comparison.differences().size();
      throw failure("%nExpected the sheet to say what the gold sheet says, ids aside, but %d difference%s:%n%s",
          count, count == 1 ? "" : "s", differences(comparison));
    }
    return this;
  }

  /**
   * Checks the overall strict F1 of the sheet against a gold sheet: pairs count only when equal
   * in everything. The failure message is the table of scores and the differences.
   *
   * @param gold the sheet taken as right
   * @param minimum the lowest F1 that passes, from 0 to 1
   * @return this
   */
  public FactSheetAssert hasStrictF1AtLeast(FactSheet gold, double minimum) {
    return f1(gold, minimum, true);
  }

  /**
   * Checks the overall partial F1 of the sheet against a gold sheet: every pair found by
   * alignment counts, whatever its attributes. The failure message is the table of scores and the
   * differences.
   *
   * @param gold the sheet taken as right
   * @param minimum the lowest F1 that passes, from 0 to 1
   * @return this
   */
  public FactSheetAssert hasPartialF1AtLeast(FactSheet gold, double minimum) {
    return f1(gold, minimum, false);
  }

  private FactSheetAssert f1(FactSheet gold, double minimum, boolean strict) {
    Objects.requireNonNull(gold, "gold");
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException("minimum must be from 0 to 1, not " + minimum);
    }
    isNotNull();
    Comparison comparison = Comparison.of(gold, actual);
    double f1 = comparison.overall().f1(strict);
    if (f1 < minimum) {
      throw failure("%nExpected a %s F1 of at least %s against the gold sheet, but it is %s:%n%s",
          strict ? "strict" : "partial", format(minimum), format(f1), comparison);
    }
    return this;
  }

  /**
   * Checks that a participant has a name, as written.
   *
   * @param name the name
   * @return this
   */
  public FactSheetAssert hasParticipantNamed(String name) {
    Objects.requireNonNull(name, "name");
    return hasParticipantMatching(p -> p.name().filter(name::equals).isPresent(), "a participant named \"" + name + "\"");
  }

  /**
   * Checks that some participant matches a description.
   *
   * @param condition what the participant must be
   * @param description the condition in words, for the failure message
   * @return this
   */
  public FactSheetAssert hasParticipantMatching(Predicate<? super Participant> condition, String description) {
    isNotNull();
    return has(actual.participants(), condition, description, "participants");
  }

  /**
   * Checks that some statement matches a description.
   *
   * @param condition what the statement must be
   * @param description the condition in words, for the failure message
   * @return this
   */
  public FactSheetAssert hasStatementMatching(Predicate<? super Statement> condition, String description) {
    isNotNull();
    return has(actual.statements(), condition, description, "statements");
  }

  /**
   * Checks that some claim matches a description.
   *
   * @param condition what the claim must be
   * @param description the condition in words, for the failure message
   * @return this
   */
  public FactSheetAssert hasClaimMatching(Predicate<? super Claim> condition, String description) {
    isNotNull();
    return has(actual.claims(), condition, description, "claims");
  }

  private <T> FactSheetAssert has(List<T> facts, Predicate<? super T> condition, String description, String kind) {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(description, "description");
    for (T fact : facts) {
      if (condition.test(fact)) {
        return this;
      }
    }
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(LISTED, facts.size()); i++) {
      listed.append("  ").append(facts.get(i)).append('\n');
    }
    if (facts.size() > LISTED) {
      listed.append("  ... and ").append(facts.size() - LISTED).append(" more\n");
    }
    throw failure("%nExpected %s among the %d %s of the sheet, but none is:%n%s", description, facts.size(), kind,
        listed);
  }

  private static String differences(Comparison comparison) {
    StringBuilder text = new StringBuilder();
    List<Comparison.Difference> all = comparison.differences();
    for (int i = 0; i < Math.min(100, all.size()); i++) {
      text.append("  ").append(all.get(i)).append('\n');
    }
    if (all.size() > 100) {
      text.append("  ... and ").append(all.size() - 100).append(" more\n");
    }
    return text.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
