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
 * A meeting the article reports or refers to (after schema.org's {@code Event}): what the text
 * calls it, its place in a series, whether it was held, is planned, postponed, cancelled or only
 * alleged and by whom, whether it was in person, by telephone or by video, when and where, who took
 * part and how, what it was for, what was discussed, and how it relates to other meetings. Everything as precise as
 * the text gives it: what the text leaves out is absent.
 *
 * <pre>{@code
 * Meeting kyiv = Meeting.builder()
 *     .id("m-kyiv")
 *     .name("la primera reunión ministerial de Ucrania y los países del Sudeste de Europa")
 *     .ordinal(Ordinal.of(1, "reunión ministerial de Ucrania y los países del Sudeste de Europa"))
 *     .status(Meeting.Status.HELD)
 *     .time(Time.at(PartialDate.parse("--01-17")))   // "el 17 de enero": no year
 *     .place("pl-kyiv")
 *     .addEvidence(source.find("el 17 de enero se celebró en Kyiv"))
 *     .build();
 * }</pre>
 *
 * <p>What a meeting resolved are the {@link Claim}s it holds ({@link FactSheet#claimsHeldBy}).
 */
@Value.Immutable
@FactStyle
public abstract class Meeting {
  static final Shape<Meeting> SHAPE = Shape.entity("meeting", "A meeting the article reports or"
          + " refers to.", Meeting.class, Meeting::builder, Builder::build)
      .required("id", Forms.ID, Meeting::id, Builder::id)
      .optional("name", Forms.TEXT, Meeting::name, Builder::name)
      .optional("ordinal", Ordinal.SHAPE, Meeting::ordinal, Builder::ordinal)
      .list("characterisations", Forms.TEXT, Meeting::characterisations, Builder::addCharacterisations)
      .optional("count", Quantity.SHAPE, Meeting::count, Builder::count)
      .optional("groundRule", Scalar.enumeration(GroundRule.class), Meeting::groundRule, Builder::groundRule)
      .defaulted("status", Scalar.enumeration(Status.class), Meeting::status, Builder::status)
      .optional("statusBy", Forms.ID, Meeting::statusBy, Builder::statusBy)
      .to(Participant.class, Statement.class)
      .defaulted("medium", Scalar.enumeration(Medium.class), Meeting::medium, Builder::medium)
      .optional("initiatedBy", Forms.ID, Meeting::initiatedBy, Builder::initiatedBy).to(Participant.class)
      .optional("time", Time.SHAPE, Meeting::time, Builder::time)
      .optional("previousTime", Time.SHAPE, Meeting::previousTime, Builder::previousTime)
      .optional("place", Forms.ID, Meeting::place, Builder::place).to(Place.class)
      .list("participants", Attendee.SHAPE, Meeting::participants, Builder::addParticipants)
      .flag("moreParticipants", Meeting::moreParticipants, Builder::moreParticipants)
      .list("purposes", Forms.TEXT, Meeting::purposes, Builder::addPurposes)
      .list("topics", Topic.SHAPE, Meeting::topics, Builder::addTopics)
      .list("links", Link.SHAPE, Meeting::links, Builder::addLinks)
      .nonEmptyList("evidence", Evidence.SHAPE, Meeting::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Meeting::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Meeting::inferred, Builder::addInferred)
      .build();

  Meeting() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableMeeting.builder();
  }

  /** Whether the meeting happened, as the text states it (schema.org's {@code eventStatus}). */
  public enum Status {
    /** The text does not say. */
    UNKNOWN,
    /** It took place: "met", "se celebró". */
    HELD,
    /** It is taking place as the item is written: "are meeting". */
    UNDER_WAY,
    /** It is to take place: "will meet", "is expected to meet". */
    PLANNED,
    /** It was put off; the earlier time is the meeting's {@code previousTime}. */
    POSTPONED,
    /** It was called off. */
    CANCELLED,
    /** Someone says it took place, and the text does not take that as given: "X said they had met". */
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

  /** How the participants met. */
  public enum Medium {
    /** The text does not say. */
    UNKNOWN,
    /** In one place. */
    IN_PERSON,
    /** By telephone: "spoke by phone", "llamada telefónica". */
    TELEPHONE,
    /** By video: "videoconference", "held a video call". */
    VIDEO,
    /** A call the text does not say was by telephone or by video: "the President's call with". */
    CALL,
    /** In writing: letters, messages. */
    WRITTEN,
    /** Some in person, some remotely. */
    MIXED;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * A participant of a meeting, with the part it played where the text says. Immutable and
   * thread-safe.
   *
   * @param participant the id of a participant of the sheet
   * @param part the part it played, if the text says
   */
  public record Attendee(String participant, Optional<Part> part) {
    static final Shape<Attendee> SHAPE = Shape.value("attendee", "A participant of a meeting and the"
            + " part it played.", Attendee.class, v -> new Attendee(v.get(0), v.optional(1)))
        .required("participant", Forms.ID, Attendee::participant).to(Participant.class)
        .optional("part", Scalar.enumeration(Part.class), Attendee::part)
        .build();

    /** The part a participant played in a meeting. */
    public enum Part {
      /** It hosted the meeting. */
      HOST,
      /** It was a guest. */
      GUEST,
      /** It chaired the meeting. */
      CHAIR,
      /** It mediated between the others. */
      MEDIATOR,
      /** It organised the meeting. */
      ORGANISER,
      /** It attended as an observer. */
      OBSERVER;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates an attendee.
     *
     * @param participant the id of a participant
     * @param part the part it played, or empty
     * @throws ValidationException if the id is not an id or the part is null
     */
    public Attendee {
      Check check = new Check("Attendee");
      check.id("participant", participant);
      check.required("part", part);
      check.done();
    }

    /**
     * {@return a participant, without a part}
     *
     * @param participant the id of a participant
     */
    public static Attendee of(String participant) {
      return new Attendee(participant, Optional.empty());
    }

    /**
     * {@return a participant that played a part}
     *
     * @param participant the id of a participant
     * @param part the part it played
     */
    public static Attendee of(String participant, Part part) {
      return new Attendee(participant, Optional.of(Check.notNull(part, "part")));
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Meeting.Attendee.class);
    }

    @JsonCreator
    static Meeting.Attendee jackson(Object json) {
      throw Unregistered.type(Meeting.Attendee.class);
    }
  }

  /**
   * How a meeting relates to another meeting of the sheet, or to an event (a call made during a
   * visit, talks that follow a strike). Immutable and thread-safe.
   *
   * @param relation how it relates
   * @param meeting the id of the other meeting or event
   */
  public record Link(Relation relation, String meeting) {
    static final Shape<Link> SHAPE = Shape.value("meetingLink", "How a meeting relates to another"
            + " meeting or to an event.",
            Link.class, v -> new Link(v.get(0), v.get(1)))
        .required("relation", Scalar.enumeration(Relation.class), Link::relation)
        .required("meeting", Forms.ID, Link::meeting).to(Meeting.class, Event.class)
        .build();

    /** How a meeting relates to another meeting or to an event. */
    public enum Relation {
      /** It comes after the other, as its sequel: "a follow-up to". */
      FOLLOWS,
      /** It comes before the other. */
      PRECEDES,
      /** It is part of the other: a session of a summit (schema.org's {@code superEvent}). */
      PART_OF,
      /** It takes the place of the other, which did not take place. */
      REPLACES,
      /** It took place during the other, a meeting or an event: a call made during a visit. */
      DURING,
      /** It is related to the other, in no way the text says more of: "separate yet related talks". */
      RELATED_TO;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates a link.
     *
     * @param relation how the meeting relates
     * @param meeting the id of the other meeting or event
     * @throws ValidationException if the relation is missing or the id is not an id
     */
    public Link {
      Check check = new Check("Link");
      check.required("relation", relation);
      check.id("meeting", meeting);
      check.done();
    }

    /**
     * {@return a link}
     *
     * @param relation how the meeting relates
     * @param meeting the id of the other meeting or event
     */
    public static Link of(Relation relation, String meeting) {
      return new Link(relation, meeting);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Meeting.Link.class);
    }

    @JsonCreator
    static Meeting.Link jackson(Object json) {
      throw Unregistered.type(Meeting.Link.class);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /**
   * {@return the meeting as the text names or describes it, such as {@code la 25ª reunión en el
   * formato Ramstein}, "a security briefing", "a community forum", "talks"; absent where the text implies a meeting without naming it (the briefing where a
   * spokesperson was asked), whose evidence is then the words that imply it}
   */
  public abstract Optional<String> name();

  /** {@return its position in a series, if the text gives one} */
  public abstract Optional<Ordinal> ordinal();

  /**
   * {@return the outlet's characterisations of the meeting, as written: "high-level", "closed-door",
   * "cordial"; a speaker's are a {@link Claim} of the statement that holds them}
   */
  public abstract List<String> characterisations();

  /**
   * {@return how many such meetings the text says there are, where it reports several as one:
   * "meetings with officials", "two rounds of talks", "several calls"; a count, with its words
   * where vague ("meetings" alone: {@code words} "meetings", {@code moreThan} 1)}
   */
  public abstract Optional<Quantity> count();

  /**
   * {@return the terms a briefing or interview is given on, where the text states them: "we're going
   * to do this on the record"}
   */
  public abstract Optional<GroundRule> groundRule();

  /** {@return whether it happened, as the text states it; {@link Status#UNKNOWN} unless set} */
  @Value.Default
  public Status status() {
    return Status.UNKNOWN;
  }

  /** {@return the id of the participant or statement that gives the status, if the text says} */
  public abstract Optional<String> statusBy();

  /**
   * {@return the id of the participant who sought the meeting, where the text says: "at the
   * initiative of the American side", "Obama called Putin", "a petición de"}
   */
  public abstract Optional<String> initiatedBy();

  /** {@return how the participants met; {@link Medium#UNKNOWN} unless set} */
  @Value.Default
  public Medium medium() {
    return Medium.UNKNOWN;
  }

  /** {@return when it took place, starts or lasts, as precise as the text says} */
  public abstract Optional<Time> time();

  /**
   * {@return when it was to take place before it was postponed or moved, if the text says: the
   * earlier date of a meeting postponed or cancelled, or the announced time of one held later ("the
   * briefing, announced for 12:30, began at 12:50")}
   */
  public abstract Optional<Time> previousTime();

  /** {@return the id of the place where it took place, a place of the sheet, if the text says} */
  public abstract Optional<String> place();

  /** {@return the participants who took part, as far as the text names them, with their parts} */
  public abstract List<Attendee> participants();

  /**
   * {@return whether the text says others took part besides those it lists: "other forum
   * participants included", "among others"; false by default}
   */
  @Value.Default
  public boolean moreParticipants() {
    return false;
  }

  /**
   * {@return what the meeting is for, as written: "to reaffirm U.S. commitment to Iraq", "to
   * further discuss these programs"}
   */
  public abstract List<String> purposes();

  /** {@return what was discussed} */
  public abstract List<Topic> topics();

  /** {@return how it relates to other meetings of the sheet} */
  public abstract List<Link> links();

  /** {@return the spans of the source that report the meeting; never empty} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code time.at}} */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that status}
   *
   * @param status whether it happened
   */
  public abstract Meeting withStatus(Status status);

  /**
   * {@return a copy at that time}
   *
   * @param time when it took place
   */
  public abstract Meeting withTime(Time time);

  /**
   * {@return a copy at that place}
   *
   * @param place the id of a place of the sheet
   */
  public abstract Meeting withPlace(String place);

  /**
   * {@return a copy with those spans}
   *
   * @param evidence the spans that report the meeting
   */
  public abstract Meeting withEvidence(Iterable<? extends Evidence> evidence);

  @Value.Check
  final void check() {
    Check check = new Check("Meeting").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    check.confidence(confidence());
    java.util.Map<String, Integer> listed = new java.util.HashMap<>();
    for (int i = 0; i < participants().size(); i++) {
      Attendee attendee = participants().get(i);
      Integer earlier = attendee == null ? null : listed.putIfAbsent(attendee.participant(), i);
      if (earlier != null) {
        check.add("participants[" + i + "].participant", Rule.ID_DUPLICATE, "'" + attendee.participant()
            + "' is already participants[" + earlier + "]: a participant takes part once, with one part");
      }
    }
    if (previousTime().isPresent() && status() != Status.POSTPONED && status() != Status.CANCELLED
        && status() != Status.HELD) {
      check.add("previousTime", Rule.TIME_INVALID, "a previous time is that of a meeting postponed,"
          + " cancelled, or held later than announced: set the status");
    }
    count().ifPresent(count -> check.count(count, "meetings", "\"two rounds of talks\" is 2 count"));
    check.done();
  }

  /** {@return the meeting in one line: {@code m-kyiv (held, in-person) la primera reunión ...}} */
  @Override
  public final String toString() {
    return id() + " (" + status().name().toLowerCase(java.util.Locale.ROOT) + ", "
        + medium().name().toLowerCase(java.util.Locale.ROOT) + ") " + name().orElse("(unnamed)")
        + time().map(t -> ", " + t).orElse("");
  }

  /** Builds a {@link Meeting}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id such as {@code m-kyiv}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the meeting as the text names or describes it; leave it unset only where the text implies
     * a meeting without naming it.
     *
     * @param name such as "la 25ª reunión en el formato Ramstein" or "a community forum"
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets its position in a series.
     *
     * @param ordinal such as {@code Ordinal.of(25, "formato Ramstein")}
     * @return this builder
     */
    Builder ordinal(Ordinal ordinal);

    /**
     * Adds the outlet's characterisation of the meeting, as written.
     *
     * @param characterisation such as "high-level"
     * @return this builder
     */
    Builder addCharacterisations(String characterisation);

    /**
     * Sets how many such meetings the text reports as one.
     *
     * @param count a count: {@code Quantity.of("2", Unit.COUNT)} for "two rounds of talks"
     * @return this builder
     */
    Builder count(Quantity count);

    /**
     * Sets the terms a briefing or interview is given on, where the text states them.
     *
     * @param groundRule such as {@link GroundRule#ON_THE_RECORD}
     * @return this builder
     */
    Builder groundRule(GroundRule groundRule);

    /**
     * Sets whether it happened, as the text states it.
     *
     * @param status held, under way, planned, expected, postponed, cancelled, alleged, possible or
     *     hypothetical; unknown by default
     * @return this builder
     */
    Builder status(Status status);

    /**
     * Sets who gives the status: "planned, according to the ministry".
     *
     * @param participantOrStatement the id of a participant or statement of the sheet
     * @return this builder
     */
    Builder statusBy(String participantOrStatement);

    /**
     * Sets who sought the meeting: the caller of a call, the side at whose initiative it was held.
     *
     * @param participant the id of a participant of the sheet
     * @return this builder
     */
    Builder initiatedBy(String participant);

    /**
     * Sets how the participants met.
     *
     * @param medium in person, telephone, video, written or mixed; unknown by default
     * @return this builder
     */
    Builder medium(Medium medium);

    /**
     * Sets when it took place.
     *
     * @param time such as {@code Time.at(PartialDate.parse("--01-17"))}
     * @return this builder
     */
    Builder time(Time time);

    /**
     * Sets when it was to take place before it was postponed or moved, or its announced time.
     *
     * @param time the earlier time
     * @return this builder
     */
    Builder previousTime(Time time);

    /**
     * Sets where it took place.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder place(String place);

    /**
     * Adds a participant and the part it played.
     *
     * @param attendee such as {@code Attendee.of("p-umerov", Attendee.Part.HOST)}
     * @return this builder
     */
    Builder addParticipants(Attendee attendee);

    /**
     * Adds participants without saying the part they played.
     *
     * @param participants the ids of participants of the sheet
     * @return this builder
     */
    default Builder addParticipants(String... participants) {
      for (String participant : Check.notNull(participants, "participants")) {
        addParticipants(Attendee.of(participant));
      }
      return this;
    }

    /**
     * Adds participants with the parts they played.
     *
     * @param first such as {@code Attendee.of("p-umerov", Attendee.Part.HOST)}
     * @param more the others
     * @return this builder
     */
    default Builder addParticipants(Attendee first, Attendee... more) {
      addParticipants(first);
      for (Attendee attendee : Check.notNull(more, "more")) {
        addParticipants(attendee);
      }
      return this;
    }

    /**
     * Adds what the meeting is for, as written.
     *
     * @param purpose such as "to reaffirm U.S. commitment to Iraq"
     * @return this builder
     */
    Builder addPurposes(String purpose);

    /**
     * Sets whether the text says others took part besides those it lists.
     *
     * @param moreParticipants true for "participants included", "among others"; false by default
     * @return this builder
     */
    Builder moreParticipants(boolean moreParticipants);

    /**
     * Adds a topic discussed.
     *
     * @param topic such as {@code Topic.of("la situación de seguridad", source.find(...))}
     * @return this builder
     */
    Builder addTopics(Topic topic);

    /**
     * Adds topics discussed.
     *
     * @param first the first; topics, each with its spans
     * @param more the others
     * @return this builder
     */
    default Builder addTopics(Topic first, Topic... more) {
      addTopics(first);
      for (Topic element : Check.notNull(more, "more")) {
        addTopics(element);
      }
      return this;
    }

    /**
     * Adds a relation to another meeting.
     *
     * @param link such as {@code Link.of(Link.Relation.FOLLOWS, "m-first")}
     * @return this builder
     */
    Builder addLinks(Link link);

    /**
     * Adds a span that reports the meeting.
     *
     * @param span a span of the source
     * @return this builder
     */
    Builder addEvidence(Evidence span);

    /**
     * Adds spans that carry it.
     *
     * @param first the first; spans of the source
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
     * @param spans spans of the source, such as {@code source.findAll("...")}
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
     * Adds the path of a value that is inferred rather than stated.
     *
     * @param path such as {@code time.at}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a meeting.
     *
     * @param meeting a meeting
     * @return this builder
     */
    Builder from(Meeting meeting);

    /**
     * Builds the meeting.
     *
     * @return the meeting
     * @throws ValidationException with every violation, if it would be invalid
     */
    Meeting build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Meeting.class);
  }

  @JsonCreator
  static Meeting jackson(Object json) {
    throw Unregistered.type(Meeting.class);
  }
}
