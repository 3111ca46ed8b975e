package org.newsfacts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A value written as a JSON object with named properties, in a fixed order.
 *
 * <p>An entity's shape is built through its builder, one setter per property; a small value's
 * shape through a factory that takes the values in declaration order ({@link Values}).
 *
 * <pre>{@code
 * static final Shape<Meeting> SHAPE = Shape.entity("meeting", "A meeting ...", Meeting.class,
 *         Meeting::builder, Builder::build)
 *     .required("id", Forms.ID, Meeting::id, Builder::id)
 *     .optional("place", Place.SHAPE, Meeting::place, Builder::place)
 *     .nonEmptyList("evidence", Evidence.SHAPE, Meeting::evidence, Builder::addEvidence)
 *     .build();
 * }</pre>
 *
 * @param <T> the type of the values
 */
public final class Shape<T> extends Form<T> {
  private final Class<T> type;
  private final Property<T, ?>[] properties;
  private final String[] names;
  private final Supplier<?> builder;
  private final Function<Object, T> build;
  private final Function<Values, T> factory;

  @SuppressWarnings("unchecked")
  private Shape(Declaration<T, ?> declaration) {
    super(declaration.name, declaration.description);
    this.type = declaration.type;
    this.properties = (Property<T, ?>[]) declaration.properties.toArray(new Property<?, ?>[0]);
    this.names = new String[properties.length];
    for (int i = 0; i < properties.length; i++) {
      names[i] = properties[i].name();
    }
    this.seen = names.clone();
    this.builder = declaration.builder;
    this.build = (Function<Object, T>) declaration.build;
    this.factory = declaration.factory;
  }

  /**
   * Declares the shape of an entity, made by its builder.
   *
   * @param name the name in the schema's {@code $defs}
   * @param description what the entity is
   * @param type the entity's public type
   * @param builder makes a builder
   * @param build builds, throwing the model's validation exception if the entity is invalid
   * @param <T> the entity
   * @param <B> its builder
   * @return a declaration to add the properties to
   */
  public static <T, B> Declaration<T, B> entity(String name, String description, Class<T> type,
      Supplier<B> builder, Function<B, T> build) {
    return new Declaration<>(name, description, type, builder, build, null);
  }

  /**
   * Declares the shape of a small value, made by a factory from its values in declaration order.
   *
   * @param name the name in the schema's {@code $defs}, or null to write it inline
   * @param description what the value is
   * @param type the value's public type
   * @param factory makes the value, throwing the model's validation exception if it is invalid
   * @param <T> the value
   * @return a declaration to add the properties to
   */
  public static <T> Declaration<T, Void> value(String name, String description, Class<T> type,
      Function<Values, T> factory) {
    return new Declaration<>(name, description, type, null, null, factory);
  }

  /** {@return the values' public type} */
  public Class<T> type() {
    return type;
  }

  /** {@return how many properties there are} */
  public int size() {
    return properties.length;
  }

  /**
   * {@return the property at that position}
   *
   * @param index a position, in declaration order
   */
  public Property<T, ?> property(int index) {
    return properties[index];
  }

  /** {@return the properties, in declaration order: the order in which they are written} */
  public List<Property<T, ?>> properties() {
    return List.of(properties);
  }

  /**
   * {@return the position of the property with this wire name, or -1}
   *
   * @param name a wire name; one interned by the parser is found by identity
   */
  public int indexOf(String name) {
    String[] seen = this.seen;
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        // the parser hands out one instance per name: the next lookup finds it by identity
        seen[i] = name;
        return i;
      }
    }
    return -1;
  }

  /**
   * The instance of each wire name the parser last handed out; at first the declared names. A
   * race between threads only costs a lookup by {@code equals}: strings are safely published.
   */
  private final String[] seen;

  /** {@return the wire names, in declaration order} */
  public List<String> names() {
    return List.of(names);
  }

  /** {@return the wire names, in declaration order, joined for a message: "id, kind, name"} */
  public String namesText() {
    String text = namesText;
    if (text == null) {
      text = String.join(", ", names);
      namesText = text;
    }
    return text;
  }

  /** The names joined, made on first use: racy but harmless, as every thread makes the same text. */
  private String namesText;

  /**
   * {@return whether a value of this shape can be made from these values} An entity's builder
   * takes anything and its check reports what is missing; a small value's factory needs every
   * required value.
   *
   * @param values the values by position
   */
  public boolean canCreate(Object[] values) {
    if (builder != null) {
      return true;
    }
    for (int i = 0; i < properties.length; i++) {
      if (properties[i].kind() == Property.Kind.REQUIRED && values[i] == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes a value from the values of its properties, by position; an absent value is null, a list
   * is a {@code List}.
   *
   * @param values the values by position
   * @return the value
   * @throws RuntimeException the model's validation exception if the value would be invalid
   */
  public T create(Object[] values) {
    if (builder == null) {
      return factory.apply(new Values(values));
    }
    Object b = builder.get();
    for (int i = 0; i < properties.length; i++) {
      properties[i].assign(b, values[i]);
    }
    return build.apply(b);
  }

  /** The values of a small value's properties, in declaration order, for its factory. */
  public static final class Values {
    private final Object[] values;

    Values(Object[] values) {
      this.values = values;
    }

    /**
     * {@return the value at that position, or null when absent}
     *
     * @param index the position
     * @param <V> its type
     */
    @SuppressWarnings("unchecked")
    public <V> V get(int index) {
      return (V) values[index];
    }

    /**
     * {@return the optional value at that position}
     *
     * @param index the position
     * @param <V> its type
     */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(int index) {
      return Optional.ofNullable((V) values[index]);
    }

    /**
     * {@return the list at that position, empty when absent}
     *
     * @param index the position
     * @param <V> the type of its elements
     */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(int index) {
      return values[index] == null ? List.of() : (List<V>) values[index];
    }

    /**
     * {@return the flag at that position}
     *
     * @param index the position
     */
    public boolean flag(int index) {
      return Boolean.TRUE.equals(values[index]);
    }
  }

  /**
   * The properties of a shape being declared, in the order in which they are written.
   *
   * @param <T> the type of the values
   * @param <B> the builder, or {@code Void} for a small value
   */
  public static final class Declaration<T, B> {
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final Function<Values, T> factory;
    private final List<Property<T, ?>> properties = new ArrayList<>();

    private Declaration(String name, String description, Class<T> type, Supplier<B> builder,
        Function<B, T> build, Function<Values, T> factory) {
      this.name = name;
      this.description = description;
      this.type = type;
      this.builder = builder;
      this.build = build;
      this.factory = factory;
    }

    private <V> Declaration<T, B> add(String property, Form<V> form, Property.Kind kind,
        Function<? super T, ?> get, BiConsumer<B, ? super V> set) {
      if (builder != null && set == null) {
        throw new IllegalArgumentException(property + " needs a setter: " + type.getSimpleName()
            + " is made by its builder");
      }
      properties.add(new Property<>(property, form, kind, get, set, List.of()));
      return this;
    }

    /**
     * Adds a property that always has a value.
     *
     * @param property the wire name
     * @param form the form of the value
     * @param get the accessor
     * @param set the builder's setter
     * @param <V> the type of the value
     * @return this declaration
     */
    public <V> Declaration<T, B> required(String property, Form<V> form, Function<? super T, V> get,
        BiConsumer<B, ? super V> set) {
      return add(property, form, Property.Kind.REQUIRED, get, set);
    }

    /**
     * Adds a property that always has a value, of a small value made by its factory.
     *
     * @param property the wire name
     * @param form the form of the value
     * @param get the accessor
     * @param <V> the type of the value
     * @return this declaration
     */
    public <V> Declaration<T, B> required(String property, Form<V> form, Function<? super T, V> get) {
      return add(property, form, Property.Kind.REQUIRED, get, null);
    }

    /**
     * Adds a property whose value may be absent.
     *
     * @param property the wire name
     * @param form the form of the value
     * @param get the accessor, giving an {@code Optional}
     * @param set the builder's setter of a present value
     * @param <V> the type of the value
     * @return this declaration
     */
    public <V> Declaration<T, B> optional(String property, Form<V> form,
        Function<? super T, Optional<V>> get, BiConsumer<B, ? super V> set) {
      return add(property, form, Property.Kind.OPTIONAL, get, set);
    }

    /**
     * Adds a property whose value may be absent, of a small value made by its factory.
     *
     * @param property the wire name
     * @param form the form of the value
     * @param get the accessor, giving an {@code Optional}
     * @param <V> the type of the value
     * @return this declaration
     */
    public <V> Declaration<T, B> optional(String property, Form<V> form,
        Function<? super T, Optional<V>> get) {
      return add(property, form, Property.Kind.OPTIONAL, get, null);
    }

    /**
     * Adds a property with a default value, which is written even when it is the default.
     *
     * @param property the wire name
     * @param form the form of the value
     * @param get the accessor
     * @param set the builder's setter
     * @param <V> the type of the value
     * @return this declaration
     */
    public <V> Declaration<T, B> defaulted(String property, Form<V> form, Function<? super T, V> get,
        BiConsumer<B, ? super V> set) {
      return add(property, form, Property.Kind.DEFAULTED, get, set);
    }

    /**
     * Adds a boolean that is false unless set, and written only when true.
     *
     * @param property the wire name
     * @param get the accessor
     * @param set the builder's setter
     * @return this declaration
     */
    public Declaration<T, B> flag(String property, Predicate<? super T> get, BiConsumer<B, Boolean> set) {
      return add(property, Scalar.bool(), Property.Kind.FLAG, get::test, set);
    }

    /**
     * Adds a boolean of a small value, false unless set, and written only when true.
     *
     * @param property the wire name
     * @param get the accessor
     * @return this declaration
     */
    public Declaration<T, B> flag(String property, Predicate<? super T> get) {
      return add(property, Scalar.bool(), Property.Kind.FLAG, get::test, null);
    }

    /**
     * Adds a list, written when it is not empty.
     *
     * @param property the wire name
     * @param form the form of the elements
     * @param get the accessor
     * @param add the builder's adder of one element
     * @param <V> the type of the elements
     * @return this declaration
     */
    public <V> Declaration<T, B> list(String property, Form<V> form, Function<? super T, List<V>> get,
        BiConsumer<B, ? super V> add) {
      return add(property, form, Property.Kind.LIST, get, add);
    }

    /**
     * Adds a list of a small value made by its factory, written when it is not empty.
     *
     * @param property the wire name
     * @param form the form of the elements
     * @param get the accessor
     * @param <V> the type of the elements
     * @return this declaration
     */
    public <V> Declaration<T, B> list(String property, Form<V> form, Function<? super T, List<V>> get) {
      return add(property, form, Property.Kind.LIST, get, null);
    }

    /**
     * Adds a list that must have at least one element.
     *
     * @param property the wire name
     * @param form the form of the elements
     * @param get the accessor
     * @param add the builder's adder of one element
     * @param <V> the type of the elements
     * @return this declaration
     */
    public <V> Declaration<T, B> nonEmptyList(String property, Form<V> form,
        Function<? super T, List<V>> get, BiConsumer<B, ? super V> add) {
      return add(property, form, Property.Kind.NON_EMPTY_LIST, get, add);
    }

    /**
     * Adds a list of a small value, which must have at least one element.
     *
     * @param property the wire name
     * @param form the form of the elements
     * @param get the accessor
     * @param <V> the type of the elements
     * @return this declaration
     */
    public <V> Declaration<T, B> nonEmptyList(String property, Form<V> form,
        Function<? super T, List<V>> get) {
      return add(property, form, Property.Kind.NON_EMPTY_LIST, get, null);
    }

    /**
     * Makes the property added last a reference to an entity of the sheet, by id.
     *
     * @param kinds the types of entity it may refer to
     * @return this declaration
     */
    public Declaration<T, B> to(Class<?>... kinds) {
      int last = properties.size() - 1;
      properties.set(last, properties.get(last).referringTo(Arrays.asList(kinds)));
      return this;
    }

    /** {@return the shape} */
    public Shape<T> build() {
      return new Shape<>(this);
    }
  }
}
