package org.newsfacts;

import org.immutables.value.Value;

/**
 * An identifier of a participant in another system: {@code ExternalId.of("wikidata", "Q212")}.
 * Record one only where it is known, not guessed from a name.
 */
@Value.Immutable
@FactStyle
public abstract class ExternalId implements WithExternalId {
  ExternalId() {}

  /**
   * {@return an identifier in another system}
   *
   * @param scheme the system, such as {@code wikidata} or {@code isni}
   * @param value the identifier within it
   * @throws ValidationException if either is blank
   */
  public static ExternalId of(String scheme, String value) {
    return ImmutableExternalId.of(scheme, value);
  }

  /** {@return the system that issued the identifier} */
  @Value.Parameter
  public abstract String scheme();

  /** {@return the identifier within its system} */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    Check check = new Check("ExternalId");
    check.text("scheme", scheme());
    check.text("value", value());
    check.done();
  }
}
