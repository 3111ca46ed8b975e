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
    super("Invalid " + what, violations, null);
  }
}
