package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.Shape;

/**
 * An identifier in another system: of a participant, {@code ExternalId.of("wikidata", "Q212")}, or of
 * the item, {@code ExternalId.of("release", "STAT-18-545")}.
 * Record one only where it is known, not guessed from a name. Immutable and thread-safe.
 *
 * @param scheme the system that issued the identifier, such as {@code wikidata}
 * @param value the identifier within its system
 */
public record ExternalId(String scheme, String value) {
  static final Shape<ExternalId> SHAPE = Shape.value("externalId", "An identifier in another system.",
          ExternalId.class, v -> new ExternalId(v.get(0), v.get(1)))
      .required("scheme", Forms.TEXT, ExternalId::scheme)
      .required("value", Forms.TEXT, ExternalId::value)
      .build();

  /**
   * Creates an identifier.
   *
   * @param scheme the system, such as {@code wikidata} or {@code isni}
   * @param value the identifier within it
   * @throws ValidationException if either is blank
   */
  public ExternalId {
    Check check = new Check("ExternalId");
    check.text("scheme", scheme);
    check.text("value", value);
    check.done();
  }

  /**
   * {@return an identifier in another system}
   *
   * @param scheme the system, such as {@code wikidata} or {@code isni}
   * @param value the identifier within it
   * @throws ValidationException if either is blank
   */
  public static ExternalId of(String scheme, String value) {
    return new ExternalId(scheme, value);
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(ExternalId.class);
  }

  @JsonCreator
  static ExternalId jackson(Object json) {
    throw Unregistered.type(ExternalId.class);
  }
}
