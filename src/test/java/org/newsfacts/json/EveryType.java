package org.newsfacts.json;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;

/**
 * One value of every type of the model that has a JSON form, found by walking the public accessors
 * of the every-field golden sheet; each constant of every enum of the format.
 */
public final class EveryType {
  private EveryType() {}

  /** {@return every type of the model with a JSON form} */
  public static Set<Class<?>> types() {
    return Bridge.<Violation, Rule>model().types();
  }

  /** {@return for each type with a form, one value of it from the every-field sheet} */
  public static Map<Class<?>, Object> oneOfEach() {
    Map<Class<?>, Object> found = new LinkedHashMap<>();
    walk(GoldenSheets.everyField(), found);
    for (Class<?> type : types()) {
      if (type.isEnum()) {
        found.put(type, type.getEnumConstants()[type.getEnumConstants().length - 1]);
      }
    }
    return found;
  }

  private static void walk(Object value, Map<Class<?>, Object> found) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(present -> walk(present, found));
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(element -> walk(element, found));
      return;
    }
    Class<?> type = publicType(value.getClass());
    if (type == null) {
      return;
    }
    found.putIfAbsent(type, value);
    // the records of a union, such as a term's, hold what their interface does not show
    Class<?> declaring = value.getClass().isRecord() ? value.getClass() : type;
    for (Method method : declaring.getMethods()) {
      if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass().getPackageName().equals("org.newsfacts")
          && !method.getName().equals("toBuilder")
          // copies, such as Rank.fromTheBottom(), are not parts
          && !method.getReturnType().isAssignableFrom(type)) {
        try {
          Object result = method.invoke(value);
          if (result != null) {
            walk(result, found);
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(method.toString(), e);
        }
      }
    }
  }

  private static Class<?> publicType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (types().contains(c)) {
        return c;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (types().contains(i)) {
          return i;
        }
      }
    }
    return null;
  }
}
