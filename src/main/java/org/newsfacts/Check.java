package org.newsfacts;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one object, then throws them all at once. */
final class Check {

  private final String what;
  /** Made on the first violation: most checks find none. */
  private List<Violation> found;

  Check(String what) {
    this.what = what;
  }

  void add(String path, String rule, String message) {
    addAll(List.of(Violation.of(path, rule, message)));
  }

  void addAll(List<Violation> violations) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.addAll(violations);
  }

  /** {@return whether the value is present; reports it as required when it is not} */
  boolean required(String path, Object value) {
    if (value == null) {
      add(path, "required", path + " is required");
      return false;
    }
    return true;
  }

  void text(String path, String value) {
    if (required(path, value) && value.isBlank()) {
      add(path, "blank", path + " must not be blank");
    }
  }

  void id(String path, String value) {
    if (required(path, value) && !isId(value)) {
      add(path, "id.syntax", "'" + value + "' is not an id: 1 to 64 letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit");
    }
  }

  /**
   * {@return whether the text is 1 to 64 ASCII letters, digits, '.', '_' or '-', not starting
   * with a sign}
   */
  static boolean isId(String text) {
    int length = text.length();
    if (length == 0 || length > 64) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alphanumeric && (i == 0 || c != '.' && c != '_' && c != '-')) {
        return false;
      }
    }
    return true;
  }

  void ids(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || !isId(value)) {
        id(path + "[" + i + "]", value);
      }
    }
  }

  void elements(String path, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        required(path + "[" + i + "]", null);
      }
    }
  }

  void evidence(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      add("evidence", "required", "evidence needs at least one span of the source text");
    }
    elements("evidence", evidence);
  }

  void done() {
    if (found != null && !found.isEmpty()) {
      throw new ValidationException(what, found);
    }
  }

  static ValidationException single(String what, String rule, String message) {
    return new ValidationException(what, List.of(Violation.of("", rule, message)));
  }
}
