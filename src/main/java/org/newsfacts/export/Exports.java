package org.newsfacts.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Term;
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
  static String words(FactSheet sheet, org.newsfacts.Claim claim) {
    return words(sheet, claim.subject()) + " " + claim.predicate()
        + claim.value().map(value -> " " + words(sheet, value)).orElse("");
  }

  static String words(FactSheet sheet, Term term) {
    if (term instanceof Term.OfText) {
      return ((Term.OfText) term).text();
    }
    if (term instanceof Term.OfEntity) {
      String id = ((Term.OfEntity) term).id();
      return sheet.participant(id).map(Participant::name)
          .or(() -> sheet.meeting(id).map(Meeting::name)).orElse(id);
    }
    if (term instanceof Term.OfQuantity) {
      Quantity quantity = ((Term.OfQuantity) term).quantity();
      return quantity.amount().toPlainString() + " " + quantity.unit();
    }
    return ((Term.OfDate) term).date().toString();
  }
}
