package org.newsfacts.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Quantity;
import org.newsfacts.Source;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.TimePoint;
import org.newsfacts.Unit;
import tools.jackson.core.JsonGenerator;

/**
 * A fact sheet as schema.org JSON-LD, self-contained: the context is inline (vocabulary
 * {@code https://schema.org/}), so no processor fetches anything.
 *
 * <ul>
 *   <li>the source is a {@code NewsArticle} (headline, alternativeHeadline, inLanguage, publisher,
 *       author, dateline,
 *       url, isBasedOn for a republished copy, identifier, datePublished, dateModified and version
 *       of a revision, translationOfWork, articleBody); an author is the participant of that name,
 *       or a name alone;
 *   <li>participants are a {@code Person}, an {@code Organization}, a {@code Country} or a
 *       {@code CreativeWork} (a document); a group is an {@code Organization} with its
 *       {@code member}s; an unnamed source has a {@code description} and no name; what a
 *       participant is part of is {@code memberOf} or {@code parentOrganization}, where it is based
 *       {@code workLocation} or {@code location};
 *   <li>places are a {@code Place}, {@code City} or {@code Country}, {@code containedInPlace};
 *   <li>meetings are {@code Event}s, their dates typed at their real precision
 *       ({@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:gMonthDay}, {@code xsd:date},
 *       {@code xsd:dateTime}), with {@code startDate}, {@code endDate} (not for an end the text only
 *       bounds: "by May", "until at least June"), {@code duration},
 *       {@code previousStartDate}, {@code eventStatus}, {@code eventAttendanceMode},
 *       {@code location}, {@code attendee}, {@code organizer}, {@code superEvent} for a series and
 *       for the meeting it is part of, {@code about} for topics and {@code description} for its
 *       purposes;
 *   <li>statements are {@code Quotation}s with {@code spokenByCharacter}, {@code inLanguage},
 *       {@code dateCreated} and {@code isPartOf} the article;
 *   <li>claims are {@code Claim}s with {@code appearance} (the quotation that makes them, or the
 *       article), {@code about}, {@code temporalCoverage}, and amounts as {@code MonetaryAmount} or
 *       {@code QuantitativeValue} with exact {@code xsd:decimal} {@code value}, {@code minValue} and
 *       {@code maxValue} for included bounds (an excluded bound, the precision and the qualifiers
 *       are said in its {@code description}, as schema.org's bounds are inclusive), and their
 *       equivalents as {@code sameAs}; the amounts of a change are among the claim's
 *       {@code mentions}.
 * </ul>
 *
 * Nodes are blank nodes named by the sheet's ids ({@code _:p-umerov}).
 *
 * <pre>{@code
 * String jsonLd = SchemaOrgExport.toJsonLd(ReferenceArticle.sheet());
 * }</pre>
 */
public final class SchemaOrgExport {
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  private final FactSheet sheet;
  private final JsonGenerator out;

  private SchemaOrgExport(FactSheet sheet, JsonGenerator out) {
    this.sheet = sheet;
    this.out = out;
  }

  /**
   * {@return its schema.org JSON-LD, pretty-printed, ending with a newline}
   *
   * @param sheet a sheet
   */
  public static String toJsonLd(FactSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    return Exports.write(out -> write(sheet, out));
  }

  /**
   * Writes the schema.org JSON-LD of a sheet, in UTF-8, to a stream that is flushed and left open.
   *
   * @param sheet a sheet
   * @param out where to write
   */
  public static void write(FactSheet sheet, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(out, "out");
    Exports.write(out, generator -> new SchemaOrgExport(sheet, generator).document());
  }

  private void document() {
    out.writeStartObject();
    out.writeName("@context");
    out.writeStartObject();
    out.writeStringProperty("@vocab", "https://schema.org/");
    out.writeStringProperty("xsd", XSD);
    out.writeEndObject();
    out.writeName("@graph");
    out.writeStartArray();
    article(sheet.source());
    sheet.participants().forEach(this::participant);
    sheet.places().forEach(this::place);
    sheet.meetings().forEach(this::event);
    sheet.events().forEach(this::happening);
    sheet.statements().forEach(this::quotation);
    sheet.claims().forEach(this::claim);
    out.writeEndArray();
    out.writeEndObject();
  }

  private void article(Source source) {
    out.writeStartObject();
    out.writeStringProperty("@id", "_:source");
    out.writeStringProperty("@type", "NewsArticle");
    source.headline().ifPresent(headline -> out.writeStringProperty("headline", headline));
    source.subheadline().ifPresent(deck -> out.writeStringProperty("alternativeHeadline", deck));
    out.writeStringProperty("inLanguage", source.language().toString());
    Optional<Participant> outlet = sheet.publisher();
    if (outlet.isPresent()) {
      out.writeName("publisher");
      reference(node(outlet.get().id()));
    } else {
      source.publisher().ifPresent(publisher -> {
        out.writeName("publisher");
        out.writeStartObject();
        out.writeStringProperty("@type", "Organization");
        out.writeStringProperty("name", publisher);
        out.writeEndObject();
      });
    }
    array("author", source.authors(), this::author);
    source.dateline().flatMap(sheet::place).ifPresent(place -> out.writeStringProperty("dateline",
        place.label()));
    source.url().ifPresent(url -> {
      out.writeName("url");
      reference(url.toString());
    });
    source.published().ifPresent(point -> point("datePublished", point));
    source.revision().flatMap(Source.Revision::time).ifPresent(point -> point("dateModified", point));
    source.revision().ifPresent(revision -> out.writeStringProperty("version", revision.label()));
    source.originalLanguage().ifPresent(language -> {
      out.writeName("translationOfWork");
      out.writeStartObject();
      out.writeStringProperty("@type", "CreativeWork");
      out.writeStringProperty("inLanguage", language.toString());
      out.writeEndObject();
    });
    source.republishedFrom().ifPresent(original -> {
      out.writeName("isBasedOn");
      reference(original.toString());
    });
    identifiers(source.externalIds(), null);
    out.writeStringProperty("articleBody", source.text());
    out.writeEndObject();
  }

  /**
   * An author of the byline: the participant of the sheet of that name, where there is one; else
   * a name alone, as the byline does not say whether it is a person or an agency.
   */
  private void author(String name) {
    Optional<Participant> named = sheet.participants().stream()
        .filter(p -> p.name().filter(name::equals).isPresent()).findFirst();
    if (named.isPresent()) {
      reference(node(named.get().id()));
      return;
    }
    out.writeStartObject();
    out.writeStringProperty("name", name);
    out.writeEndObject();
  }

  /** The identifiers, and a country's code among them, as one {@code identifier} array. */
  private void identifiers(List<org.newsfacts.ExternalId> ids, String countryCode) {
    if (ids.isEmpty() && countryCode == null) {
      return;
    }
    out.writeName("identifier");
    out.writeStartArray();
    if (countryCode != null) {
      out.writeString(countryCode);
    }
    for (org.newsfacts.ExternalId id : ids) {
      out.writeStartObject();
      out.writeStringProperty("@type", "PropertyValue");
      out.writeStringProperty("propertyID", id.scheme());
      out.writeStringProperty("value", id.value());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void participant(Participant p) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(p.id()));
    String type = p.kind() == Participant.Kind.PERSON ? "Person"
        : p.kind() == Participant.Kind.COUNTRY ? "Country"
        : p.kind() == Participant.Kind.DOCUMENT ? "CreativeWork"
        : p.kind() == Participant.Kind.PROGRAMME ? "Project"
        : p.kind() == Participant.Kind.SERIES ? "StatisticalVariable"
        : p.kind() == Participant.Kind.THING ? "Thing" : "Organization";
    out.writeStringProperty("@type", type);
    p.name().ifPresent(name -> out.writeStringProperty("name", name));
    array("alternateName", p.aliases(), out::writeString);
    p.description().ifPresent(description -> out.writeStringProperty("description", description));
    if (p.kind() == Participant.Kind.PERSON && p.country().isPresent()) {
      out.writeName("nationality");
      out.writeStartObject();
      out.writeStringProperty("@type", "Country");
      out.writeStringProperty("identifier", p.country().get().code());
      out.writeEndObject();
    }
    if (p.kind() == Participant.Kind.PERSON) {
      array("jobTitle", p.roles(), role -> out.writeString(role.title()));
      array("worksFor", p.roles().stream().filter(r -> r.heldIn().isPresent()).collect(Collectors.toList()),
          role -> reference(node(role.heldIn().orElseThrow())));
    }
    array("member", p.members(), id -> reference(node(id)));
    array(p.kind() == Participant.Kind.PERSON ? "memberOf" : p.kind() == Participant.Kind.DOCUMENT
        || p.kind() == Participant.Kind.THING ? "isPartOf" : "parentOrganization", p.partOf(),
        id -> reference(node(id)));
    array(p.kind() == Participant.Kind.PERSON ? "workLocation" : p.kind() == Participant.Kind.DOCUMENT
        ? "locationCreated" : "location", p.locatedIn(), id -> reference(node(id)));
    identifiers(p.externalIds(), p.kind() == Participant.Kind.COUNTRY
        ? p.country().map(country -> country.code()).orElse(null) : null);
    out.writeEndObject();
  }

  private void place(Place p) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(p.id()));
    out.writeStringProperty("@type", p.kind().filter(k -> k == Place.Kind.COUNTRY).isPresent() ? "Country"
        : p.kind().filter(k -> k == Place.Kind.CITY).isPresent() ? "City" : "Place");
    p.name().ifPresent(name -> out.writeStringProperty("name", name));
    p.description().ifPresent(description -> out.writeStringProperty("description", description));
    p.country().ifPresent(country -> out.writeStringProperty("addressCountry", country.code()));
    p.within().ifPresent(id -> {
      out.writeName("containedInPlace");
      reference(node(id));
    });
    out.writeEndObject();
  }

  private void event(Meeting m) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(m.id()));
    out.writeStringProperty("@type", "Event");
    m.name().ifPresent(name -> out.writeStringProperty("name", name));
    m.time().ifPresent(time -> time(time, "startDate", "endDate"));
    m.previousTime().flatMap(Time::at).ifPresent(point -> point("previousStartDate", point));
    status(m);
    attendance(m.medium());
    m.place().ifPresent(place -> {
      out.writeName("location");
      reference(node(place));
    });
    List<Meeting.Link> parts = m.links().stream()
        .filter(link -> link.relation() == Meeting.Link.Relation.PART_OF).collect(Collectors.toList());
    if (m.ordinal().isPresent() || !parts.isEmpty()) {
      out.writeName("superEvent");
      out.writeStartArray();
      m.ordinal().ifPresent(ordinal -> {
        out.writeStartObject();
        out.writeStringProperty("@type", "EventSeries");
        out.writeStringProperty("name", ordinal.series());
        out.writeEndObject();
      });
      parts.forEach(link -> reference(node(link.meeting())));
      out.writeEndArray();
    }
    array("attendee", m.participants(), attendee -> reference(node(attendee.participant())));
    array("organizer", m.participants().stream().filter(a -> a.part().filter(part ->
        part == Meeting.Attendee.Part.HOST || part == Meeting.Attendee.Part.ORGANISER).isPresent())
        .collect(Collectors.toList()), attendee -> reference(node(attendee.participant())));
    array("about", m.topics(), topic -> out.writeString(topic.label()));
    if (!m.purposes().isEmpty()) {
      out.writeStringProperty("description", String.join("; ", m.purposes()));
    }
    out.writeEndObject();
  }

  /** An event that is not a meeting: an {@code Event} with its status, time, place and those it concerns. */
  private void happening(org.newsfacts.Event e) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(e.id()));
    out.writeStringProperty("@type", "Event");
    out.writeStringProperty("name", e.what());
    e.time().ifPresent(time -> time(time, "startDate", "endDate"));
    String status;
    switch (e.status()) {
      case HAPPENED:
      case UNDER_WAY:
      case PLANNED:
        status = "EventScheduled";
        break;
      case POSTPONED:
        status = "EventPostponed";
        break;
      case CANCELLED:
        status = "EventCancelled";
        break;
      default:
        status = null;
        break;
    }
    if (status != null) {
      out.writeName("eventStatus");
      reference("https://schema.org/" + status);
    }
    e.place().ifPresent(place -> {
      out.writeName("location");
      reference(node(place));
    });
    array("organizer", e.agents(), id -> reference(node(id)));
    array("about", e.affected(), id -> reference(node(id)));
    array("superEvent", e.links().stream().filter(link -> link.relation() == org.newsfacts.Event.Link.Relation.PART_OF)
        .collect(Collectors.toList()), link -> reference(node(link.target())));
    out.writeEndObject();
  }

  /** The status as schema.org's {@code EventStatusType}, where it has one. */
  private void status(Meeting m) {
    String status;
    switch (m.status()) {
      case HELD:
      case UNDER_WAY:
      case PLANNED:
        status = "EventScheduled";
        break;
      case POSTPONED:
        status = m.time().isPresent() ? "EventRescheduled" : "EventPostponed";
        break;
      case CANCELLED:
        status = "EventCancelled";
        break;
      default:
        return;
    }
    out.writeName("eventStatus");
    reference("https://schema.org/" + status);
  }

  /** The medium as schema.org's {@code EventAttendanceModeEnumeration}, where it has one. */
  private void attendance(Meeting.Medium medium) {
    String mode;
    switch (medium) {
      case IN_PERSON:
        mode = "OfflineEventAttendanceMode";
        break;
      case TELEPHONE:
      case VIDEO:
      case CALL:
        mode = "OnlineEventAttendanceMode";
        break;
      case MIXED:
        mode = "MixedEventAttendanceMode";
        break;
      default:
        return;
    }
    out.writeName("eventAttendanceMode");
    reference("https://schema.org/" + mode);
  }

  private void quotation(Statement s) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(s.id()));
    out.writeStringProperty("@type", "Quotation");
    out.writeStringProperty("text", s.text());
    out.writeStringProperty("inLanguage", s.language().orElse(sheet.source().language()).toString());
    s.speaker().ifPresent(speaker -> {
      out.writeName("spokenByCharacter");
      reference(node(speaker));
    });
    out.writeName("isPartOf");
    reference("_:source");
    s.occasion().ifPresent(id -> {
      out.writeName("about");
      reference(node(id));
    });
    s.time().flatMap(Time::at).ifPresent(point -> point("dateCreated", point));
    array("workTranslation", s.translations(), translation -> {
      out.writeStartObject();
      out.writeStringProperty("@type", "Quotation");
      out.writeStringProperty("text", translation.text());
      out.writeStringProperty("inLanguage", translation.language().toString());
      out.writeEndObject();
    });
    out.writeEndObject();
  }

  private void claim(Claim c) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(c.id()));
    out.writeStringProperty("@type", "Claim");
    out.writeStringProperty("text", Exports.words(sheet, c));
    out.writeName("appearance");
    reference(sheet.statement(c.holder()).isPresent() ? node(c.holder()) : "_:source");
    if (sheet.meeting(c.holder()).isPresent() || sheet.event(c.holder()).isPresent()) {
      out.writeName("about");
      reference(node(c.holder()));
    }
    if (sheet.participant(c.holder()).isPresent()) {
      out.writeName("author");
      reference(node(c.holder()));
    }
    List<Term> terms = new ArrayList<>();
    terms.add(c.subject());
    c.value().ifPresent(terms::add);
    c.arguments().forEach(argument -> terms.add(argument.value()));
    // a change mentions the amounts it states: by how much, from and to which level
    List<Term> mentioned = new ArrayList<>();
    for (Term term : terms) {
      if (term instanceof Term.OfChange) {
        org.newsfacts.Change change = ((Term.OfChange) term).change();
        change.by().map(Term::quantity).ifPresent(mentioned::add);
        change.fromLevel().map(Term::quantity).ifPresent(mentioned::add);
        change.toLevel().map(Term::quantity).ifPresent(mentioned::add);
      } else if (term instanceof Term.OfEntity || term instanceof Term.OfQuantity) {
        mentioned.add(term);
      }
    }
    array("mentions", mentioned, this::mention);
    array("isBasedOn", c.basedOn(), id -> reference(node(id)));
    c.time().map(Exports::iso).ifPresent(coverage -> out.writeStringProperty("temporalCoverage", coverage));
    out.writeEndObject();
  }

  private void mention(Term term) {
    if (term instanceof Term.OfEntity) {
      reference(node(((Term.OfEntity) term).id()));
      return;
    }
    quantity(((Term.OfQuantity) term).quantity());
  }

  /** A quantity as a {@code MonetaryAmount} or {@code QuantitativeValue}, with its bounds. */
  private void quantity(Quantity quantity) {
    out.writeStartObject();
    boolean money = quantity.unit().kind() == Unit.Kind.CURRENCY;
    out.writeStringProperty("@type", money ? "MonetaryAmount" : "QuantitativeValue");
    quantity.amount().ifPresent(amount -> {
      out.writeName("value");
      typed(amount.toPlainString(), "xsd:decimal");
    });
    // schema.org's bounds are inclusive: an excluded bound ("more than") is said in words
    quantity.atLeast().ifPresent(bound -> {
      out.writeName("minValue");
      typed(bound.toPlainString(), "xsd:decimal");
    });
    quantity.atMost().ifPresent(bound -> {
      out.writeName("maxValue");
      typed(bound.toPlainString(), "xsd:decimal");
    });
    if (money) {
      out.writeStringProperty("currency", quantity.unit().toString());
    } else if (quantity.unit().kind() != Unit.Kind.UNSTATED) {
      out.writeStringProperty("unitText", quantity.unit().toString());
    }
    quantity.what().ifPresent(what -> out.writeStringProperty("valueReference", what));
    List<String> description = new ArrayList<>();
    quantity.words().ifPresent(description::add);
    quantity.moreThan().ifPresent(bound -> description.add("more than " + bound.toPlainString()));
    quantity.lessThan().ifPresent(bound -> description.add("less than " + bound.toPlainString()));
    quantity.precision().ifPresent(step -> description.add("rounded to " + step.toPlainString()));
    description.addAll(quantity.qualifiers());
    if (!description.isEmpty()) {
      out.writeStringProperty("description", String.join("; ", description));
    }
    array("sameAs", quantity.equivalents(), this::quantity);
    out.writeEndObject();
  }

  /** A time as a start and an end date, or one date. */
  private void time(Time time, String startProperty, String endProperty) {
    // A point the text only bounds ("by May", "until at least June") is no start or end date.
    Optional<Time.Modifier> startModifier = time.start().isPresent() || time.end().isEmpty()
        ? time.modifier() : Optional.empty();
    Optional<Time.Modifier> endModifier = time.start().isPresent() ? time.endModifier() : time.modifier();
    if (time.at().isPresent() && !bound(startModifier)) {
      point(startProperty, time.at().get());
    }
    time.start().filter(point -> !bound(startModifier)).ifPresent(point -> point(startProperty, point));
    time.end().filter(point -> !bound(endModifier)).ifPresent(point -> point(endProperty, point));
    Exports.duration(time).ifPresent(duration -> out.writeStringProperty("duration", duration));
  }

  private static boolean bound(Optional<Time.Modifier> modifier) {
    return modifier.filter(m -> m == Time.Modifier.BEFORE || m == Time.Modifier.AFTER
        || m == Time.Modifier.ON_OR_BEFORE || m == Time.Modifier.ON_OR_AFTER).isPresent();
  }

  /** A point, typed at its real precision: {@code xsd:gYear} ... {@code xsd:dateTime}. */
  private void point(String property, TimePoint point) {
    String type = Exports.xsdType(point);
    if (type != null) {
      out.writeName(property);
      typed(type.equals("xsd:dateTime") ? Exports.dateTime(point) : point.toString(), type);
    }
  }

  private void typed(String value, String type) {
    out.writeStartObject();
    out.writeStringProperty("@value", value);
    out.writeStringProperty("@type", type);
    out.writeEndObject();
  }

  private void reference(String id) {
    out.writeStartObject();
    out.writeStringProperty("@id", id);
    out.writeEndObject();
  }

  private static String node(String id) {
    return "_:" + id;
  }

  private <T> void array(String name, List<T> values, java.util.function.Consumer<T> element) {
    if (!values.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      values.forEach(element);
      out.writeEndArray();
    }
  }
}
