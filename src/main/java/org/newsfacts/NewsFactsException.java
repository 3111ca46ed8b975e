package org.newsfacts;

import java.util.List;

/**
 * The one exception family of the library: unchecked, sealed, and carrying every {@link Violation}
 * found, never just the first.
 *
 * <p>The subtypes say where the problem was found: {@link ValidationException} when a value or a
 * fact sheet would be invalid, {@link org.newsfacts.json.JsonReadException} when a JSON document cannot be read as
 * what was asked for. Failures to read or write a file or stream are not documents' problems: they
 * are {@link java.io.UncheckedIOException}s.
 */
// The one reference of the model to the codec: a sealed class names its subclasses.
public abstract sealed class NewsFactsException extends RuntimeException
    permits ValidationException, org.newsfacts.json.JsonReadException {
  private static final long serialVersionUID = 2L;
  private static final int LISTED_IN_MESSAGE = 20;

  /** The violations; an unmodifiable list, never empty. */
  private final List<Violation> violations;

  /**
   * Creates an exception that reports every violation found; for the library's own subtypes.
   *
   * @param summary what was being done, such as {@code "Invalid Meeting"}
   * @param violations every violation found; must not be empty
   * @param cause the underlying cause, or {@code null}
   */
  protected NewsFactsException(String summary, List<Violation> violations, Throwable cause) {
    super(describe(summary, violations), cause);
    this.violations = List.copyOf(violations);
  }

  /** {@return every violation found, in the order found; never empty} */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String summary, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one violation");
    }
    StringBuilder text = new StringBuilder(summary).append(": ").append(violations.size())
        .append(violations.size() == 1 ? " violation" : " violations");
    for (int i = 0; i < violations.size() && i < LISTED_IN_MESSAGE; i++) {
      text.append("\n  ").append(violations.get(i));
    }
    if (violations.size() > LISTED_IN_MESSAGE) {
      text.append("\n  ... and ").append(violations.size() - LISTED_IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
