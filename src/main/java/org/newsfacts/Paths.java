package org.newsfacts;

import java.util.List;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;

/** Finds the value at a path such as {@code value.quantity.unit} or {@code roles[0].of}. */
final class Paths {
  private Paths() {}

  /** {@return the value at the path below an owner of a shape, or null when it has none there} */
  static Object valueAt(Form<?> form, Object owner, String path) {
    Form<?> current = form.resolve();
    Object value = owner;
    int i = 0;
    while (i < path.length()) {
      if (value == null) {
        return null;
      }
      if (path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        if (!(value instanceof List) || close < 0) {
          return null;
        }
        int index;
        try {
          index = Integer.parseInt(path.substring(i + 1, close));
        } catch (NumberFormatException e) {
          return null;
        }
        List<?> list = (List<?>) value;
        value = index >= 0 && index < list.size() ? list.get(index) : null;
        i = close + 1;
        continue;
      }
      if (path.charAt(i) == '.') {
        if (i == 0) {
          return null;
        }
        i++;
      }
      int end = i;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      String name = path.substring(i, end);
      if (value instanceof List) {
        return null;
      }
      if (current instanceof Shape) {
        @SuppressWarnings("unchecked")
        Shape<Object> shape = (Shape<Object>) current;
        int index = shape.indexOf(name);
        if (index < 0) {
          return null;
        }
        Property<Object, ?> property = shape.property(index);
        value = property.present(value);
        current = property.form();
      } else if (current instanceof Union) {
        @SuppressWarnings("unchecked")
        Union<Object> union = (Union<Object>) current;
        int alternative = union.alternativeOf(value);
        if (!union.key(alternative).equals(name)) {
          return null;
        }
        value = union.content(alternative, value);
        current = union.form(alternative);
      } else {
        return null;
      }
      i = end;
    }
    return value;
  }

  /**
   * {@return the paths of the values an owner has, depth first, at most {@code most} of them: for
   * the message that names what an {@code inferred} path may be}
   */
  static List<String> present(Shape<?> shape, Object owner, int most) {
    List<String> paths = new java.util.ArrayList<>();
    collect(shape, owner, "", paths, most);
    if (paths.size() == most) {
      paths.set(most - 1, "...");
    }
    return paths;
  }

  private static void collect(Form<?> form, Object value, String prefix, List<String> paths, int most) {
    Form<?> current = form.resolve();
    if (paths.size() >= most || value == null) {
      return;
    }
    if (current instanceof Shape) {
      @SuppressWarnings("unchecked")
      Shape<Object> shape = (Shape<Object>) current;
      for (int p = 0; p < shape.size() && paths.size() < most; p++) {
        Property<Object, ?> property = shape.property(p);
        Object present = property.present(value);
        String path = prefix.isEmpty() ? property.name() : prefix + "." + property.name();
        if (present == null || "inferred".equals(property.name())) {
          continue;
        }
        if (present instanceof List) {
          List<?> list = (List<?>) present;
          for (int e = 0; e < list.size() && paths.size() < most; e++) {
            collect(property.form(), list.get(e), path + "[" + e + "]", paths, most);
          }
        } else {
          collect(property.form(), present, path, paths, most);
        }
      }
    } else if (current instanceof Union) {
      @SuppressWarnings("unchecked")
      Union<Object> union = (Union<Object>) current;
      int alternative = union.alternativeOf(value);
      collect(union.form(alternative), union.content(alternative, value), prefix + "." + union.key(alternative),
          paths, most);
    } else {
      paths.add(prefix);
    }
  }
}
