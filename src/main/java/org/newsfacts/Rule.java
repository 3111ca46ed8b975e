package org.newsfacts;

/**
 * The rules a {@link Violation} can break, documented once, here. Each has a stable {@link #id()}
 * for programs and logs ({@code evidence.mismatch}); switch on the constants:
 *
 * <pre>{@code
 * for (Violation v : e.violations()) {
 *   switch (v.rule()) {
 *     case EVIDENCE_MISMATCH -> fixSpan(v.path());
 *     case JSON_UNKNOWN_PROPERTY -> log.warn(v.toString());
 *     default -> throw e;
 *   }
 * }
 * }</pre>
 */
public enum Rule {
  /** A required value is missing (or a list that needs one has no element). */
  REQUIRED("required"),
  /** A text is empty or only white space. */
  BLANK("blank"),
  /** A text holds a control character other than tab, line feed and carriage return, or half a character. */
  TEXT_CHARACTER("text.character"),
  /** Words (a name, a label, a description) longer than 10,000 characters, or an address longer than 8,192. */
  TEXT_LENGTH("text.length"),
  /** An id is not 1 to 64 ASCII letters, digits, '.', '_' or '-' starting with a letter or digit. */
  ID_SYNTAX("id.syntax"),
  /** Two participants, places, meetings, statements or claims of a sheet have the same id. */
  ID_DUPLICATE("id.duplicate"),
  /** A reference names no id of the sheet. */
  REF_UNRESOLVED("ref.unresolved"),
  /** A reference names something of the wrong kind, such as a claim where a participant belongs. */
  REF_KIND("ref.kind"),
  /** A span's end is not after its start, or its start is negative. */
  EVIDENCE_RANGE("evidence.range"),
  /** A span's text does not have as many code points as the span covers. */
  EVIDENCE_LENGTH("evidence.length"),
  /** A span ends after the source text. */
  EVIDENCE_OUT_OF_BOUNDS("evidence.out-of-bounds"),
  /** The source text at a span's offsets is not the span's text. */
  EVIDENCE_MISMATCH("evidence.mismatch"),
  /** The words asked for do not stand in the source text. */
  EVIDENCE_NOT_FOUND("evidence.not-found"),
  /** The words asked for stand more than once in the source text; name the occurrence. */
  EVIDENCE_AMBIGUOUS("evidence.ambiguous"),
  /** A direct quote does not stand verbatim in any of its statement's evidence spans. */
  QUOTE_NOT_VERBATIM("quote.not-verbatim"),
  /** A stated count disagrees with what is listed, or is below 1. */
  COUNT_MISMATCH("count.mismatch"),
  /** A date is not in one of the accepted forms, or does not exist. */
  DATE_INVALID("date.invalid"),
  /** A country code is not an ISO 3166-1 alpha-2 code. */
  COUNTRY_UNKNOWN("country.unknown"),
  /** A language tag is ill-formed or names no known language. */
  LANGUAGE_INVALID("language.invalid"),
  /** A unit is not one the library knows. */
  UNIT_UNKNOWN("unit.unknown"),
  /** An amount is not plain decimal notation, is too long, or does not suit its unit. */
  AMOUNT_INVALID("amount.invalid"),
  /** A quantity states nothing, or bounds that contradict each other or its amount. */
  QUANTITY_BOUNDS("quantity.bounds"),
  /** A precision that is not positive, or an amount or bound that is not a multiple of it. */
  QUANTITY_PRECISION("quantity.precision"),
  /** A unit of the wrong kind: a duration not in a unit of time, an equivalent in the same unit. */
  UNIT_KIND("unit.kind"),
  /** A time states nothing, is a point and an interval at once, or ends before it starts. */
  TIME_INVALID("time.invalid"),
  /** A certainty and polarity that are not one of FactBank's eight values. */
  FACTUALITY_INVALID("factuality.invalid"),
  /** A confidence outside 0 to 1. */
  CONFIDENCE_RANGE("confidence.range"),
  /** An inferred path names no value the fact has. */
  INFERRED_PATH("inferred.path"),
  /** References that go round in a circle: a statement reported by itself, a place within itself. */
  REF_CYCLE("ref.cycle"),
  /** More than one participant is the publisher of the item. */
  PUBLISHER_DUPLICATE("publisher.duplicate"),
  /**
   * Not a rule of its own: the last violation of a list that stops at a thousand, which says how
   * many more were found and not listed.
   */
  VIOLATIONS_MORE("violations.more"),
  /** The sheet's provenance names the digest of another text than its source's. */
  DIGEST_MISMATCH("provenance.digest"),
  /** An ordinal is below 1. */
  ORDINAL_RANGE("ordinal.range"),
  /** An address is not an absolute http or https URL. */
  URL_INVALID("url.invalid"),
  /** A JSON document is not well-formed JSON, or not one JSON object. */
  JSON_SYNTAX("json.syntax"),
  /** A JSON document breaks one of the reader's limits. */
  JSON_LIMIT("json.limit"),
  /** A JSON value has the wrong type, such as a number where a string belongs. */
  JSON_TYPE("json.type"),
  /** A JSON value is {@code null}; absent values are left out instead. */
  JSON_NULL("json.null"),
  /** A JSON string is not one of the names its enumeration allows. */
  JSON_ENUM("json.enum"),
  /** A JSON string holds an unpaired surrogate, which is not a character. */
  JSON_STRING("json.string"),
  /** A JSON object has a property the format does not know. */
  JSON_UNKNOWN_PROPERTY("json.unknown-property"),
  /** A JSON object has the same key twice. */
  JSON_DUPLICATE_KEY("json.duplicate-key"),
  /** A JSON document is of a format version this reader does not read. */
  JSON_FORMAT_VERSION("json.format-version");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** {@return the stable id, such as {@code evidence.mismatch}} */
  public String id() {
    return id;
  }

  /** {@return the id} */
  @Override
  public String toString() {
    return id;
  }
}
