package org.newsfacts;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * A claim a statement makes or a meeting resolved: subject, predicate as worded, an optional
 * value, the time it concerns and how it holds ({@link Modality}).
 *
 * <pre>{@code
 * Claim capabilities = Claim.builder()
 *     .id("c-capabilities")
 *     .holder("s-capabilities")                 // the statement that makes it
 *     .subject(Term.text("las capacidades de la industria de defensa ucraniana"))
 *     .predicate("pueden alcanzar")
 *     .value(Term.quantity(Quantity.of("35000000000", Unit.currency("USD"))))
 *     .time(PartialDate.ofYear(2025))
 *     .modality(Modality.POSSIBLE)
 *     .addEvidence(source.find("pueden alcanzar los 35 mil millones de dólares"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Claim implements WithClaim {
  static final Shape<Claim> SHAPE = Shape.entity("claim", "A claim a statement makes or a meeting"
          + " resolved.", Claim.class, Claim::builder, Builder::build)
      .required("id", Forms.ID, Claim::id, Builder::id)
      .required("holder", Forms.ID, Claim::holder, Builder::holder).to(Statement.class, Meeting.class)
      .required("subject", Forms.TERM, Claim::subject, Builder::subject)
      .required("predicate", Forms.TEXT, Claim::predicate, Builder::predicate)
      .optional("value", Forms.TERM, Claim::value, Builder::value)
      .optional("time", PartialDate.FORM, Claim::time, Builder::time)
      .required("modality", Scalar.enumeration(Modality.class), Claim::modality, Builder::modality)
      .nonEmptyList("evidence", Evidence.SHAPE, Claim::evidence, Builder::addEvidence)
      .build();

  Claim() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return the id of the statement that makes the claim, or of the meeting that resolved it} */
  public abstract String holder();

  /** {@return what the claim is about} */
  public abstract Term subject();

  /** {@return what is said of the subject, as worded, such as {@code pueden alcanzar}} */
  public abstract String predicate();

  /** {@return the object of the predicate, where it has one} */
  public abstract Optional<Term> value();

  /** {@return the time the claim concerns, as precise as the text says} */
  public abstract Optional<PartialDate> time();

  /** {@return how the claim holds} */
  public abstract Modality modality();

  /** {@return the spans of the source that carry the claim; never empty} */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    new Check("Claim").properties(SHAPE, this).done();
  }

  /** Builds a {@link Claim}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
