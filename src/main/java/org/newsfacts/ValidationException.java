package org.newsfacts;

import java.util.List;

/**
 * A value, an entity or a fact sheet would break one or more rules, so it was not built.
 *
 * <pre>{@code
 * try {
 *   Evidence.of(10, 4, "text");
 * } catch (ValidationException e) {
 *   e.violations(); // [end: [evidence.range] end 4 is not after start 10]
 * }
 * }</pre>
 */
public final class ValidationException extends NewsFactsException {
  private static final long serialVersionUID = 2L;

  ValidationException(String what, List<Violation> violations) {
    this("Invalid " + what, violations, null);
  }

  private ValidationException(String summary, List<Violation> violations, Void unused) {
    super(summary, violations, null);
  }

  /**
   * {@return an exception whose message starts with a summary of its own, such as "Cannot find the
   * words": for a failure that is not an invalid value}
   */
  static ValidationException summarised(String summary, Violation violation) {
    return new ValidationException(summary, List.of(violation), null);
  }
}
