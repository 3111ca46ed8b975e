package org.newsfacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/** Collects the violations of one object, then throws them all at once. */
final class Check {

  private final String what;
  /** Made on the first violation: most checks find none. */
  private List<Violation> found;

  Check(String what) {
    this.what = what;
  }

  void add(String path, Rule rule, String message) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(Violation.of(path, rule, message));
  }

  void addAll(List<Violation> violations) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.addAll(violations);
  }

  /**
   * Checks what the shape declares of each property of an entity: required values are present,
   * list elements are not null, lists that need one have an element, texts are not blank, ids are
   * ids.
   */
  <T> Check properties(Shape<T> shape, T owner) {
    for (int i = 0; i < shape.size(); i++) {
      Property<T, ?> property = shape.property(i);
      String name = property.name();
      Object value = property.get(owner);
      switch (property.kind()) {
        case REQUIRED:
        case DEFAULTED:
          if (required(name, value)) {
            scalar(name, property.form(), value);
          }
          break;
        case OPTIONAL:
          if (value != null && ((Optional<?>) value).isPresent()) {
            scalar(name, property.form(), ((Optional<?>) value).get());
          }
          break;
        case LIST:
        case NON_EMPTY_LIST:
          List<?> values = (List<?>) value;
          if (values.isEmpty() && property.kind() == Property.Kind.NON_EMPTY_LIST) {
            add(name, Rule.REQUIRED, name + " needs at least one element");
          }
          for (int e = 0; e < values.size(); e++) {
            Object element = values.get(e);
            if (element == null) {
              required(name + "[" + e + "]", null);
            } else {
              scalar(name + "[" + e + "]", property.form(), element);
            }
          }
          break;
        default:
          break;
      }
    }
    return this;
  }

  private void scalar(String path, Form<?> form, Object value) {
    if (form instanceof Scalar && value instanceof String) {
      switch (((Scalar<?>) form).text()) {
        case NOT_BLANK:
          text(path, (String) value);
          break;
        case ID:
          id(path, (String) value);
          break;
        default:
          break;
      }
    }
  }

  /** Checks a list of spans that needs at least one, none of them null. */
  void spans(String path, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      add(path, Rule.REQUIRED, path + " needs at least one element");
    }
    for (int i = 0; i < evidence.size(); i++) {
      if (evidence.get(i) == null) {
        required(path + "[" + i + "]", null);
      }
    }
  }

  /** {@return whether the value is present; reports it as required when it is not} */
  boolean required(String path, Object value) {
    if (value == null) {
      add(path, Rule.REQUIRED, path + " is required");
      return false;
    }
    return true;
  }

  void text(String path, String value) {
    if (required(path, value) && value.isBlank()) {
      add(path, Rule.BLANK, path + " must not be blank");
    }
  }

  void id(String path, String value) {
    if (required(path, value) && !isId(value)) {
      add(path, Rule.ID_SYNTAX, "'" + value + "' is not an id: 1 to 64 letters, digits, '.', '_' or '-',"
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

  void done() {
    if (found != null && !found.isEmpty()) {
      throw new ValidationException(what, found);
    }
  }

  static ValidationException single(String what, Rule rule, String message) {
    return new ValidationException(what, List.of(Violation.of("", rule, message)));
  }
}
