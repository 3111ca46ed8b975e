package org.newsfacts.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value written as one JSON string, whole number or boolean.
 *
 * <p>A string is read by the form's parse function, which throws the model's validation exception
 * for text it rejects, and written by its format function; an enumeration is read and written by
 * the wire names of its constants ({@link WireNames}). The model's generic checks also look at
 * {@link #text()}: whether a string must not be blank or must be an id.
 *
 * @param <V> the type of the values
 */
public final class Scalar<V> extends Form<V> {
  /** The JSON type of the values. */
  public enum Json {
    /** A JSON string. */
    STRING,
    /** A JSON number without fraction or exponent, within {@code int}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON number, read exactly as a {@code BigDecimal}, written in plain notation. */
    NUMBER
  }

  /** What the model checks of a string beyond what its parse function checks. */
  public enum Text {
    /** Nothing: any string. */
    ANY,
    /**
     * Words: not blank, at most {@value Scalar#WORDS_LENGTH} characters, no control character but
     * tab, line feed and carriage return, no unpaired surrogate.
     */
    NOT_BLANK,
    /** A passage (an article, a statement): as words, of any length the document allows. */
    PASSAGE,
    /** An id: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit. */
    ID
  }

  /** The longest words: a name, a description, a label. */
  public static final int WORDS_LENGTH = 10_000;

  private final Json json;
  private final Text text;
  private final Function<String, V> parse;
  private final Function<? super V, String> format;
  private final Enum<?>[] constants;
  private final String[] wireNames;
  private final Map<String, Object> schema;
  private final int min;
  private final int max;

  private Scalar(String name, String description, Json json, Text text, Function<String, V> parse,
      Function<? super V, String> format, Enum<?>[] constants, int min, int max, Object... schema) {
    super(name, description);
    this.min = min;
    this.max = max;
    this.json = json;
    this.text = text;
    this.parse = parse;
    this.format = format;
    this.constants = constants;
    this.wireNames = constants == null ? null : WireNames.of(constants[0].getDeclaringClass());
    Map<String, Object> keywords = new LinkedHashMap<>();
    for (int i = 0; i + 1 < schema.length; i += 2) {
      keywords.put((String) schema[i], schema[i + 1]);
    }
    this.schema = Collections.unmodifiableMap(keywords);
  }

  /**
   * {@return a string as it is, with the given check}
   *
   * @param name the name in the schema's {@code $defs}, or null to write it inline
   * @param description what it means, or null
   * @param text what the model checks of it
   * @param schema further JSON Schema keywords and their values, alternately
   */
  public static Scalar<String> string(String name, String description, Text text, Object... schema) {
    return new Scalar<>(name, description, Json.STRING, text, Function.identity(), Function.identity(),
        null, 0, 0, schema);
  }

  /**
   * {@return a value written as a string: read by {@code parse}, written by {@code format}}
   *
   * @param name the name in the schema's {@code $defs}, or null to write it inline
   * @param description what it means, or null
   * @param parse reads the text; throws the model's validation exception for text it rejects
   * @param format writes the value
   * @param schema further JSON Schema keywords and their values, alternately
   * @param <V> the type of the values
   */
  public static <V> Scalar<V> parsed(String name, String description, Function<String, V> parse,
      Function<? super V, String> format, Object... schema) {
    return new Scalar<>(name, description, Json.STRING, Text.ANY, Objects.requireNonNull(parse),
        Objects.requireNonNull(format), null, 0, 0, schema);
  }

  /**
   * {@return an enum written by the wire names of its constants}
   *
   * @param type the enum
   * @param <E> the enum
   */
  public static <E extends Enum<E>> Scalar<E> enumeration(Class<E> type) {
    return new Scalar<>(null, null, Json.STRING, Text.ANY, null, WireNames::of, type.getEnumConstants(),
        0, 0, "enum", List.of(WireNames.of(type)));
  }

  /**
   * {@return a whole number within {@code int}; the model checks its range}
   *
   * @param schema further JSON Schema keywords, such as {@code "minimum", 0}
   */
  public static Scalar<Integer> integer(Object... schema) {
    return integerWithin(Integer.MIN_VALUE, Integer.MAX_VALUE, schema);
  }

  /**
   * {@return a whole number that the reader takes only within a range: outside it, the number is
   * of the wrong type, such as a negative count}
   *
   * @param min the least number read
   * @param max the greatest number read
   * @param schema further JSON Schema keywords, such as {@code "minimum", 1}
   */
  public static Scalar<Integer> integerWithin(int min, int max, Object... schema) {
    return new Scalar<>(null, null, Json.INTEGER, Text.ANY, null, null, null, min, max, schema);
  }

  /**
   * {@return an exact decimal written as a JSON number: read as a {@code BigDecimal}, never as a
   * {@code double}}
   *
   * @param name the name in the schema's {@code $defs}, or null to write it inline
   * @param description what it means, or null
   * @param schema further JSON Schema keywords, such as {@code "minimum", 0}
   */
  public static Scalar<java.math.BigDecimal> number(String name, String description, Object... schema) {
    return new Scalar<>(name, description, Json.NUMBER, Text.ANY, null, null, null, 0, 0, schema);
  }

  /** {@return a boolean} */
  public static Scalar<Boolean> bool() {
    return new Scalar<>(null, null, Json.BOOLEAN, Text.ANY, null, null, null, 0, 0);
  }

  /** {@return the least whole number read} */
  public int min() {
    return min;
  }

  /** {@return the greatest whole number read} */
  public int max() {
    return max;
  }

  /** {@return the JSON type of the values} */
  public Json json() {
    return json;
  }

  /** {@return what the model checks of a string} */
  public Text text() {
    return text;
  }

  /** {@return whether this is an enumeration} */
  public boolean isEnumeration() {
    return constants != null;
  }

  /** {@return the enum of an enumeration, or null} */
  public Class<?> enumType() {
    return constants == null ? null : constants[0].getDeclaringClass();
  }

  /**
   * {@return the value of a string read from JSON}
   *
   * @param value the string
   * @throws RuntimeException the model's validation exception, for text the form rejects
   */
  public V parse(String value) {
    return parse.apply(value);
  }

  /**
   * {@return the constant of an enumeration with this wire name, or null}
   *
   * @param wireName a name read from JSON
   */
  @SuppressWarnings("unchecked")
  public V constant(String wireName) {
    for (int i = 0; i < wireNames.length; i++) {
      if (wireNames[i].equals(wireName)) {
        return (V) constants[i];
      }
    }
    return null;
  }

  /** {@return the wire names of an enumeration's constants, in order} */
  public List<String> wireNames() {
    return List.of(wireNames);
  }

  /**
   * {@return the string that stands for a value}
   *
   * @param value a value of this form
   */
  public String format(V value) {
    return format.apply(value);
  }

  /** {@return the further JSON Schema keywords, in order} */
  public Map<String, Object> schema() {
    return schema;
  }
}
