package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.Fixtures;
import org.newsfacts.Meeting;
import org.newsfacts.Claim;
import org.newsfacts.Factuality;
import org.newsfacts.Participant;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.properties.SheetGenerator;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema and the Java model cannot drift apart: what the writer writes
 * validates, what is invalid by shape fails both, and the schema names exactly the properties and
 * enum values of the model. Checked with an independent validator (networknt json-schema-validator).
 */
class SchemaTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(FactSheetJson.schema(), InputFormat.JSON);
  private static final JsonMapper MAPPER = new JsonMapper();
  private static final JsonNode SCHEMA_TREE = MAPPER.readTree(FactSheetJson.schema());

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void theReferenceSheetValidates() {
    assertThat(errors(new String(ReferenceArticle.sheetJson(), StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void theGoldenFilesValidate() throws IOException {
    for (String golden : List.of("minimal.json", "every-field.json")) {
      assertThat(errors(new String(GoldenFilesTest.golden(golden), StandardCharsets.UTF_8))).as(golden).isEmpty();
    }
  }

  /**
   * The schema is made from the same description of the format that reading and writing follow;
   * the copy shipped for other languages must be that one. After a change of the format, write it
   * anew with {@code mvn test -Dtest=SchemaTest -Dnewsfacts.writeSchema=true}.
   */
  @Test
  void theShippedSchemaIsTheOneTheFormatDescribes() throws IOException {
    java.nio.file.Path shipped = java.nio.file.Path.of("src/main/resources/org/newsfacts/json/factsheet-" + FactSheetJson.FORMAT_VERSION + ".schema.json");
    if (Boolean.getBoolean("newsfacts.writeSchema")) {
      java.nio.file.Files.writeString(shipped, FactSheetJson.schema());
    }
    String inJar;
    try (java.io.InputStream in = FactSheetJson.class.getResourceAsStream("factsheet-" + FactSheetJson.FORMAT_VERSION + ".schema.json")) {
      assertThat(in).as("the jar ships the schema").isNotNull();
      inJar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(java.nio.file.Files.readString(shipped)).as("the schema in src/main/resources; write it"
        + " anew with -Dnewsfacts.writeSchema=true").isEqualTo(FactSheetJson.schema());
    assertThat(inJar).isEqualTo(FactSheetJson.schema());
  }

  @Test
  void randomValidSheetsValidate() {
    for (long seed = 0; seed < 500; seed++) {
      assertThat(errors(JSON.write(SheetGenerator.sheet(seed)))).as("seed %d", seed).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown property             | "formatVersion": 2,     | "formatVersion": 2, "extra": 1,
      format version 1             | "formatVersion": 2,     | "formatVersion": 1,
      null value                   | "name": "Bob",          | "name": null,
      number for a string          | "name": "Bob",          | "name": 5,
      blank name                   | "name": "Bob",          | "name": "  ",
      string for a number          | "start": 47,            | "start": "47",
      decimal for a whole number   | "start": 47,            | "start": 47.5,
      negative start               | "start": 47,            | "start": -1,
      id with a space              | "id": "p-bob",          | "id": "p bob",
      unknown enum value           | "speech": "direct",     | "speech": "quoted",
      lower-case country           | "kind": "person",       | "kind": "person", "country": "ua",
      malformed date               | "at": "--01-17"         | "at": "17 de enero"
      month 13                     | "at": "--01-17"         | "at": "--13-01"
      amount as a number           | "amount": "12",         | "amount": 12,
      amount with an exponent      | "amount": "12",         | "amount": "1.2e1",
      unknown unit form            | "unit": "count"         | "unit": "dollars"
      term with two kinds          | "entity": "p-ana"       | "entity": "p-ana", "text": "Ana"
      empty evidence               | "evidence": [           | "evidence": [], "x": [
      confidence as a string       | "status": "held",       | "status": "held", "confidence": "0.5",
      confidence above 1           | "status": "held",       | "status": "held", "confidence": 1.5,
      flag as a string             | "kind": "person",       | "kind": "person", "unnamed": "yes",
      """)
  void whatIsInvalidByShapeFailsTheSchemaAndTheReader(String description, String from, String to) {
    String valid = JSON.write(Fixtures.sheet().build());
    assertThat(valid).contains(from);
    String json = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));

    assertThat(errors(json)).as(description).isNotEmpty();
    assertThat(JSON.check(json)).as(description).isNotEmpty();
  }

  @Test
  void wholeSheetRulesAreTheReadersNotTheSchemas() {
    String dangling = JSON.write(Fixtures.sheet().build()).replace("\"speaker\": \"p-ana\"", "\"speaker\": \"p-eve\"");

    assertThat(errors(dangling)).isEmpty();
    assertThat(JSON.check(dangling)).extracting(v -> v.rule().id()).containsExactly("ref.unresolved");
  }

  @Test
  void theSchemaNamesTheModelsEnumValues() {
    assertThat(enumOf("participant", "kind")).isEqualTo(wire(Participant.Kind.values()));
    assertThat(enumOf("meeting", "status")).isEqualTo(wire(Meeting.Status.values()));
    assertThat(enumOf("meeting", "medium")).isEqualTo(wire(Meeting.Medium.values()));
    assertThat(enumOf("statement", "speech")).isEqualTo(wire(SpeechMode.values()));
    assertThat(enumOf("statement", "act")).isEqualTo(wire(SpeechAct.values()));
    assertThat(enumOf("claim", "kind")).isEqualTo(wire(Claim.Kind.values()));
    assertThat(enumOf("factuality", "certainty")).isEqualTo(wire(Factuality.Certainty.values()));
    assertThat(enumOf("factuality", "polarity")).isEqualTo(wire(Factuality.Polarity.values()));
  }

  /**
   * The every-field golden file sets every property of every type: walking it along the schema,
   * each definition's properties are exactly those the writer wrote where the definition applies.
   */
  @Test
  void theSchemaNamesExactlyThePropertiesTheWriterWrites() throws IOException {
    JsonNode golden = MAPPER.readTree(GoldenFilesTest.golden("every-field.json"));
    Map<String, Set<String>> written = new TreeMap<>();
    visit(golden, SCHEMA_TREE, "(root)", written);

    Map<String, Set<String>> declared = new TreeMap<>();
    declared.put("(root)", propertiesOf(SCHEMA_TREE));
    SCHEMA_TREE.get("$defs").properties().forEach(def -> {
      if (def.getValue().has("properties")) {
        declared.put(def.getKey(), propertiesOf(def.getValue()));
      } else if (def.getValue().has("oneOf")) {
        Set<String> keys = new TreeSet<>();
        def.getValue().get("oneOf").forEach(alternative -> keys.addAll(propertiesOf(alternative)));
        declared.put(def.getKey(), keys);
      }
    });
    assertThat(written).isEqualTo(declared);
  }

  /** Records the keys of each object under the definition that describes it, and goes down. */
  private static void visit(JsonNode value, JsonNode schema, String definition, Map<String, Set<String>> written) {
    String name = definition;
    JsonNode rule = schema;
    if (rule.has("$ref")) {
      name = rule.get("$ref").asString().substring("#/$defs/".length());
      rule = SCHEMA_TREE.get("$defs").get(name);
    }
    if (value.isArray()) {
      for (JsonNode element : value) {
        visit(element, rule.get("items"), name, written);
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Set<String> keys = written.computeIfAbsent(name, k -> new TreeSet<>());
    keys.addAll(value.propertyNames());
    if (rule.has("oneOf")) {
      for (JsonNode alternative : rule.get("oneOf")) {
        String key = alternative.get("required").get(0).asString();
        if (value.has(key)) {
          visit(value.get(key), alternative.get("properties").get(key), key, written);
        }
      }
      return;
    }
    for (String key : value.propertyNames()) {
      visit(value.get(key), rule.get("properties").get(key), name + "." + key, written);
    }
  }

  private static Set<String> enumOf(String definition, String property) {
    Set<String> values = new TreeSet<>();
    SCHEMA_TREE.get("$defs").get(definition).get("properties").get(property).get("enum")
        .forEach(value -> values.add(value.asString()));
    return values;
  }

  private static Set<String> wire(Enum<?>[] constants) {
    return Stream.of(constants).map(org.newsfacts.internal.WireNames::of).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> propertiesOf(JsonNode schema) {
    return new TreeSet<>(schema.get("properties").propertyNames());
  }

}
