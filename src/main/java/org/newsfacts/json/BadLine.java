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

  /**
   * {@return the line and its violations, the number once: {@code line 12: claims[0].holder
   * (column 5): [ref.unresolved] no statement or meeting has the id 's-x'; ...}}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("line ").append(number).append(": ");
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      text.append(i == 0 ? "" : "; ").append(v.path().isEmpty() ? "(root)" : v.path());
      v.column().ifPresent(column -> text.append(" (column ").append(column).append(')'));
      text.append(": [").append(v.rule().id()).append("] ").append(v.message());
    }
    return text.toString();
  }
}
