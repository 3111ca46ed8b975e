/**
 * newsfacts: the facts that news articles report, as immutable, validated values with a strict,
 * canonical JSON form.
 *
 * <ul>
 *   <li>{@code org.newsfacts}: the model, and its validation;
 *   <li>{@code org.newsfacts.json}: the JSON codec;
 *   <li>{@code org.newsfacts.jackson3}, {@code org.newsfacts.jackson2}: the modules for Jackson 3
 *       and Jackson 2 databind, for those who use it;
 *   <li>{@code org.newsfacts.export}: schema.org JSON-LD and W3C Web Annotations;
 *   <li>{@code org.newsfacts.compare}: comparing and scoring sheets against gold sheets;
 *   <li>{@code org.newsfacts.assertj}: AssertJ assertions, for those who use AssertJ;
 *   <li>{@code org.newsfacts.reference}: reference data for tests.
 * </ul>
 *
 * <p>The one module it needs at run time is {@code tools.jackson.core}. Jackson databind (3 or 2)
 * and Jackson's annotations are optional: present, the modules find them; absent, nothing of the
 * model needs them.
 */
module org.newsfacts {
  requires tools.jackson.core;
  // Immutables' annotations are needed to compile only; they are not a runtime dependency.
  requires static org.immutables.value.annotations;
  // Optional: Jackson's marker annotations on the model, and the databind integrations.
  requires static com.fasterxml.jackson.annotation;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  // Optional: AssertJ, for the assertions of org.newsfacts.assertj.
  requires static org.assertj.core;

  exports org.newsfacts;
  exports org.newsfacts.json;
  exports org.newsfacts.jackson3;
  exports org.newsfacts.jackson2;
  exports org.newsfacts.export;
  exports org.newsfacts.compare;
  exports org.newsfacts.assertj;
  exports org.newsfacts.reference;

  // A mapper without the module calls the model's package-private Jackson methods, which say so.
  opens org.newsfacts to tools.jackson.databind, com.fasterxml.jackson.databind;

  // No `provides` for the Jackson modules: a service type must be readable when the module layer
  // is resolved, so it would make databind required. On the class path, findAndAddModules() finds
  // them through META-INF/services; on the module path, add them by hand.
}
