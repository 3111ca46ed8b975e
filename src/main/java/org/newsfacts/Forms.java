package org.newsfacts;

import java.math.BigDecimal;
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

  /** The subject, value or argument of a claim. */
  static final Union<Term> TERM = Union.of("term", "Exactly one of: words of the text, the id of an"
          + " entity of the sheet, a quantity, a time, a change, a rank.", Term.class)
      .alternative("text", TEXT, Term.OfText.class, Term.OfText::text, Term::text)
      .alternative("entity", ID, Term.OfEntity.class, Term.OfEntity::id, Term::entity)
      .to(Participant.class, Place.class, Meeting.class, Statement.class, Claim.class)
      .alternative("quantity", Quantity.SHAPE, Term.OfQuantity.class, Term.OfQuantity::quantity,
          Term::quantity)
      .alternative("time", Time.SHAPE, Term.OfTime.class, Term.OfTime::time, Term::time)
      .alternative("change", Change.SHAPE, Term.OfChange.class, Term.OfChange::change, Term::change)
      .alternative("rank", Rank.SHAPE, Term.OfRank.class, Term.OfRank::rank, Term::rank)
      .build();

  /** The path of a value within a fact: {@code country}, {@code value.quantity.unit}, {@code time.at}. */
  static final Scalar<String> PATH = Scalar.string("path", "The path of a value within a fact, in"
          + " JSON names: country, time.at, value.quantity.unit, roles[0].of.", Scalar.Text.NOT_BLANK,
      "pattern", "^[A-Za-z]+(\\[[0-9]+\\])*(\\.[A-Za-z]+(\\[[0-9]+\\])*)*$");

  /** How sure whoever made a sheet is of a fact, from 0 to 1. */
  static final Scalar<BigDecimal> CONFIDENCE = Scalar.number("confidence", "How sure whoever made"
      + " the sheet is of the fact, from 0 to 1.", "minimum", 0, "maximum", 1);

  private Forms() {}
}
