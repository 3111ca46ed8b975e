package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * Something that happened, happens or is to happen that is not a meeting: an attack, a shutdown,
 * "the recent fighting", the opening of border crossings, a scheduled release, a situation or crisis
 * that goes on ("the dangerous situation on the Korean Peninsula", "the Syrian crisis"; its status
 * stays unknown unless the text gives one) (after schema.org's {@code Event}). What it is, as
 * written; whether it happened, is planned or only alleged, and by whom; when and where; who did it
 * and who or what it affected; its purpose, instrument and other arguments; and how it relates to
 * other events and meetings. Meetings, calls and visits are {@link Meeting}s.
 *
 * <pre>{@code
 * Event attack = Event.builder()
 *     .id("e-attack")
 *     .what("Iran's unprecedented missile and drone attack")
 *     .status(Event.Status.HAPPENED)
 *     .addAgents("p-iran")
 *     .addAffected("p-israel")
 *     .addEvidence(source.find("Iran's unprecedented missile and drone attack"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Event {
  static final Shape<Event> SHAPE = Shape.entity("event", "Something that happened, happens or is to"
          + " happen that is not a meeting.", Event.class, Event::builder, Builder::build)
      .required("id", Forms.ID, Event::id, Builder::id)
      .required("what", Forms.TEXT, Event::what, Builder::what)
      .optional("ordinal", Ordinal.SHAPE, Event::ordinal, Builder::ordinal)
      .list("characterisations", Forms.TEXT, Event::characterisations, Builder::addCharacterisations)
      .optional("count", Quantity.SHAPE, Event::count, Builder::count)
      .defaulted("status", Scalar.enumeration(Status.class), Event::status, Builder::status)
      .optional("statusBy", Forms.ID, Event::statusBy, Builder::statusBy)
      .to(Participant.class, Statement.class)
      .optional("time", Time.SHAPE, Event::time, Builder::time)
      .optional("place", Forms.ID, Event::place, Builder::place).to(Place.class)
      .list("agents", Forms.ID, Event::agents, Builder::addAgents).to(Participant.class)
      .list("affected", Forms.ID, Event::affected, Builder::addAffected).to(Participant.class, Place.class)
      .list("arguments", Claim.Argument.SHAPE, Event::arguments, Builder::addArguments)
      .list("links", Link.SHAPE, Event::links, Builder::addLinks)
      .nonEmptyList("evidence", Evidence.SHAPE, Event::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Event::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Event::inferred, Builder::addInferred)
      .build();

  Event() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableEvent.builder();
  }

  /** Whether the event happened, as the text states it. */
  public enum Status {
    /** The text does not say. */
    UNKNOWN,
    /** It happened. */
    HAPPENED,
    /** It is happening as the item is written. */
    UNDER_WAY,
    /** It is to happen: "will open", "is scheduled for". */
    PLANNED,
    /** It was put off. */
    POSTPONED,
    /** It was called off. */
    CANCELLED,
    /** Someone says it happened, and the text does not take it as fact. */
    ALLEGED,
    /** Someone says it may happen, or fears it will: "could", "may", "risks". */
    POSSIBLE,
    /**
     * Someone expects or predicts it, with no hedge: "warned of more aftershocks", "is expected to",
     * "will"; not arranged, as a planned one is.
     */
    EXPECTED,
    /** It is only supposed: "if", "should ... happen", "any further": a condition, not a fact. */
    HYPOTHETICAL;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * How an event relates to another event or to a meeting. Immutable and thread-safe.
   *
   * @param relation how it relates
   * @param target the id of the other event or meeting
   */
  public record Link(Relation relation, String target) {
    static final Shape<Link> SHAPE = Shape.value("eventLink", "How an event relates to another event or"
            + " a meeting.", Link.class, v -> new Link(v.get(0), v.get(1)))
        .required("relation", Scalar.enumeration(Relation.class), Link::relation)
        .required("target", Forms.ID, Link::target).to(Event.class, Meeting.class)
        .build();

    /** How an event relates to another. */
    public enum Relation {
      /** It is part of the other: a strike within a campaign. */
      PART_OF,
      /** It happened during the other: fighting during the talks. */
      DURING,
      /** It comes after the other: "following the attack". */
      FOLLOWS,
      /** It comes before the other. */
      PRECEDES,
      /** It brought the other about, as the text says: "the shutdown delayed the release". */
      CAUSES;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates a link.
     *
     * @param relation how the event relates
     * @param target the id of the other event or meeting
     * @throws ValidationException if the relation is missing or the id is not an id
     */
    public Link {
      Check check = new Check("Link");
      check.required("relation", relation);
      check.id("target", target);
      check.done();
    }

    /**
     * {@return a link}
     *
     * @param relation how the event relates
     * @param target the id of the other event or meeting
     */
    public static Link of(Relation relation, String target) {
      return new Link(relation, target);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Event.Link.class);
    }

    @JsonCreator
    static Event.Link jackson(Object json) {
      throw Unregistered.type(Event.Link.class);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return the event as written: "the recent fighting", "a government shutdown"} */
  public abstract String what();

  /** {@return its position in a series or a list, if the text gives one: "First, ...", "the third strike"} */
  public abstract Optional<Ordinal> ordinal();

  /**
   * {@return the outlet's characterisations of the event, as written: "highly-anticipated",
   * "unprecedented", "historic"; and the qualities an event asked for or planned is to have, as
   * the request words them ("an independent, full, credible, and unimpeded investigation"); a
   * speaker's judgement of an event is a {@link Claim} of the statement that holds it}
   */
  public abstract List<String> characterisations();

  /**
   * {@return how many such events the text says there are, where it reports several as one:
   * "several attacks", "three strikes", "a series of raids"; a count, with its words where vague}
   */
  public abstract Optional<Quantity> count();

  /** {@return whether it happened, as the text states it; {@link Status#UNKNOWN} unless set} */
  @Value.Default
  public Status status() {
    return Status.UNKNOWN;
  }

  /** {@return the id of the participant or statement that gives the status, if the text says} */
  public abstract Optional<String> statusBy();

  /** {@return when it happened or is to happen, as precise as the text says} */
  public abstract Optional<Time> time();

  /** {@return the id of the place where it happened, a place of the sheet, if the text says} */
  public abstract Optional<String> place();

  /** {@return the ids of the participants who did it, as far as the text says} */
  public abstract List<String> agents();

  /** {@return the ids of the participants or places it affected, as far as the text says} */
  public abstract List<String> affected();

  /**
   * {@return its further arguments, as a claim has them: its purpose ("to rebuild the grid"),
   * instrument ("using chemical weapons"), reason, condition, manner, recipient or target}
   */
  public abstract List<Claim.Argument> arguments();

  /** {@return how it relates to other events and meetings of the sheet} */
  public abstract List<Link> links();

  /** {@return the spans of the source that report the event; never empty} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code status}} */
  public abstract List<String> inferred();

  @Value.Check
  final void check() {
    Check check = new Check("Event").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    count().ifPresent(count -> check.count(count, "events", "\"three strikes\" is 3 count"));
    check.confidence(confidence());
    check.done();
  }

  /** {@return the event in one line: {@code e-attack (happened) the attack, 2024-04-13}} */
  @Override
  public final String toString() {
    return id() + " (" + status().name().toLowerCase(java.util.Locale.ROOT) + ") " + what()
        + time().map(t -> ", " + t).orElse("");
  }

  /** Builds an {@link Event}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id such as {@code e-attack}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the event as written; required.
     *
     * @param what such as "the recent fighting"
     * @return this builder
     */
    Builder what(String what);

    /**
     * Sets its position in a series or a list.
     *
     * @param ordinal such as {@code Ordinal.of(2, "actions")} for "Second, ..."
     * @return this builder
     */
    Builder ordinal(Ordinal ordinal);

    /**
     * Adds the outlet's characterisation of the event, as written.
     *
     * @param characterisation such as "highly-anticipated"
     * @return this builder
     */
    Builder addCharacterisations(String characterisation);

    /**
     * Sets how many such events the text reports as one.
     *
     * @param count a count: {@code Quantity.of("3", Unit.COUNT)} for "three strikes", or
     *     {@code Quantity.builder().words("several").unit(Unit.COUNT).build()} for "several attacks"
     * @return this builder
     */
    Builder count(Quantity count);

    /**
     * Sets whether it happened, as the text states it.
     *
     * @param status happened, under way, planned, expected, postponed, cancelled, alleged, possible or
     *     hypothetical; unknown by default
     * @return this builder
     */
    Builder status(Status status);

    /**
     * Sets who gives the status: "alleged, according to the ministry".
     *
     * @param participantOrStatement the id of a participant or statement of the sheet
     * @return this builder
     */
    Builder statusBy(String participantOrStatement);

    /**
     * Sets when it happened or is to happen.
     *
     * @param time such as {@code Time.at(PartialDate.parse("2024-04-13"))}
     * @return this builder
     */
    Builder time(Time time);

    /**
     * Sets where it happened.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder place(String place);

    /**
     * Adds a participant who did it.
     *
     * @param participant the id of a participant of the sheet
     * @return this builder
     */
    Builder addAgents(String participant);

    /**
     * Adds a participant or place it affected.
     *
     * @param participantOrPlace the id of a participant or place of the sheet
     * @return this builder
     */
    Builder addAffected(String participantOrPlace);

    /**
     * Adds a further argument: a purpose, an instrument, a reason, a condition.
     *
     * @param argument such as {@code Claim.Argument.of(Claim.Argument.Kind.INSTRUMENT,
     *     Term.text("armes chimiques"))}
     * @return this builder
     */
    Builder addArguments(Claim.Argument argument);

    /**
     * Adds a relation to another event or a meeting.
     *
     * @param link such as {@code Link.of(Link.Relation.FOLLOWS, "e-attack")}
     * @return this builder
     */
    Builder addLinks(Link link);

    /**
     * Adds a span that reports the event.
     *
     * @param span a span of the source
     * @return this builder
     */
    Builder addEvidence(Evidence span);

    /**
     * Adds spans that report the event.
     *
     * @param first the first span
     * @param more the others
     * @return this builder
     */
    default Builder addEvidence(Evidence first, Evidence... more) {
      addEvidence(first);
      for (Evidence element : Check.notNull(more, "more")) {
        addEvidence(element);
      }
      return this;
    }

    /**
     * Adds spans that carry it.
     *
     * @param spans spans of the source
     * @return this builder
     */
    Builder addAllEvidence(Iterable<? extends Evidence> spans);

    /**
     * Replaces the spans that carry it.
     *
     * @param spans spans of the source
     * @return this builder
     */
    Builder evidence(Iterable<? extends Evidence> spans);

    /**
     * Sets how sure whoever made the sheet is of this fact.
     *
     * @param confidence from 0 to 1
     * @return this builder
     */
    Builder confidence(BigDecimal confidence);

    /**
     * Marks a value as inferred rather than stated.
     *
     * @param path the JSON path of the value, such as {@code status} or {@code time.at}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from an event.
     *
     * @param event an event
     * @return this builder
     */
    Builder from(Event event);

    /**
     * Builds the event.
     *
     * @return the event
     * @throws ValidationException with every violation, if it would be invalid
     */
    Event build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Event.class);
  }

  @JsonCreator
  static Event jackson(Object json) {
    throw Unregistered.type(Event.class);
  }
}
