package org.newsfacts.json;

import java.util.Locale;

/** The JSON names of an enum's constants, by ordinal: {@code IN_PERSON} is {@code in-person}. */
final class WireNames {
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return names;
    }
  };

  private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private WireNames() {}

  /** {@return the names, indexed by ordinal; not to be modified} */
  static String[] of(Class<?> enumType) {
    return NAMES.get(enumType);
  }

  /** {@return the constant whose name this is, or {@code null}} */
  static <E extends Enum<E>> E constant(Class<E> enumType, String name) {
    String[] names = NAMES.get(enumType);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return enumType.cast(CONSTANTS.get(enumType)[i]);
      }
    }
    return null;
  }
}
