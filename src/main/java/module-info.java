/**
 * newsfacts: the facts that news articles report, as immutable, validated values with a strict,
 * canonical JSON form.
 */
module org.newsfacts {
  requires tools.jackson.core;
  // Immutables' annotations are needed to compile only; they are not a runtime dependency.
  requires static org.immutables.value.annotations;

  exports org.newsfacts;
  exports org.newsfacts.json;
  exports org.newsfacts.reference;
}
