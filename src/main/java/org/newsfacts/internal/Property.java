package org.newsfacts.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One property of a {@link Shape}: its wire name, the form of its values, whether it is required,
 * optional, a flag or a list, how to get it from the owner and how to give it to the owner's
 * builder, and, for a reference, the kinds of thing it may refer to.
 *
 * @param <T> the owner
 * @param <V> the type of the values (of the elements, for a list)
 */
public final class Property<T, V> {
  /** How many values the property has, and when it is read and written. */
  public enum Kind {
    /** Exactly one value: read when present, reported when missing, always written. */
    REQUIRED,
    /** An {@code Optional}: read when present, written when present. */
    OPTIONAL,
    /** One value with a default: read when present, always written. */
    DEFAULTED,
    /** A {@code boolean} that is false unless set: written only when true. */
    FLAG,
    /** A {@code List}: read when present, written when not empty. */
    LIST,
    /** A {@code List} with at least one element. */
    NON_EMPTY_LIST
  }

  private final String name;
  private final Form<V> form;
  private final Kind kind;
  private final Function<? super T, ?> get;
  private final BiConsumer<Object, Object> set;
  private final List<Class<?>> targets;
  /** The form, resolved when first asked for; a form declared later resolves to the same one. */
  private Form<V> resolved;

  @SuppressWarnings("unchecked")
  Property(String name, Form<V> form, Kind kind, Function<? super T, ?> get, BiConsumer<?, ? super V> set,
      List<Class<?>> targets) {
    // Interned, so that the reader's names, interned by the parser, are found by identity.
    this.name = name.intern();
    this.form = form;
    this.kind = kind;
    this.get = get;
    this.set = (BiConsumer<Object, Object>) set;
    this.targets = List.copyOf(targets);
  }

  Property<T, V> referringTo(List<Class<?>> kinds) {
    return new Property<>(name, form, kind, get, set, kinds);
  }

  /** {@return the wire name} */
  public String name() {
    return name;
  }

  /** {@return the form of the values, resolved} */
  public Form<V> form() {
    Form<V> f = resolved;
    if (f == null) {
      f = form.resolve();
      resolved = f;
    }
    return f;
  }

  /** {@return how many values it has} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether it holds a list} */
  public boolean isList() {
    return kind == Kind.LIST || kind == Kind.NON_EMPTY_LIST;
  }

  /**
   * {@return the owner's value as its accessor gives it: the value, an {@code Optional}, a
   * {@code Boolean} or a {@code List}}
   *
   * @param owner the owner
   */
  public Object get(T owner) {
    return get.apply(owner);
  }

  /**
   * {@return the owner's value, or null when it is absent: an empty optional, a false flag or an
   * empty list is absent}
   *
   * @param owner the owner
   */
  public Object present(T owner) {
    Object value = get.apply(owner);
    switch (kind) {
      case OPTIONAL:
        return ((Optional<?>) value).orElse(null);
      case FLAG:
        return Boolean.TRUE.equals(value) ? value : null;
      case LIST:
      case NON_EMPTY_LIST:
        return value == null || ((List<?>) value).isEmpty() ? null : value;
      default:
        return value;
    }
  }

  /**
   * Gives a value read from JSON to the owner's builder: the value, or each element of a list.
   * Nothing is given for an absent value, so that the builder keeps its default.
   *
   * @param builder the builder
   * @param value the value, a {@code List} for a list, or null
   */
  void assign(Object builder, Object value) {
    if (value == null) {
      return;
    }
    if (isList()) {
      for (Object element : (List<?>) value) {
        set.accept(builder, element);
      }
    } else {
      set.accept(builder, value);
    }
  }

  boolean hasSetter() {
    return set != null;
  }

  /** {@return the kinds of thing a reference may refer to; empty if it is not a reference} */
  public List<Class<?>> targets() {
    return targets;
  }

  @Override
  public String toString() {
    return name;
  }
}
