package org.newsfacts;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One broken rule: where ({@link #path()}), which {@link Rule} and what is wrong, in words a person
 * understands ({@link #message()}).
 *
 * <p>The path names the bad value from the object that was checked, in the form
 * {@code statements[2].evidence[0].end}, with the JSON names of the properties; the empty path is
 * the object itself. Violations found in a JSON document also carry the line and column of the
 * value. The rules are listed, with what each means, in {@link Rule}.
 *
 * <p>Instances are made by the library only; they are immutable, thread-safe and serializable.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Where, such as {@code statements[2].evidence[0].end}; empty for the checked object. */
  private final String path;
  /** The rule broken. */
  private final Rule rule;
  /** What is wrong, for a person. */
  private final String message;
  /** The line in the document, from 1; 0 when not read from a document. */
  private final int line;
  /** The column in the document, from 1; 0 when not read from a document. */
  private final int column;

  Violation(String path, Rule rule, String message, int line, int column) {
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.message = Objects.requireNonNull(message, "message");
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
  }

  static Violation of(String path, Rule rule, String message) {
    return new Violation(path, rule, message, 0, 0);
  }

  /** {@return the path of the bad value, such as {@code statements[2].evidence[0].end}} */
  public String path() {
    return path;
  }

  /** {@return the rule broken, such as {@link Rule#EVIDENCE_MISMATCH}} */
  public Rule rule() {
    return rule;
  }

  /** {@return what is wrong, for a person} */
  public String message() {
    return message;
  }

  /** {@return the line of the value in the document it was read from, if it was read from one} */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** {@return the column of the value in the document it was read from, if it was read from one} */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** {@return this violation seen from an enclosing object, under {@code parent}} */
  Violation under(String parent) {
    return new Violation(join(parent, path), rule, message, line, column);
  }

  /** {@return this violation at a line and column, unless it has one already} */
  Violation locatedAt(int line, int column) {
    return this.line > 0 ? this : new Violation(path, rule, message, line, column);
  }

  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Violation
            && ((Violation) other).path.equals(path)
            && ((Violation) other).rule == rule
            && ((Violation) other).message.equals(message)
            && ((Violation) other).line == line
            && ((Violation) other).column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, message, line, column);
  }

  /**
   * The violation in one line: {@code claims[0].time (line 3, column 12): [date.invalid] ...}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(path.isEmpty() ? "(root)" : path);
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return text.append(": [").append(rule.id()).append("] ").append(message).toString();
  }
}
