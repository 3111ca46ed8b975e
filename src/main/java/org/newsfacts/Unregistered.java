package org.newsfacts;

/**
 * What Jackson does with a type of the model when the newsfacts module is not registered with its
 * mapper. The types carry Jackson's marker annotations, without elements, so that they are
 * optional: nothing needs Jackson to compile against or run the library.
 *
 * <ul>
 *   <li>An entity or an object value has a {@code @JsonValue} method and a {@code @JsonCreator}
 *       that throw this failure: without the module, Jackson would write an empty object, or
 *       properties of its own choosing, and read them back into something else.
 *   <li>A value written as one string (a partial date, a unit, a country code) is written and read
 *       as that string, and an enum by its wire names, exactly as the module does.
 * </ul>
 */
final class Unregistered {
  private Unregistered() {}

  /**
   * {@return the failure to throw instead of writing or reading a value of a type without the
   * module}
   *
   * @param type the public type
   */
  static UnsupportedOperationException type(Class<?> type) {
    return new UnsupportedOperationException(type.getName().replace('$', '.') + " has a JSON"
        + " format of its own, which Jackson writes and reads with the newsfacts module only:"
        + " register org.newsfacts.jackson3.NewsFactsModule with a Jackson 3 mapper"
        + " (JsonMapper.builder().addModule(new NewsFactsModule()), or findAndAddModules() on the class"
        + " path) or org.newsfacts.jackson2.NewsFactsModule with a Jackson 2 ObjectMapper"
        + " (registerModule(new NewsFactsModule()), or findAndRegisterModules() on the class path; in"
        + " Spring Boot, declare it as a bean), or use org.newsfacts.json.FactSheetJson");
  }
}
