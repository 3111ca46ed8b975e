package org.newsfacts;

import java.io.Serializable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One broken rule: where ({@link #path()}), which rule ({@link #rule()}) and what is wrong, in
 * words a person understands ({@link #message()}).
 *
 * <p>The path names the bad value from the object that was checked, in the form
 * {@code statements[2].evidence[0].end}; the empty path is the object itself. Violations found in
 * a JSON document also carry the line and column of the value.
 *
 * <p>Rule ids are stable and meant for programs: {@code required}, {@code blank}, {@code id.syntax},
 * {@code id.duplicate}, {@code ref.unresolved}, {@code ref.kind}, {@code evidence.range},
 * {@code evidence.length}, {@code evidence.out-of-bounds}, {@code evidence.mismatch},
 * {@code evidence.not-found}, {@code evidence.ambiguous}, {@code quote.not-verbatim},
 * {@code count.mismatch}, {@code date.invalid}, {@code country.unknown}, {@code language.invalid},
 * {@code unit.unknown}, {@code amount.invalid}, {@code ordinal.range}, {@code url.invalid}, and for
 * JSON input {@code json.syntax}, {@code json.limit}, {@code json.type}, {@code json.null},
 * {@code json.enum}, {@code json.string}, {@code json.unknown-property}, {@code json.duplicate-key},
 * {@code json.format-version}, {@code json.io}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where, such as {@code statements[2].evidence[0].end}; empty for the checked object. */
  private final String path;
  /** The stable rule id. */
  private final String rule;
  /** What is wrong, for a person. */
  private final String message;
  /** The line in the document, from 1; 0 when not read from a document. */
  private final int line;
  /** The column in the document, from 1; 0 when not read from a document. */
  private final int column;

  private Violation(String path, String rule, String message, int line, int column) {
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * A violation without a position in a document.
   *
   * @param path where, for example {@code claims[0].value}; empty for the checked object itself
   * @param rule the stable rule id, for example {@code required}
   * @param message what is wrong, for a person
   * @return the violation
   */
  public static Violation of(String path, String rule, String message) {
    return new Violation(path, rule, message, 0, 0);
  }

  /**
   * A violation at a line and column of a document (both counted from 1).
   *
   * @param path where, for example {@code claims[0].value}
   * @param rule the stable rule id
   * @param message what is wrong, for a person
   * @param line the line of the value, from 1
   * @param column the column of the value, from 1
   * @return the violation
   */
  public static Violation at(String path, String rule, String message, int line, int column) {
    return new Violation(path, rule, message, Math.max(line, 0), Math.max(column, 0));
  }

  /** {@return the path of the bad value, such as {@code statements[2].evidence[0].end}} */
  public String path() {
    return path;
  }

  /** {@return the stable id of the broken rule, such as {@code evidence.mismatch}} */
  public String rule() {
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

  /**
   * This violation as seen from an enclosing object: {@code end} under {@code evidence[0]} is
   * {@code evidence[0].end}.
   *
   * @param parent the path of the checked object within the enclosing one
   * @return the violation with the longer path
   */
  public Violation under(String parent) {
    return new Violation(join(parent, path), rule, message, line, column);
  }

  /**
   * This violation placed at a line and column, unless it already has one.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the violation with a position
   */
  public Violation locatedAt(int line, int column) {
    return this.line > 0 ? this : at(path, rule, message, line, column);
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
            && ((Violation) other).rule.equals(rule)
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
    return text.append(": [").append(rule).append("] ").append(message).toString();
  }
}
