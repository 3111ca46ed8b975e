package org.newsfacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.newsfacts.internal.Shape;

/**
 * The facts of one news item: its {@link Source} and the participants, meetings, statements and
 * claims it reports, which refer to each other by id.
 *
 * <p>A sheet is never invalid. Besides the rules of each part, {@link Builder#build()} checks the
 * whole: ids are unique; every reference resolves, to the right kind of thing (a speaker is a
 * participant, an occasion a meeting, a claim's holder a statement or a meeting); every evidence
 * span lies in the source text and covers exactly its text; every direct quote stands verbatim in
 * its evidence. All violations come at once, in one {@link ValidationException}, or as a list from
 * {@link Builder#violations()}.
 *
 * <pre>{@code
 * FactSheet sheet = FactSheet.builder()
 *     .source(source)
 *     .addParticipants(umerov, ukrinform)
 *     .addStatements(invite)
 *     .build();
 * sheet.statementsBy("p-umerov");
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class FactSheet implements WithFactSheet {
  static final Shape<FactSheet> SHAPE = Shape.entity("factSheet", "The facts of one news item.",
          FactSheet.class, FactSheet::builder, Builder::build)
      .required("source", Source.SHAPE, FactSheet::source, Builder::source)
      .list("participants", Participant.SHAPE, FactSheet::participants, Builder::addParticipants)
      .list("meetings", Meeting.SHAPE, FactSheet::meetings, Builder::addMeetings)
      .list("statements", Statement.SHAPE, FactSheet::statements, Builder::addStatements)
      .list("claims", Claim.SHAPE, FactSheet::claims, Builder::addClaims)
      .build();

  FactSheet() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the news item the facts come from} */
  public abstract Source source();

  /** {@return the people, organisations, countries and groups the item names} */
  public abstract List<Participant> participants();

  /** {@return the meetings it reports or refers to} */
  public abstract List<Meeting> meetings();

  /** {@return what was said, as the item renders it} */
  public abstract List<Statement> statements();

  /** {@return the claims the statements make and the meetings resolved} */
  public abstract List<Claim> claims();

  /**
   * {@return the participant with that id}
   *
   * @param id an id
   */
  public final Optional<Participant> participant(String id) {
    return find(id, Participant.class);
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

  /**
   * {@return the statements that participant made, in sheet order}
   *
   * @param speakerId the id of a participant
   */
  public final List<Statement> statementsBy(String speakerId) {
    return statements().stream().filter(s -> s.speaker().equals(speakerId))
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

  private <T> Optional<T> find(String id, Class<T> type) {
    Object found = index().get(id);
    return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
  }

  /** {@return every participant, meeting, statement and claim by id (ids are unique)} */
  @Value.Lazy
  Map<String, Object> index() {
    Map<String, Object> index = new LinkedHashMap<>();
    participants().forEach(p -> index.put(p.id(), p));
    meetings().forEach(m -> index.put(m.id(), m));
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

  /** Builds a {@link FactSheet}; {@link #build()} checks the whole sheet. */
  public static final class Builder extends ImmutableFactSheet.Builder {
    Builder() {}

    /**
     * Checks what {@link #build()} would check, without throwing.
     *
     * @return every violation of the sheet as built so far; empty if it is valid
     */
    public List<Violation> violations() {
      try {
        build();
        return List.of();
      } catch (ValidationException e) {
        return e.violations();
      }
    }
  }
}
