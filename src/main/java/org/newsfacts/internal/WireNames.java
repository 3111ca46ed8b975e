package org.newsfacts.internal;

import java.util.Locale;

/** The JSON names of an enum's constants, by ordinal: {@code IN_PERSON} is {@code in-person}. */
public final class WireNames {
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

  private WireNames() {}

  /**
   * {@return the names of an enum's constants, indexed by ordinal; not to be modified}
   *
   * @param enumType an enum
   */
  public static String[] of(Class<? extends Enum<?>> enumType) {
    return NAMES.get(enumType);
  }

  /**
   * {@return the wire name of a constant, such as {@code in-person}}
   *
   * @param constant an enum constant
   */
  public static String of(Enum<?> constant) {
    return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * {@return the constant whose wire name this is, or null}
   *
   * @param enumType an enum
   * @param name a wire name
   * @param <E> the enum
   */
  public static <E extends Enum<E>> E constant(Class<E> enumType, String name) {
    String[] names = NAMES.get(enumType);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return enumType.getEnumConstants()[i];
      }
    }
    return null;
  }
}
