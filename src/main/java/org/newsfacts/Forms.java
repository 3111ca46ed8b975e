package org.newsfacts;

import java.math.BigDecimal;
import org.newsfacts.internal.Scalar;

/** The forms of plain strings that several types share. */
final class Forms {
  /** Words as written: not blank. */
  static final Scalar<String> TEXT = Scalar.string("text", "Words as written: not blank, at most"
      + " 10000 characters.", Scalar.Text.NOT_BLANK, "pattern", "\\S", "maxLength", Scalar.WORDS_LENGTH);
  /** A passage as written: an article, a statement; not blank, of any length. */
  static final Scalar<String> PASSAGE = Scalar.string("passage", "A passage as written: not blank.",
      Scalar.Text.PASSAGE, "pattern", "\\S");
  /** The id of a participant, meeting, statement or claim, or a reference to one. */
  static final Scalar<String> ID = Scalar.string("id",
      "An id: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.",
      Scalar.Text.ID, "pattern", "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");


  /** The path of a value within a fact: {@code country}, {@code value.quantity.unit}, {@code time.at}. */
  static final Scalar<String> PATH = Scalar.string("path", "The path of a value within a fact, in"
          + " JSON names: country, time.at, value.quantity.unit, roles[0].of.", Scalar.Text.NOT_BLANK,
      "pattern", "^[A-Za-z]+(\\[[0-9]+\\])*(\\.[A-Za-z]+(\\[[0-9]+\\])*)*$");

  /** How sure whoever made a sheet is of a fact, from 0 to 1. */
  static final Scalar<BigDecimal> CONFIDENCE = Scalar.number("confidence", "How sure whoever made"
      + " the sheet is of the fact, from 0 to 1.", "minimum", 0, "maximum", 1);

  private Forms() {}
}
