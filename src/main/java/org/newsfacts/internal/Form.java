package org.newsfacts.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * How values of one type are written in JSON, declared once by the model. See the package
 * description.
 *
 * @param <V> the type of the values
 */
public abstract sealed class Form<V> permits Scalar, Shape, Union, Form.Later {
  private final String name;
  private final String description;

  Form(String name, String description) {
    this.name = name;
    this.description = description;
  }

  /** {@return the form's name in the JSON Schema's {@code $defs}, or null when written inline} */
  public final String name() {
    return name;
  }

  /** {@return what the values mean, for the JSON Schema; may be null} */
  public final String description() {
    return description;
  }

  /** {@return the form itself; a form declared {@linkplain #later later} resolves to it} */
  public Form<V> resolve() {
    return this;
  }

  /**
   * {@return a form that stands for one not yet declared: for a type that contains itself}
   *
   * @param form gives the form when it is first used
   * @param <V> the type of the values
   */
  public static <V> Form<V> later(Supplier<? extends Form<V>> form) {
    return new Later<>(form);
  }

  /** A form resolved when first used. */
  static final class Later<V> extends Form<V> {
    private final Supplier<? extends Form<V>> supplier;
    private volatile Form<V> resolved;

    Later(Supplier<? extends Form<V>> supplier) {
      super(null, null);
      this.supplier = Objects.requireNonNull(supplier, "form");
    }

    @Override
    public Form<V> resolve() {
      Form<V> form = resolved;
      if (form == null) {
        form = Objects.requireNonNull(supplier.get(), "form").resolve();
        resolved = form;
      }
      return form;
    }
  }
}
