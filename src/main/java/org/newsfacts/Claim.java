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
 * A claim a statement makes or a meeting resolved: its subject, its predicate as worded, its value
 * and further arguments, what kind of content it is, and how its source presents it
 * ({@link Factuality}, FactBank's certainty times polarity), according to its holder and, where
 * the text says, according to others.
 *
 * <pre>{@code
 * Claim capabilities = Claim.builder()
 *     .id("c-capabilities")
 *     .holder("s-capabilities")                 // the statement that makes it
 *     .subject(Term.text("las capacidades de la industria de defensa ucraniana"))
 *     .predicate("pueden alcanzar")
 *     .value(Term.quantity(Quantity.of("35000000000", Unit.currency("USD"))))
 *     .time(Time.at(PartialDate.ofYear(2025)))
 *     .factuality(Factuality.of(Certainty.POSSIBLE, Polarity.POSITIVE, source.find("pueden")))
 *     .addEvidence(source.find("pueden alcanzar los 35 mil millones de dólares"))
 *     .build();
 * }</pre>
 *
 * <p>A claim's further arguments get places of their own instead of being squeezed into the
 * predicate ({@link Argument}: recipient, target, condition, purpose, reason, place, time). A claim
 * may be about another claim ("that report is false": its subject is the other claim), without
 * cycles.
 */
@Value.Immutable
@FactStyle
public abstract class Claim {
  static final Shape<Claim> SHAPE = Shape.entity("claim", "A claim a statement makes or a meeting"
          + " resolved.", Claim.class, Claim::builder, Builder::build)
      .required("id", Forms.ID, Claim::id, Builder::id)
      .required("holder", Forms.ID, Claim::holder, Builder::holder)
      .to(Statement.class, Meeting.class, Event.class, Participant.class)
      .required("subject", TermForm.TERM, Claim::subject, Builder::subject)
      .optional("predicate", Forms.TEXT, Claim::predicate, Builder::predicate)
      .optional("value", TermForm.TERM, Claim::value, Builder::value)
      .list("arguments", Argument.SHAPE, Claim::arguments, Builder::addArguments)
      .defaulted("kind", Scalar.enumeration(Kind.class), Claim::kind, Builder::kind)
      .defaulted("factuality", Factuality.SHAPE, Claim::factuality, Builder::factuality)
      .list("assessments", Assessment.SHAPE, Claim::assessments, Builder::addAssessments)
      .optional("time", Time.SHAPE, Claim::time, Builder::time)
      .flag("truncated", Claim::truncated, Builder::truncated)
      .list("basedOn", Forms.ID, Claim::basedOn, Builder::addBasedOn)
      .to(Participant.class, Event.class, Meeting.class, Statement.class)
      .optional("updates", Forms.ID, Claim::updates, Builder::updates).to(Claim.class)
      .nonEmptyList("evidence", Evidence.SHAPE, Claim::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Claim::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Claim::inferred, Builder::addInferred)
      .build();

  Claim() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableClaim.builder();
  }

  /** What kind of content a claim is, apart from how certain its source is of it. */
  public enum Kind {
    /** Something stated as being so, or not: "son importantes", "pueden alcanzar". */
    ASSERTION,
    /** What someone intends or is ready to do: "está dispuesta a", "will". */
    INTENTION,
    /** What is asked or demanded of someone: "invitó a", "llamó a", "demanded". */
    REQUEST,
    /** What must or should be: "must", "debe", "es necesario". */
    OBLIGATION,
    /** An aim: "aims to", "con el objetivo de". */
    GOAL,
    /** What will be: "is expected to", "prevé". */
    PREDICTION,
    /** What is asked: "asked whether". */
    QUESTION,
    /** What was decided: "voted unanimously to keep the rate at 1.55 percent", "decidió". */
    DECISION,
    /**
     * What was arranged or scheduled, happened or not: "was supposed to process", "was to
     * distribute", "is scheduled to"; with a negative polarity where the text says it fell through.
     */
    PLAN,
    /**
     * What the words take for granted rather than assert: the aggression of "any further Russian
     * aggression", the defence of "the successful defense".
     */
    PRESUPPOSITION,
    /**
     * What holds in general or by definition, not of one case: "a hydrologic drought occurs when
     * …", "symptoms often do not materialize until days after an injury".
     */
    GENERIC,
    /**
     * What is only supposed, the "if" of a condition: "if Russia continues to fail to take these
     * steps", "should talks collapse"; the claim it conditions names it as its {@code condition}
     * argument.
     */
    HYPOTHESIS,
    /**
     * An attitude held toward something: "shared concern about the escalation", "regret",
     * "satisfaction with"; the attitude is the predicate ("concern"), what it is about an argument.
     */
    ATTITUDE;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * A further argument of a claim: who receives, what is aimed at, on what condition, for what
   * purpose or reason, where, when. Immutable and thread-safe.
   *
   * @param kind what the argument is
   * @param value the argument: words, an entity of the sheet, a quantity, a time or a change
   */
  public record Argument(Kind kind, Term value) {
    static final Shape<Argument> SHAPE = Shape.value("argument", "A further argument of a claim.",
            Argument.class, v -> new Argument(v.get(0), v.get(1)))
        .required("kind", Scalar.enumeration(Kind.class), Argument::kind)
        .required("value", TermForm.TERM, Argument::value)
        .build();

    /** What an argument is. */
    public enum Kind {
      /** Who receives: "aid to Ukraine". */
      RECIPIENT,
      /** What is aimed at: "sanctions against the bank". */
      TARGET,
      /** Who benefits: "for the displaced". */
      BENEFICIARY,
      /** On what condition: "if demand is strong", "si". */
      CONDITION,
      /** For what purpose: "to rebuild the grid", "para". */
      PURPOSE,
      /** For what reason: "because of the shutdown", "debido a". */
      REASON,
      /** Where: "in Kyiv". */
      PLACE,
      /** When, apart from the time the claim concerns: "by the end of the year". */
      TIME,
      /** How: "by rail", "de forma gradual". */
      MANNER,
      /** Who does it, where the predicate is passive: "to be processed by JPMorgan", "por el banco". */
      AGENT,
      /**
       * With whom or what: "surrounded by servicemen", "accompanied by his wife", "junto con", "in
       * consultation with the Secretary of the Treasury", "transactions with Rosoboronexport".
       */
      COMPANION,
      /** One of the choices offered: "between A or B, or C"; one argument per choice. */
      ALTERNATIVE,
      /** What is left out or adjusted for: "excluding food and energy", "after adjusting for the strike". */
      EXCLUDING,
      /** What is counted in: "including the $368 million announced today", "incluidos". */
      INCLUDING,
      /**
       * For which category of a breakdown: "Construction" in a table by industry, "adult men",
       * "in the Northeast"; the series stays the subject.
       */
      CATEGORY,
      /** Where to: "headed to the Philippines", "hacia Kyiv". */
      DESTINATION,
      /** Which way, where no place is reached: "continue moving southward", "rumbo al norte". */
      DIRECTION,
      /**
       * Within what framework, or in accordance with what: "under the auspices of the OSCE Minsk
       * Group Co-Chairs", "in accordance with their commitments", "pursuant to resolution 2254".
       */
      FRAMEWORK,
      /** Where or whom from: "from Manila", "desde", "de la Fundación Interamericana" (a funder). */
      ORIGIN,
      /** Through whom or what: "$216 million through USAID", "a través de", "via the UN". */
      THROUGH,
      /** In exchange for what: "in exchange for billions of dollars", "swap four Iranians for four Americans". */
      EXCHANGE,
      /** In what capacity or under what name: "como el 'agente Daniel'", "as chair", "en calidad de". */
      CAPACITY,
      /** While what, or as what goes on: "as the efforts continue", "a medida que", "while". */
      CIRCUMSTANCE,
      /**
       * In contrast to what, or despite what: "not X but Y", "unlike last year", "although demand
       * fell", "wherever he might be", "regardless of"; the other claim by its id where the sheet
       * has it.
       */
      CONTRAST,
      /** With what: "with drones". */
      INSTRUMENT,
      /**
       * Compared with what, where the text compares without a change over time: "relatively low
       * compared to other major natural disasters", "millions more than the 8 million", "higher
       * than elsewhere"; the other claim or figure by its id where the sheet has it.
       */
      COMPARISON,
      /**
       * What is given, provided, sent or done, item by item where the text lists several:
       * "emergency food, shelter, safe drinking water … and other urgent relief" is one argument per
       * item, the open end ("and other urgent relief") an item with its words; the claim's value may
       * then stay empty.
       */
      THEME,
      /** What it concerns: "involves a third country in the health incidents", "on trade". */
      ABOUT,
      /** What it leads to or would lead to: "not conclusive enough for the US to blame Moscow". */
      RESULT,
      /**
       * What it is a part or component of: "the main components of euro area inflation", a claim
       * of the aggregate.
       */
      PART_OF;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates an argument.
     *
     * @param kind what the argument is
     * @param value the argument
     * @throws ValidationException if either is missing
     */
    public Argument {
      Check check = new Check("Argument");
      check.required("kind", kind);
      check.required("value", value);
      check.done();
    }

    /**
     * {@return an argument}
     *
     * @param kind what the argument is
     * @param value the argument
     */
    public static Argument of(Kind kind, Term value) {
      return new Argument(kind, value);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Claim.Argument.class);
    }

    @JsonCreator
    static Claim.Argument jackson(Object json) {
      throw Unregistered.type(Claim.Argument.class);
    }
  }

  /**
   * How a source other than the holder presents the claim, where the text says: "the ministry
   * denied it" is the ministry's {@code CT-} on a claim its holder states as {@code CT+}. Immutable
   * and thread-safe.
   *
   * @param by the id of the participant whose view this is
   * @param factuality how that participant presents the claim
   */
  public record Assessment(String by, Factuality factuality) {
    static final Shape<Assessment> SHAPE = Shape.value("assessment", "How another source presents the"
            + " claim.", Assessment.class, v -> new Assessment(v.get(0), v.get(1)))
        .required("by", Forms.ID, Assessment::by).to(Participant.class)
        .required("factuality", Factuality.SHAPE, Assessment::factuality)
        .build();

    /**
     * Creates an assessment.
     *
     * @param by the id of a participant
     * @param factuality how it presents the claim
     * @throws ValidationException if the id is not an id or the factuality is missing
     */
    public Assessment {
      Check check = new Check("Assessment");
      check.id("by", by);
      check.required("factuality", factuality);
      check.done();
    }

    /**
     * {@return an assessment}
     *
     * @param by the id of a participant
     * @param factuality how it presents the claim
     */
    public static Assessment of(String by, Factuality factuality) {
      return new Assessment(by, factuality);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Claim.Assessment.class);
    }

    @JsonCreator
    static Claim.Assessment jackson(Object json) {
      throw Unregistered.type(Claim.Assessment.class);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /**
   * {@return the id of the statement that makes the claim, or of the meeting or event (a vote) that
   * resolved it, or of the participant whose belief, expectation or concern the text reports
   * without a speech act ("the market expects WTI to range from $32 to $73", "concerns about
   * emerging markets", "suspected by the agencies": FactBank's source)}
   */
  public abstract String holder();

  /** {@return what the claim is about} */
  public abstract Term subject();

  /**
   * {@return what is said of the subject, as worded, such as {@code pueden alcanzar}; absent where
   * the text has no words for it: a table row "Deficit: $55.2 Billion", a figure in brackets}
   */
  public abstract Optional<String> predicate();

  /** {@return the object of the predicate, where it has one} */
  public abstract Optional<Term> value();

  /** {@return its further arguments: recipient, target, condition, purpose, reason, place, time} */
  public abstract List<Argument> arguments();

  /** {@return what kind of content it is; {@link Kind#ASSERTION} unless set} */
  @Value.Default
  public Kind kind() {
    return Kind.ASSERTION;
  }

  /** {@return how its holder presents it; {@link Factuality#FACT} ({@code CT+}) unless set} */
  @Value.Default
  public Factuality factuality() {
    return Factuality.FACT;
  }

  /** {@return how other sources present it, where the text says} */
  public abstract List<Assessment> assessments();

  /** {@return the time the claim concerns, as precise as the text says} */
  public abstract Optional<Time> time();

  /**
   * {@return whether the claim is cut off in the text the sheet has, as its statement is: "to, one,
   * demonstrate that we have a compreh"; false by default}
   */
  @Value.Default
  public boolean truncated() {
    return false;
  }

  /**
   * {@return the ids of the documents, surveys, datasets or organisations the text says the claim's
   * figures come from: "Source: U.S. Census Bureau, Advance Monthly Retail Trade Survey", "Source:
   * UN" (W3C PROV's {@code wasDerivedFrom}), or the event, meeting or statement it rests on:
   * "decisions based on those reports", "según lo acordado en la reunión"; who says it stays the
   * holder's speaker}
   */
  public abstract List<String> basedOn();

  /**
   * {@return the id of the earlier claim this one brings up to date, where the text gives both: the
   * officials' "more than 500" injured on Thursday updates the 446 an official gave on Wednesday;
   * a publisher revising its own figure is the figure's {@code revisedFrom}}
   */
  public abstract Optional<String> updates();

  /** {@return the spans of the source that carry the claim; never empty} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code value.quantity.unit}} */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that value}
   *
   * @param value the object of the predicate
   */
  public abstract Claim withValue(Term value);

  /**
   * {@return a copy with that factuality}
   *
   * @param factuality how its holder presents it
   */
  public abstract Claim withFactuality(Factuality factuality);

  /**
   * {@return a copy with that holder}
   *
   * @param holder the id of a statement or meeting
   */
  public abstract Claim withHolder(String holder);

  /**
   * {@return a copy with those spans}
   *
   * @param evidence the spans that carry the claim
   */
  public abstract Claim withEvidence(Iterable<? extends Evidence> evidence);

  @Value.Check
  final void check() {
    Check check = new Check("Claim").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    check.confidence(confidence());
    check.done();
  }

  /** {@return the claim in one line: {@code c-capabilities [PS+] subject pueden alcanzar value}} */
  @Override
  public final String toString() {
    return id() + " [" + factuality() + (kind() == Kind.ASSERTION ? "" : ", "
        + kind().name().toLowerCase(java.util.Locale.ROOT)) + "] " + subject() + predicate().map(p -> " " + p).orElse("")
        + value().map(v -> " " + v).orElse("");
  }

  /** Builds a {@link Claim}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id such as {@code c-capabilities}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets who holds the claim; required.
     *
     * @param holder the id of the statement that makes it, or of the meeting or event (a vote) that
     *     resolved it, or of the participant whose belief or expectation the text reports without a
     *     speech act
     * @return this builder
     */
    Builder holder(String holder);

    /**
     * Sets what the claim is about; required.
     *
     * @param subject words, an entity (another claim too), a quantity, a time or a change
     * @return this builder
     */
    Builder subject(Term subject);

    /**
     * Sets what is said of the subject, as worded; leave it unset where the text has no words for it.
     *
     * @param predicate such as "pueden alcanzar"
     * @return this builder
     */
    Builder predicate(String predicate);

    /**
     * Sets the object of the predicate.
     *
     * @param value words, an entity, a quantity, a time or a change
     * @return this builder
     */
    Builder value(Term value);

    /**
     * Adds a further argument.
     *
     * @param argument such as {@code Argument.of(Argument.Kind.CONDITION, Term.text("si ..."))}
     * @return this builder
     */
    Builder addArguments(Argument argument);

    /**
     * Sets what kind of content it is.
     *
     * @param kind assertion by default
     * @return this builder
     */
    Builder kind(Kind kind);

    /**
     * Sets how its holder presents it.
     *
     * @param factuality {@link Factuality#FACT} by default
     * @return this builder
     */
    Builder factuality(Factuality factuality);

    /**
     * Adds how another source presents it.
     *
     * @param assessment such as {@code Assessment.of("p-ministry", Factuality.of(CERTAIN, NEGATIVE))}
     * @return this builder
     */
    Builder addAssessments(Assessment assessment);

    /**
     * Sets the time the claim concerns.
     *
     * @param time such as {@code Time.at(PartialDate.ofYear(2025))}
     * @return this builder
     */
    Builder time(Time time);

    /**
     * Sets whether the claim is cut off in the text the sheet has.
     *
     * @param truncated true where the text ends or breaks off before the claim does; false by
     *     default
     * @return this builder
     */
    Builder truncated(boolean truncated);

    /**
     * Adds a document, survey or dataset the text says the claim's figures come from, or an event,
     * meeting or statement the text says it rests on.
     *
     * @param id the id of a participant, usually a {@link Participant.Kind#DOCUMENT} or
     *     {@link Participant.Kind#PROGRAMME}; or of an event, meeting or statement: the reports
     *     of "decisions based on those reports"
     * @return this builder
     */
    Builder addBasedOn(String id);

    /**
     * Sets the earlier claim this one brings up to date.
     *
     * @param claim the id of a claim of the sheet, such as {@code c-injured-wednesday}
     * @return this builder
     */
    Builder updates(String claim);

    /**
     * Adds a span that carries the claim.
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
     * @param path such as {@code value.quantity.unit}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a claim.
     *
     * @param claim a claim
     * @return this builder
     */
    Builder from(Claim claim);

    /**
     * Builds the claim.
     *
     * @return the claim
     * @throws ValidationException with every violation, if it would be invalid
     */
    Claim build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Claim.class);
  }

  @JsonCreator
  static Claim jackson(Object json) {
    throw Unregistered.type(Claim.class);
  }
}
