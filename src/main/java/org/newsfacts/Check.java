package org.newsfacts;

import java.math.BigDecimal;
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
      if (property.kind() == Property.Kind.OPTIONAL || property.kind() == Property.Kind.FLAG) {
        Form<?> form = property.form();
        if (!(form instanceof Scalar) || ((Scalar<?>) form).text() == Scalar.Text.ANY) {
          continue;
        }
      }
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
          // an optional value of another form than a checked text was checked when it was made
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

  /** Checks a confidence: from 0 to 1. */
  void confidence(Optional<BigDecimal> confidence) {
    confidence.ifPresent(c -> {
      if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
        add("confidence", Rule.CONFIDENCE_RANGE, "confidence " + c + " is outside 0 to 1");
      }
    });
  }

  /**
   * Checks the paths an entity lists as inferred: each names a value the entity has, such as
   * {@code country}, {@code time.at} or {@code value.quantity.unit}.
   */
  <T> Check inferred(Shape<T> shape, T owner, List<String> paths) {
    for (int i = 0; i < paths.size(); i++) {
      String path = paths.get(i);
      if (path != null && !path.isBlank() && Paths.valueAt(shape, owner, path) == null) {
        add("inferred[" + i + "]", Rule.INFERRED_PATH, "'" + abbreviate(path) + "' names no value of this "
            + shape.name() + ": paths use the JSON names (\"of\" for Quantity.what(), \"from\" for"
            + " Change.fromLevel()) and name a value it has: " + String.join(", ", Paths.present(shape,
            owner, 12)));
      }
    }
    return this;
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

  /** Checks that no element of a list is null. */
  void elements(String path, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        required(path + "[" + i + "]", null);
      }
    }
  }

  /** Checks an optional reference: the optional itself is not null, and what it holds is an id. */
  void optionalId(String path, Optional<String> value) {
    if (required(path, value)) {
      value.ifPresent(id -> id(path, id));
    }
  }

  /**
   * {@return the argument, if it is not null}
   *
   * @throws NullPointerException naming the argument, if it is null
   */
  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " is null");
    }
    return value;
  }

  /** {@return the text, cut to 80 characters for a message} */
  static String abbreviate(CharSequence text) {
    if (text == null) {
      return "null";
    }
    return text.length() > 80 ? text.subSequence(0, 77) + "..." : text.toString();
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
