package org.newsfacts.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Source;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Unit;
import tools.jackson.core.JsonGenerator;

/**
 * A fact sheet as schema.org JSON-LD, self-contained: the context is inline (vocabulary
 * {@code https://schema.org/}), so no processor fetches anything.
 *
 * <ul>
 *   <li>the source is a {@code NewsArticle} (headline, inLanguage, publisher, url,
 *       datePublished, articleBody);
 *   <li>participants are a {@code Person}, an {@code Organization} or a {@code Country}; a group
 *       is an {@code Organization} with its {@code member}s;
 *   <li>meetings are {@code Event}s, their dates typed at their real precision
 *       ({@code xsd:gYear}, {@code xsd:gYearMonth}, {@code xsd:gMonthDay}, {@code xsd:date}),
 *       with {@code location}, {@code attendee}, {@code superEvent} for a series and {@code about}
 *       for topics;
 *   <li>statements are {@code Quotation}s with {@code spokenByCharacter}, {@code inLanguage} and
 *       {@code isPartOf} the article;
 *   <li>claims are {@code Claim}s with {@code appearance} (the quotation that makes them, or the
 *       article), {@code about}, and amounts as {@code MonetaryAmount} or
 *       {@code QuantitativeValue} with an exact {@code xsd:decimal}.
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
    sheet.meetings().forEach(this::event);
    sheet.statements().forEach(this::quotation);
    sheet.claims().forEach(this::claim);
    out.writeEndArray();
    out.writeEndObject();
  }

  private void article(Source source) {
    out.writeStartObject();
    out.writeStringProperty("@id", "_:source");
    out.writeStringProperty("@type", "NewsArticle");
    out.writeStringProperty("headline", source.headline());
    out.writeStringProperty("inLanguage", source.language().toString());
    source.publisher().ifPresent(publisher -> {
      out.writeName("publisher");
      out.writeStartObject();
      out.writeStringProperty("@type", "Organization");
      out.writeStringProperty("name", publisher);
      out.writeEndObject();
    });
    source.url().ifPresent(url -> {
      out.writeName("url");
      reference(url.toString());
    });
    source.published().ifPresent(date -> date("datePublished", date));
    out.writeStringProperty("articleBody", source.text());
    out.writeEndObject();
  }

  private void participant(Participant p) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(p.id()));
    String type = p.kind() == Participant.Kind.PERSON ? "Person"
        : p.kind() == Participant.Kind.COUNTRY ? "Country" : "Organization";
    out.writeStringProperty("@type", type);
    out.writeStringProperty("name", p.name());
    if (p.kind() == Participant.Kind.COUNTRY && p.country().isPresent()) {
      out.writeStringProperty("identifier", p.country().get().code());
    } else if (p.kind() == Participant.Kind.PERSON && p.country().isPresent()) {
      out.writeName("nationality");
      out.writeStartObject();
      out.writeStringProperty("@type", "Country");
      out.writeStringProperty("identifier", p.country().get().code());
      out.writeEndObject();
    }
    if (p.kind() == Participant.Kind.PERSON) {
      array("jobTitle", p.roles(), role -> out.writeString(role.title()));
      array("worksFor", p.roles().stream().filter(r -> r.heldIn().isPresent()).toList(),
          role -> reference(node(role.heldIn().orElseThrow())));
    }
    array("member", p.members(), id -> reference(node(id)));
    array("identifier", p.externalIds(), id -> {
      out.writeStartObject();
      out.writeStringProperty("@type", "PropertyValue");
      out.writeStringProperty("propertyID", id.scheme());
      out.writeStringProperty("value", id.value());
      out.writeEndObject();
    });
    out.writeEndObject();
  }

  private void event(Meeting m) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(m.id()));
    out.writeStringProperty("@type", "Event");
    out.writeStringProperty("name", m.name());
    m.date().ifPresent(date -> date("startDate", date));
    m.place().ifPresent(place -> {
      out.writeName("location");
      out.writeStartObject();
      out.writeStringProperty("@type", "Place");
      out.writeStringProperty("name", place.name());
      place.country().ifPresent(country -> {
        out.writeName("addressCountry");
        out.writeString(country.code());
      });
      out.writeEndObject();
    });
    if (m.mode() != Meeting.Mode.UNKNOWN) {
      out.writeName("eventAttendanceMode");
      reference(m.mode() == Meeting.Mode.ONLINE
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode");
    }
    m.ordinal().ifPresent(ordinal -> {
      out.writeName("superEvent");
      out.writeStartObject();
      out.writeStringProperty("@type", "EventSeries");
      out.writeStringProperty("name", ordinal.series());
      out.writeEndObject();
    });
    array("attendee", m.participants(), id -> reference(node(id)));
    array("about", m.topics(), topic -> out.writeString(topic.label()));
    out.writeEndObject();
  }

  private void quotation(Statement s) {
    out.writeStartObject();
    out.writeStringProperty("@id", node(s.id()));
    out.writeStringProperty("@type", "Quotation");
    out.writeStringProperty("text", s.text());
    out.writeStringProperty("inLanguage", sheet.source().language().toString());
    out.writeName("spokenByCharacter");
    reference(node(s.speaker()));
    out.writeName("isPartOf");
    reference("_:source");
    s.occasion().ifPresent(id -> {
      out.writeName("about");
      reference(node(id));
    });
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
    if (sheet.meeting(c.holder()).isPresent()) {
      out.writeName("about");
      reference(node(c.holder()));
    }
    List<Term> terms = c.value().isPresent() ? List.of(c.subject(), c.value().get()) : List.of(c.subject());
    array("mentions", terms.stream().filter(t -> t instanceof Term.OfEntity
        || t instanceof Term.OfQuantity).toList(), this::mention);
    c.time().ifPresent(time -> out.writeStringProperty("temporalCoverage", time.toString()));
    out.writeEndObject();
  }

  private void mention(Term term) {
    if (term instanceof Term.OfEntity) {
      reference(node(((Term.OfEntity) term).id()));
      return;
    }
    org.newsfacts.Quantity quantity = ((Term.OfQuantity) term).quantity();
    out.writeStartObject();
    boolean money = quantity.unit().kind() == Unit.Kind.CURRENCY;
    out.writeStringProperty("@type", money ? "MonetaryAmount" : "QuantitativeValue");
    out.writeName("value");
    typed(quantity.amount().toPlainString(), "xsd:decimal");
    if (money) {
      out.writeStringProperty("currency", quantity.unit().toString());
    } else {
      out.writeStringProperty("unitText", quantity.unit().toString());
    }
    out.writeEndObject();
  }

  private void date(String property, PartialDate date) {
    out.writeName(property);
    String type;
    switch (date.precision()) {
      case YEAR:
        type = "xsd:gYear";
        break;
      case YEAR_MONTH:
        type = "xsd:gYearMonth";
        break;
      case MONTH_DAY:
        type = "xsd:gMonthDay";
        break;
      default:
        type = "xsd:date";
    }
    typed(date.toString(), type);
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
