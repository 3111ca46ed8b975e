/**
 * newsfacts: the facts that news articles report, as immutable, validated values with a strict,
 * canonical JSON form.
 *
 * <ul>
 *   <li>{@code org.newsfacts}: the model, and its validation;
 *   <li>{@code org.newsfacts.json}: the JSON codec;
 *   <li>{@code org.newsfacts.export}: schema.org JSON-LD and W3C Web Annotations;
 *   <li>{@code org.newsfacts.reference}: reference data for tests.
 * </ul>
 */
module org.newsfacts {
  requires tools.jackson.core;
  // Immutables' annotations are needed to compile only; they are not a runtime dependency.
  requires static org.immutables.value.annotations;

  exports org.newsfacts;
  exports org.newsfacts.json;
  exports org.newsfacts.export;
  exports org.newsfacts.reference;
}
