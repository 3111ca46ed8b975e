package org.newsfacts.internal;

/**
 * What the codec needs of the model that the model keeps package-private: the form of each type,
 * and violations placed at a path, line and column. The model installs its {@link Model} when its
 * class {@value #MODEL} initialises; {@link #model()} initialises that class if nobody has yet. The
 * JDK's own shared-secrets pattern, so that nothing of this is public API.
 */
public final class Bridge {
  /** The model's class that installs the bridge when it initialises. */
  public static final String MODEL = "org.newsfacts.Internals";

  private static volatile Model<?, ?> model;

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
    Model<?, ?> installed = model;
    if (installed == null) {
      try {
        Class.forName(MODEL, true, Bridge.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the model's " + MODEL + " is missing", e);
      }
      installed = model;
    }
    return (Model<V, R>) installed;
  }
}
