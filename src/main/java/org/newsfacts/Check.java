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

  /** What is checked: "Statement", for the summary. */
  private final String what;
  /** The id of the entity checked, once known: the summary names it ("Statement s-invite"). */
  private String id;
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
      if (i == 0 && property.name().equals("id") && property.get(owner) instanceof String) {
        id = (String) property.get(owner);   // named in the summary only if something is wrong
      }
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
        case PASSAGE:
          passage(path, (String) value);
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
  /**
   * Checks the {@code count} of meetings, events, statements or places reported as one: in the
   * unit count, and at least 1.
   */
  void count(Quantity count, String things, String example) {
    if (count.unit().kind() != Unit.Kind.COUNT) {
      add("count.unit", Rule.UNIT_KIND, "a count of " + things + " is in the unit count, not "
          + count.unit() + ": " + example);
    }
    count.amount().filter(amount -> amount.compareTo(BigDecimal.ONE) < 0).ifPresent(amount ->
        add("count.amount", Rule.COUNT_MISMATCH, "a count is at least 1, not " + amount
            + "; a single one needs no count"));
  }

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
        String json = path.replaceAll("\\.(heldIn|what)\\b", ".of").replaceAll("\\.fromLevel\\b", ".from")
            .replaceAll("\\.toLevel\\b", ".to");
        String meant = !json.equals(path) && Paths.valueAt(shape, owner, json) != null
            ? " (did you mean '" + abbreviate(json) + "'?)" : "";
        add("inferred[" + i + "]", Rule.INFERRED_PATH, "'" + abbreviate(path) + "' names no value of this "
            + shape.name() + meant + ": paths use the JSON names (\"of\" for Quantity.what(), \"from\" for"
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

  /** Checks words: a passage of at most {@value Scalar#WORDS_LENGTH} characters. */
  void text(String path, String value) {
    if (passage(path, value) && value.length() > Scalar.WORDS_LENGTH) {
      add(path, Rule.TEXT_LENGTH, path + " has " + value.length() + " characters: words (a name, a"
          + " description, a label) have at most " + Scalar.WORDS_LENGTH);
    }
  }

  /**
   * Checks a passage: present, not blank, and only characters of text.
   *
   * @return whether it is present
   */
  boolean passage(String path, String value) {
    if (!required(path, value)) {
      return false;
    }
    if (value.isBlank()) {
      add(path, Rule.BLANK, path + " must not be blank");
    }
    characters(path, value);
    return true;
  }

  /**
   * Reports the first character of a text that is not text: a control character other than tab,
   * line feed and carriage return (C0, DEL, C1), or a surrogate without its pair.
   */
  void characters(String path, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
        add(path, Rule.TEXT_CHARACTER, String.format("the control character U+%04X at index %d is not"
            + " text: only tab, line feed and carriage return are", (int) c, i));
        return;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          add(path, Rule.TEXT_CHARACTER, String.format("the surrogate U+%04X at index %d has no pair: it is"
              + " half of a character", (int) c, i));
          return;
        }
      }
    }
  }

  void id(String path, String value) {
    if (required(path, value) && !isId(value)) {
      add(path, Rule.ID_SYNTAX, "'" + abbreviate(value) + "' is not an id: 1 to 64 letters, digits, '.', '_' or '-',"
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
      // the summary names the fact, so that a user with many of them knows which one is wrong
      throw new ValidationException(id == null || id.isBlank() ? what : what + " " + abbreviate(id), found);
    }
  }

  static ValidationException single(String what, Rule rule, String message) {
    return new ValidationException(what, List.of(Violation.of("", rule, message)));
  }
}
