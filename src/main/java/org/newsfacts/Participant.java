package org.newsfacts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Someone the article names: a person, an organisation, a country (present through its
 * delegation) or a group, under the name the text uses.
 *
 * <pre>{@code
 * Participant umerov = Participant.builder()
 *     .id("p-umerov")
 *     .kind(Participant.Kind.PERSON)
 *     .name("Umerov")                       // no first name: the text gives none
 *     .addRoles(Role.of("ministro de Defensa"))
 *     .addEvidence(source.find("Umerov", 1))
 *     .build();
 * }</pre>
 *
 * <p>A group may list its {@link #members()} and may record the number the text states
 * ({@link #statedCount()}, the "9" of "9 países"); when it does both, they must agree. Copies with
 * one attribute changed come from {@code withName(...)} and the other {@code with...} methods.
 */
@Value.Immutable
@FactStyle
public abstract class Participant implements WithParticipant {
  Participant() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What kind of participant this is. */
  public enum Kind {
    /** A person. */
    PERSON,
    /** An organisation: a ministry, an agency, a company. */
    ORGANISATION,
    /** A country, present through its delegation or government. */
    COUNTRY,
    /** Several participants named together ("los países del Sudeste de Europa"). */
    GROUP
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return what kind of participant this is} */
  public abstract Kind kind();

  /** {@return the name as written, such as {@code Umerov}} */
  public abstract String name();

  /** {@return the roles the text gives, such as {@code ministro de Defensa}} */
  public abstract List<Role> roles();

  /** {@return the country this participant is or belongs to, if known} */
  public abstract Optional<CountryCode> country();

  /** {@return for a group, the ids of the participants it consists of, as far as the text lists them} */
  public abstract List<String> members();

  /** {@return for a group, the number of members the text states, if it states one} */
  public abstract OptionalInt statedCount();

  /** {@return identifiers in other systems} */
  public abstract List<ExternalId> externalIds();

  /** {@return the spans of the source that name this participant; never empty} */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    Check check = new Check("Participant");
    check.id("id", id());
    check.required("kind", kind());
    check.text("name", name());
    check.elements("roles", roles());
    check.ids("members", members());
    check.elements("externalIds", externalIds());
    if (statedCount().isPresent()) {
      int count = statedCount().getAsInt();
      if (count < 1) {
        check.add("statedCount", "count.mismatch", "statedCount " + count + " is below 1");
      } else if (!members().isEmpty() && members().size() != count) {
        check.add("members", "count.mismatch", "the text states " + count + " members, but "
            + members().size() + " are listed");
      }
    }
    check.evidence(evidence());
    check.done();
  }

  /** Builds a {@link Participant}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
