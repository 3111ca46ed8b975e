package org.newsfacts.json;

import java.util.List;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Output;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;

/**
 * Writes a value of a {@link Form} in canonical form: properties in their declared order, absent
 * values, false flags and empty lists left out, enum values by their wire names. A fact sheet
 * starts with its format version.
 */
final class Encoder {
  private static final Form<FactSheet> SHEET = Bridge.<Violation, Rule>model().form(FactSheet.class);

  private final Output out;

  private Encoder(Output out) {
    this.out = out;
  }

  static <T> void write(Output out, Form<T> form, T value) {
    new Encoder(out).value(form.resolve(), value, true);
  }

  /**
   * Writes the members of an object's form without the object's own braces, into an object a
   * caller has started: for a type id that Jackson writes as the object's first property.
   */
  static <T> void writeMembers(Output out, Form<T> form, T value) {
    Encoder encoder = new Encoder(out);
    Form<?> resolved = form.resolve();
    if (resolved instanceof Shape) {
      encoder.members(cast(resolved), value, resolved == SHEET);
    } else {
      Union<Object> union = cast(resolved);
      int alternative = union.alternativeOf(value);
      out.name(union.key(alternative));
      encoder.value(union.form(alternative), union.content(alternative, value), false);
    }
  }

  private void value(Form<?> form, Object value, boolean root) {
    if (form instanceof Scalar) {
      scalar(cast(form), value);
    } else if (form instanceof Shape) {
      object(cast(form), value, root && form == SHEET);
    } else {
      Union<Object> union = cast(form);
      int alternative = union.alternativeOf(value);
      out.startObject();
      out.name(union.key(alternative));
      value(union.form(alternative), union.content(alternative, value), false);
      out.endObject();
    }
  }

  private void scalar(Scalar<Object> scalar, Object value) {
    switch (scalar.json()) {
      case STRING:
        out.string(scalar.format(value));
        break;
      case INTEGER:
        out.number((Integer) value);
        break;
      case NUMBER:
        out.number(((java.math.BigDecimal) value).toPlainString());
        break;
      default:
        out.bool((Boolean) value);
        break;
    }
  }

  private void object(Shape<Object> shape, Object value, boolean sheet) {
    out.startObject();
    members(shape, value, sheet);
    out.endObject();
  }

  private void members(Shape<Object> shape, Object value, boolean sheet) {
    if (sheet) {
      out.name(FactSheetJson.VERSION_PROPERTY);
      out.number(FactSheetJson.FORMAT_VERSION);
    }
    for (int i = 0; i < shape.size(); i++) {
      Property<Object, ?> property = shape.property(i);
      Object present = property.present(value);
      if (present == null) {
        continue;
      }
      out.name(property.name());
      Form<?> form = property.form();
      if (property.isList()) {
        List<?> elements = (List<?>) present;
        out.startArray();
        for (int e = 0; e < elements.size(); e++) {
          value(form, elements.get(e), false);
        }
        out.endArray();
      } else {
        value(form, present, false);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
