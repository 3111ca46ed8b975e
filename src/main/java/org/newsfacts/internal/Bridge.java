package org.newsfacts.internal;

/**
 * What one package needs of another that the other keeps package-private. The codec needs of the
 * model the form of each type and violations placed at a path, line and column: the model installs
 * its {@link Model} when its class {@value #MODEL} initialises, and {@link #model()} initialises
 * that class if nobody has yet. The Jackson 2 module needs the codec's reader and writer over
 * tokens of another parser: the codec installs its {@link Codec} from {@value #CODEC} the same way.
 * The JDK's own shared-secrets pattern, so that nothing of this is public API.
 */
public final class Bridge {
  /** The model's class that installs its side when it initialises. */
  public static final String MODEL = "org.newsfacts.Internals";
  /** The codec's class that installs its side when it initialises. */
  public static final String CODEC = "org.newsfacts.json.CodecBridge";

  private static volatile Model<?, ?> model;
  private static volatile Codec<?> codec;

  private Bridge() {}

  /**
   * What the model gives the codec.
   *
   * @param <V> the model's violation
   * @param <R> the model's rule
   */
  public interface Model<V, R> {
    /**
     * {@return a violation at a path, and at a line and column when they are above 0}
     *
     * @param path where
     * @param rule which rule
     * @param message what is wrong
     * @param line the line, from 1, or 0
     * @param column the column, from 1, or 0
     */
    V violation(String path, R rule, String message, int line, int column);

    /**
     * {@return the violation seen from an enclosing object: {@code end} under
     * {@code evidence[0]} is {@code evidence[0].end}}
     *
     * @param violation a violation
     * @param parent the path of the checked object within the enclosing one
     */
    V under(V violation, String parent);

    /**
     * {@return the violation at a line and column, unless it has one already}
     *
     * @param violation a violation
     * @param line the line, from 1
     * @param column the column, from 1
     */
    V locatedAt(V violation, int line, int column);

    /**
     * {@return the form of a public type of the model, or null if it has none}
     *
     * @param type a type
     * @param <T> the type
     */
    <T> Form<T> form(Class<T> type);

    /** {@return every public type of the model that has a form: entities, values and enums} */
    java.util.Set<Class<?>> types();
  }

  /**
   * What the codec gives the integrations with other JSON libraries.
   *
   * @param <S> the codec's settings
   */
  public interface Codec<S> {
    /**
     * Reads a value where the tokens stand, as the codec reads one inside a larger document.
     *
     * @param settings the reader's settings: unknown properties, limits
     * @param tokens the tokens, on the value's first token or before it
     * @param type a type of the model
     * @param <T> the type
     * @return the value
     * @throws RuntimeException the codec's exception, with every violation
     */
    <T> T read(S settings, Tokens tokens, Class<T> type);

    /**
     * Writes a value in its canonical form.
     *
     * @param out where to write
     * @param value a value of a type of the model
     */
    void write(Output out, Object value);

    /**
     * Writes the members of a value written as a JSON object, into an object the caller started:
     * Jackson's type id comes first.
     *
     * @param out where to write
     * @param value a value of a type of the model written as an object
     */
    void writeMembers(Output out, Object value);

    /**
     * {@return whether values of a type of the model are written as JSON objects (else as strings)}
     *
     * @param type a type of the model
     */
    boolean isObject(Class<?> type);

    /**
     * {@return the JSON string of a value of a type written as a string: a map key}
     *
     * @param value a partial date, a unit, an enum constant, ...
     */
    String key(Object value);

    /**
     * {@return the value of a type written as a string, read from a map key}
     *
     * @param type a type of the model written as a string
     * @param key the key
     * @param <T> the type
     * @throws RuntimeException the model's validation exception, if the key is not a value
     */
    <T> T fromKey(Class<T> type, String key);
  }

  /**
   * Installs the codec's side; called once, by the codec.
   *
   * @param installed the codec's side
   */
  public static void install(Codec<?> installed) {
    codec = installed;
  }

  /**
   * {@return the codec's side, typed by its settings}
   *
   * @param <S> the codec's settings
   */
  @SuppressWarnings("unchecked")
  public static <S> Codec<S> codec() {
    if (codec == null) {
      initialise(CODEC);
    }
    return (Codec<S>) codec;
  }

  /**
   * Installs the model's side; called once, by the model.
   *
   * @param installed the model's side
   */
  public static void install(Model<?, ?> installed) {
    model = installed;
  }

  /**
   * {@return the model's side, typed by its violation and rule}
   *
   * @param <V> the model's violation
   * @param <R> the model's rule
   */
  @SuppressWarnings("unchecked")
  public static <V, R> Model<V, R> model() {
    if (model == null) {
      initialise(MODEL);
    }
    return (Model<V, R>) model;
  }

  private static void initialise(String installer) {
    try {
      Class.forName(installer, true, Bridge.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the library's " + installer + " is missing", e);
    }
  }
}
