package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * Someone the article names or describes: a person, an organisation, a country (present through
 * its delegation) or a group, under the name the text uses; or an unnamed source, by the
 * description the text gives.
 *
 * <pre>{@code
 * Participant umerov = Participant.builder()
 *     .id("p-umerov")
 *     .kind(Participant.Kind.PERSON)
 *     .name("Umerov")                       // no first name: the text gives none
 *     .addRoles(Role.of("ministro de Defensa"))
 *     .addEvidence(source.find("Umerov", 1))
 *     .build();
 * Participant sources = Participant.builder()
 *     .id("p-sources").kind(Participant.Kind.GROUP)
 *     .unnamed(true)
 *     .description("sources familiar with the talks")
 *     .anonymity("because they were not authorised to speak publicly")
 *     .addEvidence(source.find("sources familiar with the talks"))
 *     .build();
 * }</pre>
 *
 * <p>A participant has a name, or a description where the text names none (a map, "37 research
 * groups"); an {@linkplain #unnamed() unnamed} source, whose anonymity is the point, has a
 * description. The outlet's characterisations ("the veteran diplomat") are kept apart from titles
 * and roles. A group may list its {@link #members()} and may record the number the text states
 * ({@link #statedCount()}, the "9" of "9 países"); when it does both, they must agree. The
 * {@linkplain #publisher() publisher} of the item may narrate and report without being named in
 * the body: it alone may have no evidence. A participant may be {@linkplain #partOf() part of}
 * another (a division of a network, staff of a ministry, "son armée" of a person, "four of the
 * 37 projects" of the group of 37) and {@linkplain #locatedIn() based} in places of the sheet. A
 * {@linkplain Kind#DOCUMENT document} (a report, an article, a video) may speak and be spoken of
 * like anyone else. How the text relates it to another participant, where that is no role ("who
 * works closely with General Petraeus", "a longtime ally of"), is one of its {@linkplain
 * #relations() relations}.
 */
@Value.Immutable
@FactStyle
public abstract class Participant {
  static final Shape<Participant> SHAPE = Shape.entity("participant", "Someone the article names or"
          + " describes, or an unnamed source.", Participant.class, Participant::builder, Builder::build)
      .required("id", Forms.ID, Participant::id, Builder::id)
      .required("kind", Scalar.enumeration(Kind.class), Participant::kind, Builder::kind)
      .optional("name", Forms.TEXT, Participant::name, Builder::name)
      .list("aliases", Forms.TEXT, Participant::aliases, Builder::addAliases)
      .flag("unnamed", Participant::unnamed, Builder::unnamed)
      .optional("description", Forms.TEXT, Participant::description, Builder::description)
      .optional("anonymity", Forms.TEXT, Participant::anonymity, Builder::anonymity)
      .list("roles", Role.SHAPE, Participant::roles, Builder::addRoles)
      .list("characterisations", Forms.TEXT, Participant::characterisations, Builder::addCharacterisations)
      .list("relations", Relation.SHAPE, Participant::relations, Builder::addRelations)
      .optional("country", CountryCode.FORM, Participant::country, Builder::country)
      .optional("url", Source.URL, Participant::url, Builder::url)
      .list("authors", Forms.ID, Participant::authors, Builder::addAuthors).to(Participant.class)
      .list("addressees", Forms.ID, Participant::addressees, Builder::addAddressees).to(Participant.class)
      .optional("date", Time.SHAPE, Participant::date, Builder::date)
      .list("topics", Topic.SHAPE, Participant::topics, Builder::addTopics)
      .list("members", Forms.ID, Participant::members, Builder::addMembers).to(Participant.class)
      .list("partOf", Forms.ID, Participant::partOf, Builder::addPartOf).to(Participant.class)
      .list("locatedIn", Forms.ID, Participant::locatedIn, Builder::addLocatedIn).to(Place.class)
      .optional("statedCount", Scalar.integerWithin(0, Integer.MAX_VALUE, "minimum", 1, "maximum",
          Integer.MAX_VALUE), p -> p.statedCount().isPresent() ? Optional.of(p.statedCount().getAsInt())
          : Optional.empty(), Builder::statedCount)
      .optional("size", Quantity.SHAPE, Participant::size, Builder::size)
      .list("externalIds", ExternalId.SHAPE, Participant::externalIds, Builder::addExternalIds)
      .flag("publisher", Participant::publisher, Builder::publisher)
      .list("evidence", Evidence.SHAPE, Participant::evidence, Builder::addEvidence)
      .optional("confidence", Forms.CONFIDENCE, Participant::confidence, Builder::confidence)
      .list("inferred", Forms.PATH, Participant::inferred, Builder::addInferred)
      .build();

  Participant() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * How the text relates a participant to another where that is no role it holds: "who works
   * closely with General Petraeus", "a longtime ally of the president", "her brother" (a role such as
   * "his counterpart" is a {@link Role} relative to the other). Immutable and thread-safe.
   *
   * <pre>{@code
   * Participant.Relation.of("works closely with", "p-petraeus")
   * }</pre>
   *
   * @param words the relation as written, such as "works closely with"
   * @param to the id of the participant it relates to
   */
  public record Relation(String words, String to) {
    static final Shape<Relation> SHAPE = Shape.value("relation", "How the text relates a participant to"
            + " another, as written, where that is no role.", Relation.class, v -> new Relation(v.get(0), v.get(1)))
        .required("words", Forms.TEXT, Relation::words)
        .required("to", Forms.ID, Relation::to).to(Participant.class)
        .build();

    /**
     * Creates a relation.
     *
     * @param words the relation as written
     * @param to the id of the participant it relates to
     * @throws ValidationException if the words are blank or {@code to} is not an id
     */
    public Relation {
      Check check = new Check("Relation");
      check.text("words", words);
      check.id("to", to);
      check.done();
    }

    /**
     * {@return a relation}
     *
     * @param words the relation as written, such as "works closely with"
     * @param to the id of the participant it relates to
     * @throws ValidationException if the words are blank or {@code to} is not an id
     */
    public static Relation of(String words, String to) {
      return new Relation(words, to);
    }

    /** {@return the relation in one line: {@code works closely with p-petraeus}} */
    @Override
    public String toString() {
      return words + " " + to;
    }

    // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
    @JsonValue
    Object jackson() {
      throw Unregistered.type(Participant.Relation.class);
    }

    @JsonCreator
    static Participant.Relation jackson(Object json) {
      throw Unregistered.type(Participant.Relation.class);
    }
  }

  /** What kind of participant this is. */
  public enum Kind {
    /** A person. */
    PERSON,
    /** An organisation: a ministry, an agency, a company, a news outlet. */
    ORGANISATION,
    /** A country, present through its delegation or government. */
    COUNTRY,
    /** Several participants named or described together ("los países del Sudeste de Europa"). */
    GROUP,
    /**
     * A report, article, study, letter, post or video, as a source of statements or their target:
     * "the report said", "NBC's article", "una andanada de informaciones".
     */
    DOCUMENT,
    /**
     * A programme, scheme, fund, plan or survey that facts are about or figures come from:
     * "Horizon 2020", "the Synergy Grants", "the Advance Monthly Retail Trade Survey".
     */
    PROGRAMME,
    /** A forum, dialogue or format that meets again and again: "the Trilateral Strategic Dialogue", "the Ramstein format". */
    FORUM,
    /**
     * A statistical series, index or indicator that figures are given for: "the Consumer Price
     * Index for All Urban Consumers (CPI-U)", "the unemployment rate", "housing starts".
     */
    SERIES,
    /**
     * An object the facts are about that is none of the above: a drone, a map, a vessel, a
     * vaccine.
     */
    THING,
    /** What the text does not say: "a source", "an informant". */
    UNKNOWN;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** {@return the id, unique within the sheet} */
  public abstract String id();

  /** {@return what kind of participant this is} */
  public abstract Kind kind();

  /** {@return the name as written, such as {@code Umerov}; absent for an unnamed source} */
  public abstract Optional<String> name();

  /**
   * {@return the other names the text gives it, as written: a full or short form ("Thomson
   * Reuters", "CPI-U", "MS. WHITE"), a misspelling ("Thompson Reuters"), a code name ("agente
   * Daniel")}
   */
  public abstract List<String> aliases();

  /** {@return whether the text does not name the participant: an unnamed source} */
  @Value.Default
  public boolean unnamed() {
    return false;
  }

  /**
   * {@return how the text describes a participant it does not name: "sources familiar with the
   * talks", "a senior official"}
   */
  public abstract Optional<String> description();

  /**
   * {@return the condition or reason the text gives for not naming the source, as written: "spoke on
   * condition of anonymity", "not authorised to speak"}
   */
  public abstract Optional<String> anonymity();

  /** {@return the roles the text gives, such as {@code ministro de Defensa}} */
  public abstract List<Role> roles();

  /**
   * {@return the outlet's characterisations, epithets and honorifics, as written: "the veteran
   * diplomat", "hardline", "His Majesty"}
   *
   * <p>Only the outlet's: a speaker's epithet ("el mapa infantil" in a minister's answer) is
   * something the speaker says, a {@link Claim} of the statement that holds it.
   */
  public abstract List<String> characterisations();

  /**
   * {@return how the text relates it to other participants where that is no role: "who works closely
   * with General Petraeus"}
   */
  public abstract List<Relation> relations();

  /** {@return the country this participant is or belongs to, if known} */
  public abstract Optional<CountryCode> country();

  /**
   * {@return where it is published, where the text gives the address: the Kremlin's readout that a
   * page reposts beside another, "Source: kremlin.ru/..."}
   */
  public abstract Optional<java.net.URI> url();

  /** {@return for a document, the ids of who wrote or issued it: Obama for "Obama's letter"} */
  public abstract List<String> authors();

  /** {@return for a document, the ids of whom it is addressed to: Putin for "his letter to Putin"} */
  public abstract List<String> addressees();

  /** {@return for a document, when it was issued, as the text gives it: "the September 19, 2005 Joint Statement"} */
  public abstract Optional<Time> date();

  /** {@return for a document, what it is about: "resolution … on the destruction of Syria's chemical weapons"} */
  public abstract List<Topic> topics();

  /** {@return for a group, the ids of the participants it consists of, as far as the text lists them} */
  public abstract List<String> members();

  /**
   * {@return the ids of the participants it is part of, works for or belongs to, as the text
   * states: the news division of a network, employees of a ministry, a person's army; for a group
   * that is part of another, the larger group ("four of the projects": a group with the stated
   * count 4, part of the group of 37 projects)}
   */
  public abstract List<String> partOf();

  /**
   * {@return the ids of the places the text says it is based in: "diplomats based in Cuba and
   * China"; for a series, the area it covers: "U.S. import prices"}
   */
  public abstract List<String> locatedIn();

  /** {@return for a group, the number of members the text states, if it states one} */
  public abstract OptionalInt statedCount();

  /**
   * {@return for a group, its size where the text gives it vaguely or with bounds, not as one whole
   * number: "a number of service members" ({@code words}, unit {@code count}), "more than 100
   * people", "the vast majority of those who received initial exams" (a share in {@code percent}
   * of the group it is part of, with its words)}
   */
  public abstract Optional<Quantity> size();

  /** {@return identifiers in other systems} */
  public abstract List<ExternalId> externalIds();

  /** {@return whether this is the outlet that published the item, which needs no evidence in the body} */
  @Value.Default
  public boolean publisher() {
    return false;
  }

  /** {@return the spans of the source that name or describe this participant; none only for the publisher} */
  public abstract List<Evidence> evidence();

  /** {@return how sure whoever made the sheet is of this fact, from 0 to 1, if they say} */
  public abstract Optional<BigDecimal> confidence();

  /** {@return the paths of the values that are inferred rather than stated, such as {@code country}} */
  public abstract List<String> inferred();

  /**
   * {@return a copy with that id}
   *
   * @param id the id
   */
  public abstract Participant withId(String id);

  /**
   * {@return a copy with that name}
   *
   * @param name the name as written
   */
  public abstract Participant withName(String name);

  /**
   * {@return a copy with that country}
   *
   * @param country the country it is or belongs to
   */
  public abstract Participant withCountry(CountryCode country);

  /**
   * {@return a copy with those roles}
   *
   * @param roles the roles
   */
  public abstract Participant withRoles(Iterable<? extends Role> roles);

  /**
   * {@return a copy with those spans}
   *
   * @param evidence the spans that name the participant
   */
  public abstract Participant withEvidence(Iterable<? extends Evidence> evidence);

  /**
   * {@return a copy with that confidence}
   *
   * @param confidence from 0 to 1
   */
  public abstract Participant withConfidence(BigDecimal confidence);

  /** {@return the name, or the description of an unnamed participant} */
  public final String label() {
    return name().or(this::description).orElse(id());
  }

  @Value.Check
  final void check() {
    Check check = new Check("Participant").properties(SHAPE, this).inferred(SHAPE, this, inferred());
    check.confidence(confidence());
    boolean documents = kind() == Kind.DOCUMENT || kind() == Kind.GROUP;
    if (kind() != null && !documents && !(authors().isEmpty() && addressees().isEmpty() && date().isEmpty()
        && topics().isEmpty())) {
      check.add(!authors().isEmpty() ? "authors" : !addressees().isEmpty() ? "addressees"
          : date().isPresent() ? "date" : "topics", Rule.REF_KIND, "only a document (or a group of"
          + " documents) has authors, addressees, a date and topics; a " + WireNames.of(kind())
          + " speaks through statements");
    }
    Source.web(check, "url", url());
    if (unnamed()) {
      if (description().isEmpty()) {
        check.add("description", Rule.REQUIRED, "an unnamed participant has the description the text"
            + " gives, such as \"sources familiar with the talks\"");
      }
      if (name().isPresent()) {
        check.add("name", Rule.REQUIRED, "an unnamed participant has no name: it has a description");
      }
    } else {
      if (name().isEmpty() && description().isEmpty()) {
        check.add("name", Rule.REQUIRED, "a participant has the name the text uses or, where the text"
            + " names none, its description (\"a map\", \"37 research groups\"); an unnamed source is"
            + " set unnamed, with its description");
      }
      if (anonymity().isPresent()) {
        check.add("anonymity", Rule.REQUIRED, "a reason for anonymity is that of an unnamed participant:"
            + " set unnamed");
      }
    }
    if (statedCount().isPresent()) {
      int count = statedCount().getAsInt();
      if (count < 1) {
        check.add("statedCount", Rule.COUNT_MISMATCH, "statedCount " + count + " is below 1");
      } else if (!members().isEmpty() && members().size() != count) {
        check.add("members", Rule.COUNT_MISMATCH, "the text states " + count + " members, but "
            + members().size() + " are listed");
      }
    }
    size().ifPresent(size -> {
      if (statedCount().isPresent()) {
        check.add("size", Rule.COUNT_MISMATCH, "a group's size is given once: statedCount for a whole number"
            + " the text states (\"9 países\"), size for a vague or bounded one (\"a number of\")");
      }
      if (size.unit().kind() == Unit.Kind.PERCENT) {
        if (partOf().isEmpty()) {
          check.add("size.unit", Rule.UNIT_KIND, "a size in percent is a share of the group it is part of:"
              + " set partOf (\"the vast majority of those examined\")");
        }
      } else if (size.unit().kind() != Unit.Kind.COUNT) {
        check.add("size.unit", Rule.UNIT_KIND, "a group's size is a count, or a share in percent of the group"
            + " it is part of, not " + size.unit());
      }
    });
    if (evidence().isEmpty() && !publisher()) {
      check.add("evidence", Rule.REQUIRED, "evidence needs at least one span of the source text; only"
          + " the publisher of the item may have none");
    }
    check.done();
  }

  /** {@return the participant in one line: {@code p-umerov (person) Umerov, ministro de Defensa}} */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(id()).append(" (").append(kind().name()
        .toLowerCase(java.util.Locale.ROOT)).append(unnamed() ? ", unnamed" : "")
        .append(publisher() ? ", publisher" : "").append(") ").append(label());
    roles().forEach(role -> text.append(", ").append(role.title()));
    return text.toString();
  }

  /** Builds a {@link Participant}; {@link #build()} reports every missing or invalid attribute. */
  public interface Builder {
    /**
     * Sets the id, unique within the sheet; required.
     *
     * @param id 1 to 64 letters, digits, '.', '_' or '-', such as {@code p-umerov}
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets what kind of participant this is; required.
     *
     * @param kind person, organisation, country, group or document
     * @return this builder
     */
    Builder kind(Kind kind);

    /**
     * Sets the name as written; required unless the participant is unnamed.
     *
     * @param name such as {@code Umerov}
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets whether the text does not name the participant.
     *
     * @param unnamed true for an unnamed source; false by default
     * @return this builder
     */
    Builder unnamed(boolean unnamed);

    /**
     * Sets how the text describes the participant; required when it is unnamed.
     *
     * @param description such as "sources familiar with the talks"
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the reason the text gives for not naming the source.
     *
     * @param anonymity such as "not authorised to speak publicly"
     * @return this builder
     */
    Builder anonymity(String anonymity);

    /**
     * Adds a role the text gives.
     *
     * @param role such as {@code Role.of("ministro de Defensa")}
     * @return this builder
     */
    Builder addRoles(Role role);

    /**
     * Adds roles the text gives.
     *
     * @param first the first; roles
     * @param more the others
     * @return this builder
     */
    default Builder addRoles(Role first, Role... more) {
      addRoles(first);
      for (Role element : Check.notNull(more, "more")) {
        addRoles(element);
      }
      return this;
    }

    /**
     * Adds an outlet's characterisation, epithet or honorific, as written.
     *
     * @param characterisation such as "the veteran diplomat" or "His Majesty"
     * @return this builder
     */
    Builder addCharacterisations(String characterisation);

    /**
     * Adds how the text relates it to another participant, where that is no role.
     *
     * @param relation such as {@code Participant.Relation.of("works closely with", "p-petraeus")}
     * @return this builder
     */
    Builder addRelations(Relation relation);

    /**
     * Sets where the participant is published, where the text gives the address.
     *
     * @param url an absolute http or https address
     * @return this builder
     */
    Builder url(java.net.URI url);

    /**
     * Adds who wrote or issued a document.
     *
     * @param participant the id of a participant of the sheet
     * @return this builder
     */
    Builder addAuthors(String participant);

    /**
     * Adds whom a document is addressed to.
     *
     * @param participant the id of a participant of the sheet
     * @return this builder
     */
    Builder addAddressees(String participant);

    /**
     * Sets when a document was issued.
     *
     * @param date such as {@code Time.at(PartialDate.parse("2005-09-19"))}
     * @return this builder
     */
    Builder date(Time date);

    /**
     * Adds what a document is about.
     *
     * @param topic such as {@code Topic.of("the destruction of Syria's chemical weapons", span)}
     * @return this builder
     */
    Builder addTopics(Topic topic);

    /**
     * Adds another name the text gives the participant, as written.
     *
     * @param alias such as "CPI-U" beside "the Consumer Price Index for All Urban Consumers"
     * @return this builder
     */
    Builder addAliases(String alias);

    /**
     * Sets the country the participant is or belongs to.
     *
     * @param country an ISO 3166-1 country
     * @return this builder
     */
    Builder country(CountryCode country);

    /**
     * Adds a member of a group.
     *
     * @param member the id of a participant
     * @return this builder
     */
    Builder addMembers(String member);

    /**
     * Adds members of a group.
     *
     * @param members the ids of participants of the sheet
     * @return this builder
     */
    Builder addAllMembers(Iterable<String> members);

    /**
     * Adds an organisation or group it is part of or works for.
     *
     * @param participant the id of a participant of the sheet, such as {@code p-nbc}
     * @return this builder
     */
    Builder addPartOf(String participant);

    /**
     * Adds a place the text says it is based in.
     *
     * @param place the id of a place of the sheet
     * @return this builder
     */
    Builder addLocatedIn(String place);

    /**
     * Adds members of a group.
     *
     * @param first the first; the ids of participants
     * @param more the others
     * @return this builder
     */
    default Builder addMembers(String first, String... more) {
      addMembers(first);
      for (String element : Check.notNull(more, "more")) {
        addMembers(element);
      }
      return this;
    }

    /**
     * Sets the number of members the text states for a group.
     *
     * @param count at least 1; the "9" of "9 países"
     * @return this builder
     */
    Builder statedCount(int count);

    /**
     * Sets a group's size where the text gives it vaguely or with bounds.
     *
     * @param size such as {@code Quantity.builder().words("a number of").unit(Unit.COUNT).build()}
     * @return this builder
     */
    Builder size(Quantity size);

    /**
     * Adds an identifier in another system.
     *
     * @param id such as {@code ExternalId.of("wikidata", "Q212")}
     * @return this builder
     */
    Builder addExternalIds(ExternalId id);

    /**
     * Sets whether this is the outlet that published the item.
     *
     * @param publisher false by default; the publisher alone may have no evidence
     * @return this builder
     */
    Builder publisher(boolean publisher);

    /**
     * Adds a span that names or describes the participant.
     *
     * @param span such as {@code source.find("Umerov", 1)}
     * @return this builder
     */
    Builder addEvidence(Evidence span);

    /**
     * Adds spans that name or describe the participant.
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
     * Adds spans that name or describe the participant.
     *
     * @param spans such as {@code source.findAll("Umerov")}
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
     * @param path such as {@code country}
     * @return this builder
     */
    Builder addInferred(String path);

    /**
     * Sets every attribute from a participant.
     *
     * @param participant a participant
     * @return this builder
     */
    Builder from(Participant participant);

    /**
     * Builds the participant.
     *
     * @return the participant
     * @throws ValidationException with every violation, if it would be invalid
     */
    Participant build();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Participant.class);
  }

  @JsonCreator
  static Participant jackson(Object json) {
    throw Unregistered.type(Participant.class);
  }
}
