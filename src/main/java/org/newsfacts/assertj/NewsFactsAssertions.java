package org.newsfacts.assertj;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.newsfacts.FactSheet;
import org.newsfacts.NewsFactsException;

/**
 * The entry point of the library's AssertJ assertions: import its {@code assertThat} methods
 * statically beside AssertJ's own.
 *
 * <pre>{@code
 * import static org.assertj.core.api.Assertions.assertThat;
 * import static org.newsfacts.assertj.NewsFactsAssertions.assertThat;
 * import static org.newsfacts.assertj.NewsFactsAssertions.assertThatViolations;
 *
 * assertThat(sheet).isEquivalentTo(gold);
 * assertThatViolations(() -> json.read(document))
 *     .hasViolation("statements[0].speaker", Rule.REF_UNRESOLVED);
 * }</pre>
 */
public final class NewsFactsAssertions {
  private NewsFactsAssertions() {}

  /**
   * {@return assertions on a sheet}
   *
   * @param actual the sheet, such as an extractor's output
   */
  public static FactSheetAssert assertThat(FactSheet actual) {
    return new FactSheetAssert(actual);
  }

  /**
   * {@return assertions on the violations of a library exception}
   *
   * @param actual the exception, a {@code ValidationException} or a {@code JsonReadException}
   */
  public static ViolationsAssert assertThat(NewsFactsException actual) {
    return new ViolationsAssert(actual);
  }

  /**
   * {@return assertions on the violations of the library exception that code throws}
   *
   * <p>Fails when the code throws nothing, or throws something else than a {@link
   * NewsFactsException}.
   *
   * @param code the code that builds or reads something invalid
   */
  public static ViolationsAssert assertThatViolations(ThrowingCallable code) {
    if (code == null) {
      throw new NullPointerException("code");
    }
    try {
      code.call();
    } catch (NewsFactsException e) {
      return new ViolationsAssert(e);
    } catch (Throwable other) {
      throw new AssertionError("Expected a NewsFactsException with violations, but the code threw "
          + other, other);
    }
    throw new AssertionError("Expected a NewsFactsException with violations, but the code threw nothing");
  }
}
