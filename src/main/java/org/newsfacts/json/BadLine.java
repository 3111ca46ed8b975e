package org.newsfacts.json;

import java.util.List;
import org.newsfacts.Violation;

/**
 * A line of a JSON Lines file that is not a valid fact sheet: its number (from 1) and every
 * violation, each located on that line.
 */
public final class BadLine {
  private final long number;
  private final List<Violation> violations;

  BadLine(long number, List<Violation> violations) {
    this.number = number;
    this.violations = List.copyOf(violations);
  }

  /** {@return the line's number in the file, from 1} */
  public long number() {
    return number;
  }

  /** {@return every violation of the line, with the line's number as their line; never empty} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return {@code line 12: 2 violations: ...}} */
  @Override
  public String toString() {
    return "line " + number + ": " + violations;
  }
}
