package org.newsfacts.json;

import java.util.List;
import java.util.function.Consumer;
import org.newsfacts.Claim;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Topic;
import org.newsfacts.Translation;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a sheet in canonical form: properties in one fixed order, absent values and empty lists
 * left out, enum values in lower case with hyphens. The wire names are part of the API.
 */
final class SheetEncoder {
  private final JsonGenerator out;

  private SheetEncoder(JsonGenerator out) {
    this.out = out;
  }

  static void encode(FactSheet sheet, JsonGenerator out) {
    new SheetEncoder(out).sheet(sheet);
  }

  private void sheet(FactSheet sheet) {
    out.writeStartObject();
    out.writeNumberProperty("formatVersion", FactSheetJson.FORMAT_VERSION);
    out.writeName("source");
    source(sheet.source());
    list("participants", sheet.participants(), this::participant);
    list("meetings", sheet.meetings(), this::meeting);
    list("statements", sheet.statements(), this::statement);
    list("claims", sheet.claims(), this::claim);
    out.writeEndObject();
  }

  private void source(Source source) {
    out.writeStartObject();
    out.writeStringProperty("headline", source.headline());
    out.writeStringProperty("language", source.language().toString());
    source.publisher().ifPresent(publisher -> out.writeStringProperty("publisher", publisher));
    source.url().ifPresent(url -> out.writeStringProperty("url", url.toString()));
    source.published().ifPresent(date -> out.writeStringProperty("published", date.toString()));
    out.writeStringProperty("text", source.text());
    out.writeEndObject();
  }

  private void participant(Participant p) {
    out.writeStartObject();
    out.writeStringProperty("id", p.id());
    out.writeStringProperty("kind", SheetDecoder.wireName(p.kind()));
    out.writeStringProperty("name", p.name());
    list("roles", p.roles(), this::role);
    p.country().ifPresent(country -> out.writeStringProperty("country", country.code()));
    list("members", p.members(), out::writeString);
    p.statedCount().ifPresent(count -> out.writeNumberProperty("statedCount", count));
    list("externalIds", p.externalIds(), id -> {
      out.writeStartObject();
      out.writeStringProperty("scheme", id.scheme());
      out.writeStringProperty("value", id.value());
      out.writeEndObject();
    });
    list("evidence", p.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void role(Role role) {
    out.writeStartObject();
    out.writeStringProperty("title", role.title());
    role.of().ifPresent(of -> out.writeStringProperty("of", of));
    out.writeEndObject();
  }

  private void meeting(Meeting m) {
    out.writeStartObject();
    out.writeStringProperty("id", m.id());
    out.writeStringProperty("name", m.name());
    m.ordinal().ifPresent(ordinal -> {
      out.writeName("ordinal");
      out.writeStartObject();
      out.writeNumberProperty("number", ordinal.number());
      out.writeStringProperty("series", ordinal.series());
      out.writeEndObject();
    });
    m.date().ifPresent(date -> out.writeStringProperty("date", date.toString()));
    m.place().ifPresent(place -> {
      out.writeName("place");
      out.writeStartObject();
      out.writeStringProperty("name", place.name());
      place.country().ifPresent(country -> out.writeStringProperty("country", country.code()));
      out.writeEndObject();
    });
    out.writeStringProperty("mode", SheetDecoder.wireName(m.mode()));
    list("participants", m.participants(), out::writeString);
    list("topics", m.topics(), this::topic);
    list("evidence", m.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void topic(Topic topic) {
    out.writeStartObject();
    out.writeStringProperty("label", topic.label());
    list("evidence", topic.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void statement(Statement s) {
    out.writeStartObject();
    out.writeStringProperty("id", s.id());
    out.writeStringProperty("speaker", s.speaker());
    out.writeStringProperty("speech", SheetDecoder.wireName(s.speech()));
    out.writeStringProperty("act", SheetDecoder.wireName(s.act()));
    out.writeStringProperty("text", s.text());
    list("translations", s.translations(), this::translation);
    s.channel().ifPresent(channel -> out.writeStringProperty("channel", channel));
    s.reportedBy().ifPresent(id -> out.writeStringProperty("reportedBy", id));
    s.occasion().ifPresent(id -> out.writeStringProperty("occasion", id));
    list("evidence", s.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void translation(Translation t) {
    out.writeStartObject();
    out.writeStringProperty("language", t.language().toString());
    out.writeStringProperty("text", t.text());
    out.writeEndObject();
  }

  private void claim(Claim c) {
    out.writeStartObject();
    out.writeStringProperty("id", c.id());
    out.writeStringProperty("holder", c.holder());
    out.writeName("subject");
    term(c.subject());
    out.writeStringProperty("predicate", c.predicate());
    c.value().ifPresent(value -> {
      out.writeName("value");
      term(value);
    });
    c.time().ifPresent(time -> out.writeStringProperty("time", time.toString()));
    out.writeStringProperty("modality", SheetDecoder.wireName(c.modality()));
    list("evidence", c.evidence(), this::evidence);
    out.writeEndObject();
  }

  private void term(Term term) {
    out.writeStartObject();
    if (term instanceof Term.OfText) {
      out.writeStringProperty("text", ((Term.OfText) term).text());
    } else if (term instanceof Term.OfEntity) {
      out.writeStringProperty("entity", ((Term.OfEntity) term).id());
    } else if (term instanceof Term.OfQuantity) {
      out.writeName("quantity");
      quantity(((Term.OfQuantity) term).quantity());
    } else {
      out.writeStringProperty("date", ((Term.OfDate) term).date().toString());
    }
    out.writeEndObject();
  }

  private void quantity(Quantity q) {
    out.writeStartObject();
    out.writeStringProperty("amount", q.amount().toPlainString());
    out.writeStringProperty("unit", q.unit().toString());
    out.writeEndObject();
  }

  private void evidence(Evidence e) {
    out.writeStartObject();
    out.writeNumberProperty("start", e.start());
    out.writeNumberProperty("end", e.end());
    out.writeStringProperty("text", e.text());
    out.writeEndObject();
  }

  private <T> void list(String name, List<T> values, Consumer<T> element) {
    if (!values.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      values.forEach(element);
      out.writeEndArray();
    }
  }
}
