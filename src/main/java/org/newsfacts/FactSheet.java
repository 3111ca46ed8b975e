package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.newsfacts.internal.Shape;

/**
 * The facts of one news item: its {@link Source} and the participants, places, meetings, other
 * events, statements and claims it reports, which refer to each other by id, and the {@link Provenance} of
 * the sheet itself.
 *
 * <p>A sheet is never invalid. Besides the rules of each part, {@link Builder#build()} checks the
 * whole: ids are unique; every reference resolves, to the right kind of thing (a speaker is a
 * participant, an occasion a meeting, a claim's holder a statement or a meeting); chains have no
 * cycles (statements reported by statements, places within places, meetings part of meetings,
 * claims about claims, groups of groups); every evidence span lies in the source text and covers
 * exactly its text; every direct quote stands verbatim in its evidence; at most one participant is
 * the publisher. All violations come at once, in one {@link ValidationException}, or as a list from
 * {@link Builder#violations()}.
 *
 * <pre>{@code
 * FactSheet sheet = FactSheet.builder()
 *     .source(source)
 *     .addParticipants(umerov, ukrinform)
 *     .addStatements(invite)
 *     .build();
 * sheet.statementsBy("p-umerov");
 * sheet.sources("s-invite");      // who stands behind the statement, up to the outlet
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class FactSheet {
  static final Shape<FactSheet> SHAPE = Shape.entity("factSheet", "The facts of one news item.",
          FactSheet.class, FactSheet::builder, Builder::build)
      .optional("provenance", Provenance.SHAPE, FactSheet::provenance, Builder::provenance)
      .required("source", Source.SHAPE, FactSheet::source, Builder::source)
      .list("participants", Participant.SHAPE, FactSheet::participants, Builder::addParticipants)
      .list("places", Place.SHAPE, FactSheet::places, Builder::addPlaces)
      .list("meetings", Meeting.SHAPE, FactSheet::meetings, Builder::addMeetings)
      .list("events", Event.SHAPE, FactSheet::events, Builder::addEvents)
      .list("statements", Statement.SHAPE, FactSheet::statements, Builder::addStatements)
      .list("claims", Claim.SHAPE, FactSheet::claims, Builder::addClaims)
      .build();

  FactSheet() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableFactSheet.builder();
  }

  /** {@return who or what made the sheet, when and how, if it says} */
  public abstract Optional<Provenance> provenance();

  /** {@return the news item the facts come from} */
  public abstract Source source();

  /** {@return the people, organisations, countries, groups and unnamed sources the item names} */
  public abstract List<Participant> participants();

  /** {@return the places the item names} */
  public abstract List<Place> places();

  /** {@return the meetings it reports or refers to} */
  public abstract List<Meeting> meetings();

  /** {@return the other events it reports or refers to: attacks, shutdowns, fighting, releases} */
  public abstract List<Event> events();

  /** {@return what was said, as the item renders it} */
  public abstract List<Statement> statements();

  /** {@return the claims the statements make and the meetings resolved} */
  public abstract List<Claim> claims();

  /**
   * {@return a copy with that provenance}
   *
   * @param provenance who or what made the sheet
   */
  public abstract FactSheet withProvenance(Provenance provenance);

  /**
   * {@return a copy with that source}
   *
   * @param source the news item
   */
  public abstract FactSheet withSource(Source source);

  /**
   * {@return a copy with those claims}
   *
   * @param claims the claims
   */
  public abstract FactSheet withClaims(Iterable<? extends Claim> claims);

  /**
   * {@return a copy with those statements}
   *
   * @param statements the statements
   */
  public abstract FactSheet withStatements(Iterable<? extends Statement> statements);

  /**
   * {@return a copy with those participants}
   *
   * @param participants the participants
   */
  public abstract FactSheet withParticipants(Iterable<? extends Participant> participants);

  /**
   * {@return the participant with that id}
   *
   * @param id an id
   */
  public final Optional<Participant> participant(String id) {
    return find(id, Participant.class);
  }

  /**
   * {@return the place with that id}
   *
   * @param id an id
   */
  public final Optional<Place> place(String id) {
    return find(id, Place.class);
  }

  /**
   * {@return the meeting with that id}
   *
   * @param id an id
   */
  public final Optional<Meeting> meeting(String id) {
    return find(id, Meeting.class);
  }

  /**
   * {@return the event with that id}
   *
   * @param id an id
   */
  public final Optional<Event> event(String id) {
    return find(id, Event.class);
  }

  /**
   * {@return the statement with that id}
   *
   * @param id an id
   */
  public final Optional<Statement> statement(String id) {
    return find(id, Statement.class);
  }

  /**
   * {@return the claim with that id}
   *
   * @param id an id
   */
  public final Optional<Claim> claim(String id) {
    return find(id, Claim.class);
  }

  /** {@return the participant that is the publisher of the item, if the sheet has one} */
  public final Optional<Participant> publisher() {
    return participants().stream().filter(Participant::publisher).findFirst();
  }

  /**
   * {@return the statements that participant made, in sheet order}
   *
   * @param speakerId the id of a participant
   */
  public final List<Statement> statementsBy(String speakerId) {
    Check.notNull(speakerId, "speakerId");
    return statements().stream().filter(s -> s.speaker().filter(speakerId::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return the claims it holds, in sheet order}
   *
   * @param holderId the id of a statement or meeting
   */
  public final List<Claim> claimsHeldBy(String holderId) {
    return claims().stream().filter(c -> c.holder().equals(holderId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The sources that stand behind a statement or claim, innermost first, as FactBank's nested
   * sources: for "the agency reported that the newspaper said that sources said", the unnamed
   * sources, the newspaper, the agency. A claim's chain is that of the statement that holds it (a
   * claim held by a participant, a belief no one states, starts with that participant); the
   * chain goes up to the participant that reports the outermost statement (a newspaper's report
   * that officials are quoted in), and ends with the publisher of the item, who stands behind all
   * it prints (FactBank's author).
   *
   * @param id the id of a statement or claim
   * @return the ids of the participants, innermost first; empty if the id names neither, or a
   *     claim held by a meeting
   */
  public final List<String> sources(String id) {
    String statementId = claim(id).map(Claim::holder).orElse(id);
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (claim(id).isPresent() && participant(statementId).isPresent()) {
      // a belief the text reports without a speech act: its holder, then the publisher
      chain.add(statementId);
      seen.add(statementId);
    }
    Optional<Statement> statement = statement(statementId);
    while (statement.isPresent() && seen.add(statement.get().id())) {
      Statement s = statement.get();
      // a statement whose speaker the text does not give adds no source of its own
      s.speaker().filter(speaker -> chain.isEmpty() || !chain.get(chain.size() - 1).equals(speaker))
          .ifPresent(chain::add);
      Optional<String> reporter = s.reportedBy();
      statement = reporter.flatMap(this::statement);
      if (reporter.isPresent() && statement.isEmpty()
          && (chain.isEmpty() || !chain.get(chain.size() - 1).equals(reporter.get()))) {
        chain.add(reporter.get());
      }
    }
    Optional<Participant> publisher = publisher();
    if (!seen.isEmpty() && publisher.isPresent()
        && (chain.isEmpty() || !chain.get(chain.size() - 1).equals(publisher.get().id()))) {
      chain.add(publisher.get().id());
    }
    return List.copyOf(chain);
  }

  private <T> Optional<T> find(String id, Class<T> type) {
    Object found = index().get(id);
    return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
  }

  /** {@return every participant, place, meeting, event, statement and claim by id (ids are unique)} */
  @Value.Lazy
  Map<String, Object> index() {
    Map<String, Object> index = new HashMap<>();
    participants().forEach(p -> index.put(p.id(), p));
    places().forEach(p -> index.put(p.id(), p));
    meetings().forEach(m -> index.put(m.id(), m));
    events().forEach(e -> index.put(e.id(), e));
    statements().forEach(s -> index.put(s.id(), s));
    claims().forEach(c -> index.put(c.id(), c));
    return index;
  }

  @Value.Check
  final void check() {
    Check check = new Check("FactSheet").properties(SHAPE, this);
    // The rules of the whole need every part: run on a sheet with a part missing, they would only
    // report the echoes (unresolved references) of what is already reported.
    check.done();
    check.addAll(SheetRules.check(this));
    check.done();
  }

  /**
   * {@return the sheet in one line: its headline or first words, and how many facts of each kind}
   */
  @Override
  public final String toString() {
    String title = source().headline().orElse(source().text());
    if (title.length() > 60) {
      title = title.substring(0, 57) + "...";
    }
    return "FactSheet \"" + title + "\": " + participants().size() + " participants, " + places().size()
        + " places, " + meetings().size() + " meetings, " + events().size() + " events, "
        + statements().size() + " statements, "
        + claims().size() + " claims";
  }

  /** Builds a {@link FactSheet}; {@link #build()} checks the whole sheet. */
  public interface Builder {
    /**
     * Sets who or what made the sheet.
     *
     * @param provenance such as {@code Provenance.builder().method(Method.MANUAL).build()}
     * @return this builder
     */
    Builder provenance(Provenance provenance);

    /**
     * Sets the news item; required.
     *
     * @param source the item, with its text
     * @return this builder
     */
    Builder source(Source source);

    /**
     * Adds a participant.
     *
     * @param participant a participant
     * @return this builder
     */
    Builder addParticipants(Participant participant);

    /**
     * Adds participants.
     *
     * @param first the first; participants
     * @param more the others
     * @return this builder
     */
    default Builder addParticipants(Participant first, Participant... more) {
      addParticipants(first);
      for (Participant element : Check.notNull(more, "more")) {
        addParticipants(element);
      }
      return this;
    }

    /**
     * Adds a place.
     *
     * @param place a place
     * @return this builder
     */
    Builder addPlaces(Place place);

    /**
     * Adds places.
     *
     * @param first the first; places
     * @param more the others
     * @return this builder
     */
    default Builder addPlaces(Place first, Place... more) {
      addPlaces(first);
      for (Place element : Check.notNull(more, "more")) {
        addPlaces(element);
      }
      return this;
    }

    /**
     * Adds a meeting.
     *
     * @param meeting a meeting
     * @return this builder
     */
    Builder addMeetings(Meeting meeting);

    /**
     * Adds meetings.
     *
     * @param first the first; meetings
     * @param more the others
     * @return this builder
     */
    default Builder addMeetings(Meeting first, Meeting... more) {
      addMeetings(first);
      for (Meeting element : Check.notNull(more, "more")) {
        addMeetings(element);
      }
      return this;
    }

    /**
     * Adds an event that is not a meeting.
     *
     * @param event an event
     * @return this builder
     */
    Builder addEvents(Event event);

    /**
     * Adds events.
     *
     * @param first the first event
     * @param more the others
     * @return this builder
     */
    default Builder addEvents(Event first, Event... more) {
      addEvents(first);
      for (Event element : Check.notNull(more, "more")) {
        addEvents(element);
      }
      return this;
    }

    /**
     * Adds a statement.
     *
     * @param statement a statement
     * @return this builder
     */
    Builder addStatements(Statement statement);

    /**
     * Adds statements.
     *
     * @param first the first; statements
     * @param more the others
     * @return this builder
     */
    default Builder addStatements(Statement first, Statement... more) {
      addStatements(first);
      for (Statement element : Check.notNull(more, "more")) {
        addStatements(element);
      }
      return this;
    }

    /**
     * Adds a claim.
     *
     * @param claim a claim
     * @return this builder
     */
    Builder addClaims(Claim claim);

    /**
     * Adds claims.
     *
     * @param first the first; claims
     * @param more the others
     * @return this builder
     */
    default Builder addClaims(Claim first, Claim... more) {
      addClaims(first);
      for (Claim element : Check.notNull(more, "more")) {
        addClaims(element);
      }
      return this;
    }

    /**
     * Replaces the participants.
     *
     * @param participants the participants
     * @return this builder
     */
    Builder participants(Iterable<? extends Participant> participants);

    /**
     * Replaces the places.
     *
     * @param places the places
     * @return this builder
     */
    Builder places(Iterable<? extends Place> places);

    /**
     * Replaces the events.
     *
     * @param events the events that are not meetings
     * @return this builder
     */
    Builder events(Iterable<? extends Event> events);

    /**
     * Replaces the meetings.
     *
     * @param meetings the meetings
     * @return this builder
     */
    Builder meetings(Iterable<? extends Meeting> meetings);

    /**
     * Replaces the statements.
     *
     * @param statements the statements
     * @return this builder
     */
    Builder statements(Iterable<? extends Statement> statements);

    /**
     * Replaces the claims.
     *
     * @param claims the claims
     * @return this builder
     */
    Builder claims(Iterable<? extends Claim> claims);

    /**
     * Sets every attribute from a sheet.
     *
     * @param sheet a sheet
     * @return this builder
     */
    Builder from(FactSheet sheet);

    /**
     * Builds the sheet, checking every part and the whole.
     *
     * @return the sheet
     * @throws ValidationException with every violation, if it would be invalid
     */
    FactSheet build();

    /**
     * Checks what {@link #build()} would check, without throwing.
     *
     * @return every violation of the sheet as built so far; empty if it is valid
     */
    default List<Violation> violations() {
      try {
        build();
        return List.of();
      } catch (ValidationException e) {
        return e.violations();
      }
    }
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(FactSheet.class);
  }

  @JsonCreator
  static FactSheet jackson(Object json) {
    throw Unregistered.type(FactSheet.class);
  }
}
