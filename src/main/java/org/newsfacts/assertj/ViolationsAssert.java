package org.newsfacts.assertj;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import org.newsfacts.NewsFactsException;
import org.newsfacts.Rule;
import org.newsfacts.Violation;

/**
 * Assertions on the violations a library exception carries. A failure lists every violation.
 *
 * <pre>{@code
 * assertThatViolations(() -> FactSheet.builder().source(source).addClaims(orphan).build())
 *     .hasViolation("claims[0].holder", Rule.REF_UNRESOLVED)
 *     .hasOnlyViolationsOf(Rule.REF_UNRESOLVED);
 * }</pre>
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, NewsFactsException> {
  ViolationsAssert(NewsFactsException actual) {
    super(actual, ViolationsAssert.class);
  }

  /**
   * Checks that a violation stands at a path and breaks a rule.
   *
   * @param path the path, as {@link Violation#path()} gives it: {@code claims[0].holder}
   * @param rule the rule
   * @return this
   */
  public ViolationsAssert hasViolation(String path, Rule rule) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    for (Violation v : actual.violations()) {
      if (v.path().equals(path) && v.rule() == rule) {
        return this;
      }
    }
    throw failure("%nExpected a violation of %s at %s, but the violations are:%n%s", rule.id(), path, listed());
  }

  /**
   * Checks that some violation breaks a rule, wherever it stands.
   *
   * @param rule the rule
   * @return this
   */
  public ViolationsAssert hasViolationOf(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    for (Violation v : actual.violations()) {
      if (v.rule() == rule) {
        return this;
      }
    }
    throw failure("%nExpected a violation of %s, but the violations are:%n%s", rule.id(), listed());
  }

  /**
   * Checks that every violation breaks one of the rules given.
   *
   * @param first a rule
   * @param more other rules
   * @return this
   */
  public ViolationsAssert hasOnlyViolationsOf(Rule first, Rule... more) {
    Set<Rule> allowed = EnumSet.of(Objects.requireNonNull(first, "first"));
    allowed.addAll(Arrays.asList(Objects.requireNonNull(more, "more")));
    isNotNull();
    List<Violation> others = new ArrayList<>();
    for (Violation v : actual.violations()) {
      if (!allowed.contains(v.rule())) {
        others.add(v);
      }
    }
    if (!others.isEmpty()) {
      throw failure("%nExpected violations of %s only, but also:%n%s", allowed, lines(others));
    }
    return this;
  }

  /**
   * Checks how many violations there are.
   *
   * @param expected the number
   * @return this
   */
  public ViolationsAssert hasViolationCount(int expected) {
    isNotNull();
    if (actual.violations().size() != expected) {
      throw failure("%nExpected %d violations, but there are %d:%n%s", expected, actual.violations().size(),
          listed());
    }
    return this;
  }

  /** {@return AssertJ's list assertions on the violations, to go on with} */
  public ListAssert<Violation> violations() {
    isNotNull();
    return Assertions.assertThat(actual.violations());
  }

  private String listed() {
    return lines(actual.violations());
  }

  private static String lines(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append("  ").append(v).append('\n');
    }
    return text.toString();
  }
}
