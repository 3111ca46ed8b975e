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
 * Something said, as the source renders it: an attribution, after PARC 3.0. Its source is the
 * {@linkplain #speaker() speaker}; its cue the reporting words with their own span ("señaló",
 * "según él", "according to"); its content the {@linkplain #text() text}. The source quotes,
 * reports or narrates it ({@link SpeechMode}); the reporting verb says what the speaker does
 * ({@link SpeechAct}).
 *
 * <pre>{@code
 * Statement invite = Statement.builder()
 *     .id("s-invite")
 *     .speaker("p-umerov")
 *     .speech(SpeechMode.DIRECT)
 *     .act(SpeechAct.SAY)
 *     .cue(source.find("señaló Umerov"))
 *     .text("Invité a las delegaciones a participar activamente ...")
 *     .reportedBy("p-ukrinform")
 *     .addEvidence(source.find("\"Invité a las delegaciones ...\", señaló Umerov"))
 *     .build();
 * }</pre>
 *
 * <p>Attribution chains of any depth: a statement is {@linkplain #reportedBy() reported by} a
 * participant (the outlet, an agency) or by another statement that relays it ("the agency reported
 * that the newspaper said that sources said"), without cycles; {@link FactSheet#sources(String)}
 * reads the chain back. A statement may answer, deny, confirm, repeat, correct, doubt, qualify or
 * summarise another statement or claim, or be part of another statement or said during it
 * ({@link Link}). One act a statement: where one quote thanks, reports and warns, each act is a
 * statement of its own, part of the quote. {@link #text()} is the statement as the source gives it; a direct quote
 * is given without its quotation marks and must stand verbatim in the statement's evidence.
 *
 * <p>In a transcript or an interview, the speaker label that opens a turn ("MR. PRICE:", "Q:") is
 * the statement's {@linkplain #label() label}, shared by every statement of the turn, in place of
 * a cue.
 */
@Value.Immutable
@FactStyle
public abstract class Statement {
  static final Shape<Statement> SHAPE = Shape.entity("statement", "Something said, as the source"
          + " renders it: source, cue and content of an attribution.", Statement.class,
          Statement::builder, Builder::build)
      .required("id", Forms.ID, Statement::id, Builder::id)
      .optional("speaker", Forms.ID, Statement::speaker, Builder::speaker).to(Participant.class)
      .optional("onBehalfOf", Forms.ID, Statement::onBehalfOf, Builder::onBehalfOf).to(Participant.class)
      .required("speech", Scalar.enumeration(SpeechMode.class), Statement::speech, Builder::speech)
      .required("act", Scalar.enumeration(SpeechAct.class), Statement::act, Builder::act)
      .optional("cue", Evidence.SHAPE, Statement::cue, Builder::cue)
      .optional("label", Evidence.SHAPE, Statement::label, Builder::label)
      .required("text", Forms.PASSAGE, Statement::text, Builder::text)
      .optional("language", LanguageTag.FORM, Statement::language, Builder::language)
      .list("translations", Translation.SHAPE, Statement::translations, Builder::addTranslations)
      .list("addressees", Forms.ID, Statement::addressees, Builder::addAddressees).to(Participant.class)
      .list("targets", Forms.ID, Statement::targets, Builder::addTargets)
      .to(Participant.class, Place.class, Meeting.class, Event.class, Statement.class, Claim.class)
      .optional("channel", Forms.TEXT, Statement::channel, Builder::channel)
      .optional("manner", Forms.TEXT, Statement::manner, Builder::manner)
      .list("characterisations", Forms.TEXT, Statement::characterisations, Builder::addCharacterisations)
      .optional("count", Quantity.SHAPE, Statement::count, Builder::count)
      .optional("groundRule", Scalar.enumeration(GroundRule.class), Statement::groundRule, Builder::groundRule)
      .optional("place", Forms.ID, Statement::place, Builder::place).to(Place.class)
      .list("insertions", Evidence.SHAPE, Statement::insertions, Builder::addInsertions)
      .optional("via", Forms.ID, Statement::via, Builder::via).to(Participant.class)
      .optional("time", Time.SHAPE, Statement::time, Builder::time)
      .optional("occasion", Forms.ID, Statement::occasion, Builder::occasion).to(Meeting.class, Event.class)
      .optional("status", Scalar.enumeration(Event.Status.class), Statement::status, Builder::status)
      .optional("reportedBy", Forms.ID, Statement::reportedBy, Builder::reportedBy)
      .to(Participant.class, Statement.class)
      .list("links", Link.SHAPE, Statement::links, Builder::addLinks)
      .list("topics", Topic.SHAPE, Statement::topics, Builder::addTopics)
      .flag("truncated", Statement::truncated, Builder::truncated)
      .nonEmptyList("evidence", Evidence.SHAPE, Statement::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Statement::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Statement::inferred, Builder::addInferred)
      .build();

  Statement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableStatement.builder();
  }

  /**
   * How a statement relates to another statement or to a claim. Immutable and thread-safe.
   *
   * @param relation how it relates
   * @param target the id of the statement or claim it relates to
   */
  public record Link(Relation relation, String target) {
    static final Shape<Link> SHAPE = Shape.value("statementLink", "How a statement relates to another"
            + " statement or a claim, or to a report, event or meeting.", Link.class, v -> new Link(v.get(0), v.get(1)))
        .required("relation", Scalar.enumeration(Relation.class), Link::relation)
        .required("target", Forms.ID, Link::target)
        .to(Statement.class, Claim.class, Participant.class, Event.class, Meeting.class)
        .build();

    /**
     * How a statement relates to another statement or a claim, or to what stands for one: a report
     * (a document participant: "denied the NBC report"), an event or a meeting ("responded to the
     * strike", "confirmed the meeting"). Part of and during relate statements only.
     */
    public enum Relation {
      /** It answers a question: "asked about the report, she said ...". */
      ANSWERS,
      /** It confirms what the other says. */
      CONFIRMS,
      /** It denies what the other says: "the ministry denied the report". */
      DENIES,
      /** It corrects what the other says. */
      CORRECTS,
      /** It says again what the other says. */
      REPEATS,
      /** It agrees with the other. */
      AGREES_WITH,
      /** It disagrees with the other. */
      DISAGREES_WITH,
      /** It casts doubt on the other: "be very sceptical of those officials' statements". */
      DOUBTS,
      /** It qualifies or hedges the other: the caveat "no obstante, ..." after a report's claim. */
      QUALIFIES,
      /** It supports or justifies the other: "En effet, ...", "because ...", "as shown by ...". */
      SUPPORTS,
      /**
       * It details or specifies the other without arguing for it: a quote that spells out the lead's
       * summary, "specifically", "con ese fin".
       */
      ELABORATES,
      /** It says what the other says, by another speaker: "Klain also denied", "echoed". */
      ECHOES,
      /** It responds or reacts to the other: "in response to", "reacting to the clip". */
      RESPONDS_TO,
      /**
       * It summarises or paraphrases the other: the outlet's account of what a spokesperson said,
       * or a statement made on another's behalf.
       */
      SUMMARISES,
      /** It is part of the other: a thanks or a warning within a longer quote. */
      PART_OF,
      /** It was said during the other: "during today's announcement, he reiterated ...". */
      DURING;

      // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
      @JsonValue
      String jackson() {
        return WireNames.of(this);
      }
    }

    /**
     * Creates a link.
     *
     * @param relation how the statement relates
     * @param target the id of the statement or claim, or of a document, event or meeting
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
     * @param relation how the statement relates
     * @param target the id of the statement or claim
     */
    public static Link of(Relation relation, String target) {
      return new Link(relation, target);
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Statement.Link.class);
    }

    @JsonCreator
    static Statement.Link jackson(Object json) {
      throw Unregistered.type(Statement.Link.class);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /**
   * {@return the id of the participant who spoke: the source of the attribution; absent where the
   * text does not say who (a question from the floor, an impersonal "se considera", a quote whose
   * source is cut off)}
   */
  public abstract Optional<String> speaker();

  /**
   * {@return the id of the participant the speaker speaks for, where the text says so: the
   * government of a spokesperson's "we", the president whose "resolve" a secretary reiterates, the
   * Department whose readout "is attributable to" its spokesperson}
   */
  public abstract Optional<String> onBehalfOf();

  /** {@return how the source renders the statement} */
  public abstract SpeechMode speech();

  /** {@return what the speaker does, as the reporting verb says} */
  public abstract SpeechAct act();

  /** {@return the span of the reporting words, as written: "señaló Umerov", "según él", "said"} */
  public abstract Optional<Evidence> cue();

  /**
   * {@return the span of the speaker label that opens a turn of a transcript or an interview, where
   * the statement is one: "SECRETARIO POMPEO:", "Q:", "MR. PRICE:"}
   *
   * <p>One label introduces every statement of its turn, so each of them holds the same span; it
   * stands before the statement's evidence, not inside it, and the statement needs no other cue.
   */
  public abstract Optional<Evidence> label();

  /**
   * {@return whether the statement is cut off in the text the sheet has: the item, or the excerpt
   * kept of it, ends (or breaks off) before the statement does, or the speaker breaks off ("I
   * believe he may have --"); false by default}
   */
  @Value.Default
  public boolean truncated() {
    return false;
  }

  /** {@return the content: the statement as the source gives it} */
  public abstract String text();

  /** {@return the language of the text, where it differs from the source's: a quoted post} */
  public abstract Optional<LanguageTag> language();

  /** {@return the statement in other languages, where the source gives them} */
  public abstract List<Translation> translations();

  /** {@return the ids of the participants it was said to: "told reporters"} */
  public abstract List<String> addressees();

  /** {@return the ids of what it is aimed at: "criticised the newspaper", "thanked the countries"} */
  public abstract List<String> targets();

  /** {@return the channel it went out on, as written, such as {@code Facebook}} */
  public abstract Optional<String> channel();

  /**
   * {@return the id of the participant the statement was made in or through, where the sheet has
   * it: the programme it was said on ("en el programa 'Las razones de Cuba'"), the post or
   * interview (a document), the outlet it was given to}
   */
  public abstract Optional<String> via();

  /** {@return the id of the place where it was said, where the text says: "In Manila Tuesday, Amos said"} */
  public abstract Optional<String> place();

  /**
   * {@return how, or how strongly, it was said or discussed, as written: "at length", "thoroughly",
   * "frankly"; the degree of an attitude, "strongly" of "strongly condemned", "deep" of "expressed
   * deep concern", "grave" of "grave concern"}
   */
  public abstract Optional<String> manner();

  /**
   * {@return how many times the text says it was said, where it reports several as one: "as the
   * secretary has stated multiple times" ({@code words} "multiple times", {@code moreThan} 1),
   * "said twice"; a count}
   */
  public abstract Optional<Quantity> count();

  /**
   * {@return the outlet's characterisations of the statement, as written: "a stunning
   * announcement", "a rare rebuke"}
   */
  public abstract List<String> characterisations();

  /**
   * {@return the terms it was given on, where the text states them: "on the record", "speaking on
   * background"; a briefing's own are its meeting's}
   */
  public abstract Optional<GroundRule> groundRule();

  /**
   * {@return the spans inside a quote's evidence that are the outlet's, not the speaker's: the
   * "[state of health]" and "[Biya]" an editor inserts, an elision "[...]"}
   */
  public abstract List<Evidence> insertions();

  /** {@return when it was said, if the text says: "On 19 March, the minister announced ..."} */
  public abstract Optional<Time> time();

  /** {@return the id of the meeting or event it was made at: a briefing, a summit, a release} */
  public abstract Optional<String> occasion();

  /**
   * {@return whether it was said, where the text does not report it as said: {@code hypothetical}
   * for "if a reporter writes that ...", {@code planned} for "will announce", {@code alleged} for
   * words someone attributes and the text does not take as said, {@code cancelled} for a speech
   * called off; absent for a statement the text reports as made}
   */
  public abstract Optional<Event.Status> status();

  /** {@return the id of the participant (the outlet, an agency) or statement that reports it} */
  public abstract Optional<String> reportedBy();

  /** {@return how it relates to other statements and claims: answers, denies, confirms, ...} */
  public abstract List<Link> links();

  /** {@return what it is about} */
  public abstract List<Topic> topics();

  /** {@return the spans of the source that carry the statement and its attribution; never empty} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code speaker}} */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that channel}
   *
   * @param channel such as {@code Facebook}
   */
  public abstract Statement withChannel(String channel);

  /**
   * {@return a copy reported by that participant or statement}
   *
   * @param reportedBy the id of a participant or statement
   */
  public abstract Statement withReportedBy(String reportedBy);

  /**
   * {@return a copy with those translations}
   *
   * @param translations the statement in other languages
   */
  public abstract Statement withTranslations(Iterable<? extends Translation> translations);

  /**
   * {@return a copy with those spans}
   *
   * @param evidence the spans that carry the statement
   */
  public abstract Statement withEvidence(Iterable<? extends Evidence> evidence);

  /**
   * {@return a copy with that text}
   *
   * @param text the statement as the source gives it
   */
  public abstract Statement withText(String text);

  @Value.Check
  final void check() {
    Check check = new Check("Statement").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    check.confidence(confidence());
    count().ifPresent(count -> check.count(count, "times said", "\"said twice\" is 2 count"));
    if (status().filter(st -> st == Event.Status.HAPPENED).isPresent()) {
      check.add("status", Rule.TIME_INVALID, "a statement the text reports as made has no status: leave"
          + " \"happened\" out (a status says it was not simply said: hypothetical, planned, alleged)");
    }
    cue().filter(cue -> !inEvidence(cue)).ifPresent(cue -> check.add("cue", Rule.EVIDENCE_RANGE, "the cue ["
        + cue.start() + "," + cue.end() + ") stands outside the statement's evidence: the reporting words"
        + " belong to one of its spans"));
    for (int i = 0; i < insertions().size(); i++) {
      Evidence insertion = insertions().get(i);
      if (insertion != null && !inEvidence(insertion)) {
        check.add("insertions[" + i + "]", Rule.EVIDENCE_RANGE, "the insertion [" + insertion.start() + ","
            + insertion.end() + ") stands outside the statement's evidence: an editor's insertion is inside the"
            + " quote");
      }
    }
    label().ifPresent(label -> {
      int first = Integer.MAX_VALUE;
      for (Evidence span : evidence()) {
        first = span == null ? first : Math.min(first, span.start());
      }
      if (!evidence().isEmpty() && label.end() > first) {
        check.add("label", Rule.EVIDENCE_RANGE, "the speaker label [" + label.start() + "," + label.end()
            + ") does not stand before the statement's evidence, which starts at " + first + ": a label"
            + " opens the turn; reporting words inside the statement are its cue");
      }
    });
    if (act() == SpeechAct.OTHER && cue().isEmpty()) {
      check.add("cue", Rule.REQUIRED, "an act of 'other' needs its cue: the reporting words as written");
    }
    check.done();
  }

  /** {@return whether a span lies inside one of the evidence spans, or there are none to compare with} */
  private boolean inEvidence(Evidence part) {
    for (Evidence span : evidence()) {
      if (span != null && span.start() <= part.start() && part.end() <= span.end()) {
        return true;
      }
    }
    return evidence().isEmpty();
  }

  /** {@return the statement in one line: {@code s-invite p-umerov (direct, say): "..."}} */
  @Override
  public final String toString() {
    String quote = text().length() > 60 ? text().substring(0, 57) + "..." : text();
    return id() + " " + speaker().orElse("(unstated)") + " (" + speech().name().toLowerCase(java.util.Locale.ROOT) + ", "
        + act().name().toLowerCase(java.util.Locale.ROOT) + "): \"" + quote + "\"";
  }

  /** Builds a {@link Statement}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id such as {@code s-invite}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets who spoke; leave it unset only where the text does not say who.
     *
     * @param speaker the id of a participant
     * @return this builder
     */
    Builder speaker(String speaker);

    /**
     * Sets whom the speaker speaks for, where the text says so.
     *
     * @param participant the id of a participant: the government of a spokesperson's "we"
     * @return this builder
     */
    Builder onBehalfOf(String participant);

    /**
     * Sets how the source renders the statement; required.
     *
     * @param speech direct, indirect, mixed or narration
     * @return this builder
     */
    Builder speech(SpeechMode speech);

    /**
     * Sets what the speaker does; required.
     *
     * @param act such as {@link SpeechAct#DENY}; {@link SpeechAct#OTHER} needs a cue
     * @return this builder
     */
    Builder act(SpeechAct act);

    /**
     * Sets the span of the reporting words.
     *
     * @param cue such as {@code source.find("señaló Umerov")}
     * @return this builder
     */
    Builder cue(Evidence cue);

    /**
     * Sets the span of the transcript's speaker label that opens the statement's turn.
     *
     * @param label such as {@code source.find("SECRETARIO POMPEO:")}; every statement of the turn
     *     holds the same span
     * @return this builder
     */
    Builder label(Evidence label);

    /**
     * Sets whether the statement is cut off in the text the sheet has.
     *
     * @param truncated true where the text ends or breaks off before the statement does; false by
     *     default
     * @return this builder
     */
    Builder truncated(boolean truncated);

    /**
     * Sets the content, as the source gives it; required.
     *
     * @param text a direct quote without its quotation marks, or the reported words
     * @return this builder
     */
    Builder text(String text);

    /**
     * Sets the language of the text where it differs from the source's.
     *
     * @param language such as {@code LanguageTag.of("uk")}
     * @return this builder
     */
    Builder language(LanguageTag language);

    /**
     * Adds the statement in another language, as the source gives it.
     *
     * @param translation such as {@code Translation.of(LanguageTag.of("uk"), "...")}
     * @return this builder
     */
    Builder addTranslations(Translation translation);

    /**
     * Adds a participant it was said to.
     *
     * @param participant the id of a participant: "told reporters"
     * @return this builder
     */
    Builder addAddressees(String participant);

    /**
     * Adds what it is aimed at.
     *
     * @param entity the id of a participant, place, meeting, statement or claim
     * @return this builder
     */
    Builder addTargets(String entity);

    /**
     * Sets the channel it went out on.
     *
     * @param channel as written, such as {@code Facebook}
     * @return this builder
     */
    Builder channel(String channel);

    /**
     * Sets the participant the statement was made in or through.
     *
     * @param participant the id of a programme, document or outlet of the sheet
     * @return this builder
     */
    Builder via(String participant);

    /**
     * Sets how, or how strongly, it was said or discussed, as written.
     *
     * @param manner such as "at length", "thoroughly", or "deep" of "expressed deep concern"
     * @return this builder
     */
    Builder manner(String manner);

    /**
     * Sets how many times it was said, where the text reports several as one.
     *
     * @param count a count: {@code Quantity.of(2, Unit.COUNT)} for "said twice"
     * @return this builder
     */
    Builder count(Quantity count);

    /**
     * Adds the outlet's characterisation of the statement, as written.
     *
     * @param characterisation such as "stunning"
     * @return this builder
     */
    Builder addCharacterisations(String characterisation);

    /**
     * Sets the terms it was given on, where the text states them.
     *
     * @param groundRule such as {@link GroundRule#BACKGROUND} for "speaking on background"
     * @return this builder
     */
    Builder groundRule(GroundRule groundRule);

    /**
     * Sets the place where it was said.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder place(String place);

    /**
     * Adds a span inside the quote's evidence that the outlet inserted.
     *
     * @param insertion such as {@code source.find("[Biya]")}
     * @return this builder
     */
    Builder addInsertions(Evidence insertion);

    /**
     * Sets when it was said.
     *
     * @param time such as {@code Time.at(PartialDate.parse("--03-19"))}
     * @return this builder
     */
    Builder time(Time time);

    /**
     * Sets the meeting it was made at.
     *
     * @param meeting the id of a meeting
     * @return this builder
     */
    Builder occasion(String meeting);

    /**
     * Sets whether it was said, where the text does not report it as said.
     *
     * @param status {@code Event.Status.HYPOTHETICAL} for "if a reporter writes ...",
     *     {@code PLANNED} for "will announce"
     * @return this builder
     */
    Builder status(Event.Status status);

    /**
     * Sets who or what reports it.
     *
     * @param participantOrStatement the id of a participant (the outlet, an agency) or of the
     *     statement that relays it
     * @return this builder
     */
    Builder reportedBy(String participantOrStatement);

    /**
     * Adds how it relates to another statement or claim.
     *
     * @param link such as {@code Link.of(Link.Relation.DENIES, "c-report")}
     * @return this builder
     */
    Builder addLinks(Link link);

    /**
     * Adds what it is about.
     *
     * @param topic a topic, with its spans
     * @return this builder
     */
    Builder addTopics(Topic topic);

    /**
     * Adds a span that carries the statement or its attribution.
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
     * @param path such as {@code speaker}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a statement.
     *
     * @param statement a statement
     * @return this builder
     */
    Builder from(Statement statement);

    /**
     * Builds the statement.
     *
     * @return the statement
     * @throws ValidationException with every violation, if it would be invalid
     */
    Statement build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Statement.class);
  }

  @JsonCreator
  static Statement jackson(Object json) {
    throw Unregistered.type(Statement.class);
  }
}
