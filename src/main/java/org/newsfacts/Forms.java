package org.newsfacts;

import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Union;

/** The forms of plain strings that several types share. */
final class Forms {
  /** Words as written: not blank. */
  static final Scalar<String> TEXT = Scalar.string("text", "Words as written: not blank.",
      Scalar.Text.NOT_BLANK, "pattern", "\\S");
  /** The id of a participant, meeting, statement or claim, or a reference to one. */
  static final Scalar<String> ID = Scalar.string("id",
      "An id: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.",
      Scalar.Text.ID, "pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

  /** The subject or value of a claim. */
  static final Union<Term> TERM = Union.of("term", "Exactly one of: words of the text, the id of a"
          + " participant or meeting, a quantity, a date.", Term.class)
      .alternative("text", TEXT, Term.OfText.class, Term.OfText::text, Term::text)
      .alternative("entity", ID, Term.OfEntity.class, Term.OfEntity::id, Term::entity)
      .to(Participant.class, Meeting.class)
      .alternative("quantity", Quantity.SHAPE, Term.OfQuantity.class, Term.OfQuantity::quantity,
          Term::quantity)
      .alternative("date", PartialDate.FORM, Term.OfDate.class, Term.OfDate::date, Term::date)
      .build();

  private Forms() {}
}
