package org.newsfacts.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.JsonOutput;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the JSON Schema (draft 2020-12) of the format from the forms the model declares: the
 * same description that reading and writing follow, so the schema cannot drift from them. Named
 * forms become {@code $defs}, in the order they are first met.
 */
final class SchemaWriter {
  private final JsonGenerator out;
  /** The named forms met so far, in order, to be written as definitions. */
  private final List<Form<?>> definitions = new ArrayList<>();
  private final Set<String> defined = new HashSet<>();

  private SchemaWriter(JsonGenerator out) {
    this.out = out;
  }

  /** {@return the schema of a fact sheet document, pretty-printed, ending with a newline} */
  static String sheetSchema() {
    Shape<FactSheet> sheet = (Shape<FactSheet>) Bridge.<Violation, Rule>model().form(FactSheet.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator generator = new JsonFactory().createGenerator(JsonOutput.PRETTY, bytes,
        JsonEncoding.UTF8)) {
      new SchemaWriter(generator).document(sheet);
      generator.writeRaw('\n');
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void document(Shape<FactSheet> sheet) {
    out.writeStartObject();
    out.writeStringProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.writeStringProperty("$id", "urn:newsfacts:schema:factsheet:" + FactSheetJson.FORMAT_VERSION);
    out.writeStringProperty("title", "newsfacts fact sheet, format version " + FactSheetJson.FORMAT_VERSION);
    out.writeStringProperty("description", "The facts of one news item: its source and the"
        + " participants, meetings, statements and claims it reports, each with evidence spans of the"
        + " source text. The schema checks the shape; the library also checks what needs the whole"
        + " sheet (unique ids, references, spans against the text) and values such as dates, codes and"
        + " bounds.");
    shapeBody(sheet, true);
    out.writeName("$defs");
    out.writeStartObject();
    // writing a definition may meet further named forms, which join the end of the list
    for (int written = 0; written < definitions.size(); written++) {
      Form<?> form = definitions.get(written);
      out.writeName(form.name());
      inline(form);
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  /** Writes a reference to a named form, or the form itself when it has no name. */
  private void reference(Form<?> form) {
    Form<?> resolved = form.resolve();
    if (resolved.name() == null) {
      inline(resolved);
      return;
    }
    if (defined.add(resolved.name())) {
      definitions.add(resolved);
    }
    out.writeStartObject();
    out.writeStringProperty("$ref", "#/$defs/" + resolved.name());
    out.writeEndObject();
  }

  private void inline(Form<?> form) {
    if (form instanceof Scalar) {
      scalar((Scalar<?>) form);
    } else if (form instanceof Shape) {
      out.writeStartObject();
      description(form);
      shapeBody((Shape<?>) form, false);
      out.writeEndObject();
    } else {
      union((Union<?>) form);
    }
  }

  private void description(Form<?> form) {
    if (form.description() != null) {
      out.writeStringProperty("description", form.description());
    }
  }

  private void scalar(Scalar<?> scalar) {
    out.writeStartObject();
    description(scalar);
    out.writeStringProperty("type", scalar.json() == Scalar.Json.STRING ? "string"
        : scalar.json() == Scalar.Json.INTEGER ? "integer"
        : scalar.json() == Scalar.Json.NUMBER ? "number" : "boolean");
    for (Map.Entry<String, Object> keyword : scalar.schema().entrySet()) {
      out.writeName(keyword.getKey());
      literal(keyword.getValue());
    }
    out.writeEndObject();
  }

  private void literal(Object value) {
    if (value instanceof Integer) {
      out.writeNumber((Integer) value);
    } else if (value instanceof List) {
      out.writeStartArray();
      for (Object element : (List<?>) value) {
        literal(element);
      }
      out.writeEndArray();
    } else {
      out.writeString(String.valueOf(value));
    }
  }

  /** Writes the members of an object schema for a shape, in an object already started. */
  private void shapeBody(Shape<?> shape, boolean sheet) {
    out.writeStringProperty("type", "object");
    out.writeBooleanProperty("additionalProperties", false);
    List<String> required = new ArrayList<>();
    if (sheet) {
      required.add(FactSheetJson.VERSION_PROPERTY);
    }
    for (Property<?, ?> property : shape.properties()) {
      if (property.kind() == Property.Kind.REQUIRED || property.kind() == Property.Kind.NON_EMPTY_LIST) {
        required.add(property.name());
      }
    }
    out.writeName("required");
    literal(required);
    out.writeName("properties");
    out.writeStartObject();
    if (sheet) {
      out.writeName(FactSheetJson.VERSION_PROPERTY);
      out.writeStartObject();
      out.writeNumberProperty("const", FactSheetJson.FORMAT_VERSION);
      out.writeEndObject();
    }
    for (Property<?, ?> property : shape.properties()) {
      out.writeName(property.name());
      if (property.isList()) {
        out.writeStartObject();
        out.writeStringProperty("type", "array");
        if (property.kind() == Property.Kind.NON_EMPTY_LIST) {
          out.writeNumberProperty("minItems", 1);
        }
        out.writeName("items");
        reference(property.form());
        out.writeEndObject();
      } else {
        reference(property.form());
      }
    }
    out.writeEndObject();
  }

  private void union(Union<?> union) {
    out.writeStartObject();
    description(union);
    out.writeName("oneOf");
    out.writeStartArray();
    for (int i = 0; i < union.size(); i++) {
      out.writeStartObject();
      out.writeStringProperty("type", "object");
      out.writeBooleanProperty("additionalProperties", false);
      out.writeName("required");
      literal(List.of(union.key(i)));
      out.writeName("properties");
      out.writeStartObject();
      out.writeName(union.key(i));
      reference(union.form(i));
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
