/**
 * AssertJ assertions for tests of code that makes or reads fact sheets, such as an extractor
 * scored against a gold sheet. AssertJ is an optional dependency of the library: a test that
 * uses this package has it already; nobody else inherits it.
 *
 * <pre>{@code
 * import static org.newsfacts.assertj.NewsFactsAssertions.assertThat;
 *
 * assertThat(extracted).isEquivalentTo(gold);           // the differences are the failure message
 * assertThat(extracted).hasPartialF1AtLeast(gold, 0.8);  // the score table is the failure message
 * assertThat(extracted).hasClaimMatching(c -> c.holder().equals("p-umerov"), "a claim of Umerov");
 * assertThat(exception).hasViolation("claims[0].holder", Rule.REF_UNRESOLVED);
 * }</pre>
 */
package org.newsfacts.assertj;
