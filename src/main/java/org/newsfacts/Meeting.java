package org.newsfacts;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * A meeting the article reports or refers to, with its date, place and place in a series exactly
 * as precise as the text gives them: what the text leaves out is absent.
 *
 * <pre>{@code
 * Meeting kyiv = Meeting.builder()
 *     .id("m-kyiv")
 *     .name("la primera reunión ministerial de Ucrania y los países del Sudeste de Europa")
 *     .ordinal(Ordinal.of(1, "reunión ministerial de Ucrania y los países del Sudeste de Europa"))
 *     .date(PartialDate.parse("--01-17"))   // "el 17 de enero": no year
 *     .place(Place.of("Kyiv"))
 *     .addEvidence(source.find("el 17 de enero se celebró en Kyiv"))
 *     .build();
 * }</pre>
 *
 * <p>What a meeting resolved are the {@link Claim}s it holds ({@link FactSheet#claimsHeldBy}).
 */
@Value.Immutable
@FactStyle
public abstract class Meeting implements WithMeeting {
  static final Shape<Meeting> SHAPE = Shape.entity("meeting", "A meeting the article reports or"
          + " refers to.", Meeting.class, Meeting::builder, Builder::build)
      .required("id", Forms.ID, Meeting::id, Builder::id)
      .required("name", Forms.TEXT, Meeting::name, Builder::name)
      .optional("ordinal", Ordinal.SHAPE, Meeting::ordinal, Builder::ordinal)
      .optional("date", PartialDate.FORM, Meeting::date, Builder::date)
      .optional("place", Place.SHAPE, Meeting::place, Builder::place)
      .defaulted("mode", Scalar.enumeration(Mode.class), Meeting::mode, Builder::mode)
      .list("participants", Forms.ID, Meeting::participants, Builder::addParticipants)
      .to(Participant.class)
      .list("topics", Topic.SHAPE, Meeting::topics, Builder::addTopics)
      .nonEmptyList("evidence", Evidence.SHAPE, Meeting::evidence, Builder::addEvidence)
      .build();

  Meeting() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the meeting was held in person or online. */
  public enum Mode {
    /** The participants met in one place. */
    IN_PERSON,
    /** The participants met by video or telephone. */
    ONLINE,
    /** The text does not say. */
    UNKNOWN
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return the meeting as the text names it, such as {@code la 25ª reunión en el formato Ramstein}} */
  public abstract String name();

  /** {@return its position in a series, if the text gives one} */
  public abstract Optional<Ordinal> ordinal();

  /** {@return when it took place, as precise as the text says} */
  public abstract Optional<PartialDate> date();

  /** {@return where it took place, if the text says} */
  public abstract Optional<Place> place();

  /** {@return in person or online; {@link Mode#UNKNOWN} unless the text says} */
  @Value.Default
  public Mode mode() {
    return Mode.UNKNOWN;
  }

  /** {@return the ids of the participants who took part, as far as the text names them} */
  public abstract List<String> participants();

  /** {@return what was discussed} */
  public abstract List<Topic> topics();

  /** {@return the spans of the source that report the meeting; never empty} */
  public abstract List<Evidence> evidence();

  @Value.Check
  final void check() {
    new Check("Meeting").properties(SHAPE, this).done();
  }

  /** Builds a {@link Meeting}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
