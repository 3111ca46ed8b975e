package org.newsfacts;

import org.newsfacts.internal.Union;

/**
 * The form of a {@link Term}, in a class of its own: it names the forms of quantities, times,
 * changes and ranks, which name the plain forms of {@link Forms}. Were it in {@code Forms}, the
 * first of those types to be used would start {@code Forms}, which would start the others while
 * the first's own form was not yet made.
 */
final class TermForm {
  /** The subject, value or argument of a claim. */
  static final Union<Term> TERM = Union.of("term", "Exactly one of: words of the text, the id of an"
          + " entity of the sheet, a quantity, a time, a change, a rank.", Term.class)
      .alternative("text", Forms.TEXT, Term.OfText.class, Term.OfText::text, Term::text)
      .alternative("entity", Forms.ID, Term.OfEntity.class, Term.OfEntity::id, Term::entity)
      .to(Participant.class, Place.class, Meeting.class, Event.class, Statement.class, Claim.class)
      .alternative("quantity", Quantity.SHAPE, Term.OfQuantity.class, Term.OfQuantity::quantity,
          Term::quantity)
      .alternative("time", Time.SHAPE, Term.OfTime.class, Term.OfTime::time, Term::time)
      .alternative("change", Change.SHAPE, Term.OfChange.class, Term.OfChange::change, Term::change)
      .alternative("rank", Rank.SHAPE, Term.OfRank.class, Term.OfRank::rank, Term::rank)
      .build();

  private TermForm() {}
}
