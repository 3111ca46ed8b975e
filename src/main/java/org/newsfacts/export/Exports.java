package org.newsfacts.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Quantity;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.TimePoint;
import org.newsfacts.internal.JsonOutput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/** What the exports share: a pretty generator, and the words of a claim. */
final class Exports {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Exports() {}

  static void write(OutputStream out, Consumer<JsonGenerator> body) {
    try (JsonGenerator generator = FACTORY.createGenerator(JsonOutput.PRETTY,
        JsonOutput.nonClosing(out), JsonEncoding.UTF8)) {
      body.accept(generator);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the export", e);
    }
  }

  static String write(Consumer<OutputStream> writer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    writer.accept(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** {@return the claim in words: subject, predicate and value, entities by name} */
  static String words(FactSheet sheet, Claim claim) {
    return words(sheet, claim.subject()) + claim.predicate().map(p -> " " + p).orElse("")
        + claim.value().map(value -> " " + words(sheet, value)).orElse("");
  }

  static String words(FactSheet sheet, Term term) {
    if (term instanceof Term.OfText) {
      return ((Term.OfText) term).text();
    }
    if (term instanceof Term.OfEntity) {
      String id = ((Term.OfEntity) term).id();
      return sheet.participant(id).map(Participant::label)
          .or(() -> sheet.place(id).map(Place::label))
          .or(() -> sheet.meeting(id).flatMap(Meeting::name))
          .or(() -> sheet.event(id).map(org.newsfacts.Event::what))
          .or(() -> sheet.statement(id).map(Statement::text))
          .or(() -> sheet.claim(id).map(c -> words(sheet, c)))
          .orElse(id);
    }
    return term.toString();
  }

  /** {@return the XML Schema type of a point at its precision, or null where it has none} */
  static String xsdType(TimePoint point) {
    if (point.date().isEmpty()) {
      return point.time().isPresent() ? "xsd:time" : null;
    }
    PartialDate date = point.date().get();
    switch (date.precision()) {
      case YEAR:
        return "xsd:gYear";
      case YEAR_MONTH:
        return "xsd:gYearMonth";
      case MONTH:
        return "xsd:gMonth";
      case MONTH_DAY:
        return "xsd:gMonthDay";
      case DATE:
        return point.time().isPresent() && point.zone().filter(z -> z instanceof ZoneOffset).isPresent()
            ? "xsd:dateTime" : point.time().isPresent() ? null : "xsd:date";
      default:
        return null;
    }
  }

  /** {@return a full date, time and offset as {@code xsd:dateTime}} */
  static String dateTime(TimePoint point) {
    OffsetDateTime at = OffsetDateTime.of(point.date().orElseThrow().date().orElseThrow(),
        point.time().orElseThrow(), (ZoneOffset) point.zone().orElseThrow());
    return at.toString();
  }

  /** {@return the ISO 8601 duration of a time, if it has an exact one: {@code P30D}} */
  static Optional<String> duration(Time time) {
    Optional<Quantity> duration = time.duration();
    if (duration.isEmpty() || duration.get().amount().isEmpty() || duration.get().approximate()) {
      return Optional.empty();
    }
    String amount = duration.get().amount().get().toPlainString();
    switch (duration.get().unit().toString()) {
      case "a":
        return Optional.of("P" + amount + "Y");
      case "mo":
        return Optional.of("P" + amount + "M");
      case "wk":
        return Optional.of("P" + amount + "W");
      case "d":
        return Optional.of("P" + amount + "D");
      case "h":
        return Optional.of("PT" + amount + "H");
      case "min":
        return Optional.of("PT" + amount + "M");
      case "s":
        return Optional.of("PT" + amount + "S");
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return a time in ISO 8601 form: a point, or an interval {@code start/end} with {@code ..} where
   * open; for a time stated only against an event or the moment of speaking, its words, or null}
   */
  static String iso(Time time) {
    if (time.at().isPresent()) {
      return time.at().get().toString();
    }
    if (time.isInterval()) {
      return time.start().map(TimePoint::toString).orElse("..") + "/"
          + time.end().map(TimePoint::toString).orElse("..");
    }
    if (time.duration().isEmpty() && (time.anchor().isPresent() || time.relative().isPresent())) {
      // stated against an event or the moment of speaking: no date to give, only the words
      return time.words().orElse(null);
    }
    return duration(time).orElse(time.toString());
  }
}
