package org.newsfacts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A value of one of several kinds, written as a JSON object with exactly one property: the key of
 * its kind, such as {@code {"text": "..."}} or {@code {"quantity": {...}}}.
 *
 * @param <T> the type of the values
 */
public final class Union<T> extends Form<T> {
  private final Class<T> type;
  private final Alternative<T, ?, ?>[] alternatives;

  @SuppressWarnings("unchecked")
  private Union(String name, String description, Class<T> type, List<Alternative<T, ?, ?>> alternatives) {
    super(name, description);
    this.type = type;
    this.alternatives = (Alternative<T, ?, ?>[]) alternatives.toArray(new Alternative<?, ?, ?>[0]);
  }

  /**
   * Declares a union.
   *
   * @param name the name in the schema's {@code $defs}
   * @param description what the values are
   * @param type their public type
   * @param <T> the type of the values
   * @return a declaration to add the alternatives to
   */
  public static <T> Declaration<T> of(String name, String description, Class<T> type) {
    return new Declaration<>(name, description, type);
  }

  /** {@return the values' public type} */
  public Class<T> type() {
    return type;
  }

  /** {@return how many alternatives there are} */
  public int size() {
    return alternatives.length;
  }

  /**
   * {@return the key of an alternative}
   *
   * @param index its position
   */
  public String key(int index) {
    return alternatives[index].key;
  }

  /**
   * {@return the form of an alternative's value}
   *
   * @param index its position
   */
  public Form<?> form(int index) {
    return alternatives[index].resolved();
  }

  /**
   * {@return the kinds of entity an alternative may refer to; empty if it is not a reference}
   *
   * @param index its position
   */
  public List<Class<?>> targets(int index) {
    return alternatives[index].targets;
  }

  /**
   * {@return the position of the alternative with this key, or -1}
   *
   * @param key a key read from JSON
   */
  public int indexOf(String key) {
    for (int i = 0; i < alternatives.length; i++) {
      if (alternatives[i].key == key || alternatives[i].key.equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the position of the alternative a value is of}
   *
   * @param value a value
   */
  public int alternativeOf(T value) {
    for (int i = 0; i < alternatives.length; i++) {
      if (alternatives[i].kind.isInstance(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no alternative of " + name() + " for " + value.getClass());
  }

  /**
   * {@return what a value holds, written under its alternative's key}
   *
   * @param index the position of the value's alternative
   * @param value the value
   */
  public Object content(int index, T value) {
    return alternatives[index].content(value);
  }

  /**
   * {@return the value of an alternative made from what it holds}
   *
   * @param index the position of the alternative
   * @param content what it holds
   * @throws RuntimeException the model's validation exception if the value would be invalid
   */
  public T create(int index, Object content) {
    return alternatives[index].create(content);
  }

  /** {@return the keys, in order} */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(alternatives.length);
    for (Alternative<T, ?, ?> alternative : alternatives) {
      keys.add(alternative.key);
    }
    return keys;
  }

  private static final class Alternative<T, S extends T, V> {
    final String key;
    final Form<V> form;
    final Class<S> kind;
    final Function<S, V> get;
    final Function<V, T> create;
    final List<Class<?>> targets;
    private Form<V> resolved;

    Alternative(String key, Form<V> form, Class<S> kind, Function<S, V> get, Function<V, T> create,
        List<Class<?>> targets) {
      this.key = key.intern();
      this.form = form;
      this.kind = kind;
      this.get = get;
      this.create = create;
      this.targets = List.copyOf(targets);
    }

    Form<V> resolved() {
      Form<V> f = resolved;
      if (f == null) {
        f = form.resolve();
        resolved = f;
      }
      return f;
    }

    Object content(T value) {
      return get.apply(kind.cast(value));
    }

    @SuppressWarnings("unchecked")
    T create(Object content) {
      return create.apply((V) content);
    }
  }

  /**
   * The alternatives of a union being declared, in order.
   *
   * @param <T> the type of the values
   */
  public static final class Declaration<T> {
    private final String name;
    private final String description;
    private final Class<T> type;
    private final List<Alternative<T, ?, ?>> alternatives = new ArrayList<>();

    private Declaration(String name, String description, Class<T> type) {
      this.name = name;
      this.description = description;
      this.type = type;
    }

    /**
     * Adds an alternative.
     *
     * @param key the key it is written under
     * @param form the form of what it holds
     * @param kind the type of its values
     * @param get what a value holds
     * @param create makes a value from what it holds
     * @param <S> the type of its values
     * @param <V> what they hold
     * @return this declaration
     */
    public <S extends T, V> Declaration<T> alternative(String key, Form<V> form, Class<S> kind,
        Function<S, V> get, Function<V, T> create) {
      alternatives.add(new Alternative<>(key, form, kind, get, create, List.of()));
      return this;
    }

    /**
     * Makes the alternative added last a reference to an entity of the sheet, by id.
     *
     * @param kinds the types of entity it may refer to
     * @return this declaration
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Declaration<T> to(Class<?>... kinds) {
      int last = alternatives.size() - 1;
      Alternative a = alternatives.get(last);
      alternatives.set(last, new Alternative<>(a.key, a.form, a.kind, a.get, a.create, Arrays.asList(kinds)));
      return this;
    }

    /** {@return the union} */
    public Union<T> build() {
      return new Union<>(name, description, type, alternatives);
    }
  }
}
