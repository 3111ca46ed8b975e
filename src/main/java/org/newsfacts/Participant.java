package org.newsfacts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

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
  static final Shape<Participant> SHAPE = Shape.entity("participant", "Someone the article names.",
          Participant.class, Participant::builder, Builder::build)
      .required("id", Forms.ID, Participant::id, Builder::id)
      .required("kind", Scalar.enumeration(Kind.class), Participant::kind, Builder::kind)
      .required("name", Forms.TEXT, Participant::name, Builder::name)
      .list("roles", Role.SHAPE, Participant::roles, Builder::addRoles)
      .optional("country", CountryCode.FORM, Participant::country, Builder::country)
      .list("members", Forms.ID, Participant::members, Builder::addMembers).to(Participant.class)
      .optional("statedCount", Scalar.integerWithin(0, Integer.MAX_VALUE, "minimum", 1, "maximum",
          Integer.MAX_VALUE),
          p -> p.statedCount().isPresent() ? Optional.of(p.statedCount().getAsInt()) : Optional.empty(),
          Builder::statedCount)
      .list("externalIds", ExternalId.SHAPE, Participant::externalIds, Builder::addExternalIds)
      .nonEmptyList("evidence", Evidence.SHAPE, Participant::evidence, Builder::addEvidence)
      .build();

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
    Check check = new Check("Participant").properties(SHAPE, this);
    if (statedCount().isPresent()) {
      int count = statedCount().getAsInt();
      if (count < 1) {
        check.add("statedCount", Rule.COUNT_MISMATCH, "statedCount " + count + " is below 1");
      } else if (!members().isEmpty() && members().size() != count) {
        check.add("members", Rule.COUNT_MISMATCH, "the text states " + count + " members, but "
            + members().size() + " are listed");
      }
    }
    check.done();
  }

  /** Builds a {@link Participant}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
