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
import org.newsfacts.Modality;
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
    java.nio.file.Path shipped = java.nio.file.Path.of("src/main/resources/org/newsfacts/json/factsheet-1.schema.json");
    if (Boolean.getBoolean("newsfacts.writeSchema")) {
      java.nio.file.Files.writeString(shipped, FactSheetJson.schema());
    }
    String inJar;
    try (java.io.InputStream in = FactSheetJson.class.getResourceAsStream("factsheet-1.schema.json")) {
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
      unknown property             | "formatVersion": 1,     | "formatVersion": 1, "extra": 1,
      format version 2             | "formatVersion": 1,     | "formatVersion": 2,
      null value                   | "name": "Bob",          | "name": null,
      number for a string          | "name": "Bob",          | "name": 5,
      blank name                   | "name": "Bob",          | "name": "  ",
      string for a number          | "start": 47,            | "start": "47",
      decimal for a whole number   | "start": 47,            | "start": 47.5,
      negative start               | "start": 47,            | "start": -1,
      id with a space              | "id": "p-bob",          | "id": "p bob",
      unknown enum value           | "speech": "direct",     | "speech": "quoted",
      lower-case country           | "kind": "person",       | "kind": "person", "country": "ua",
      malformed date               | "date": "--01-17",      | "date": "17 de enero",
      month 13                     | "date": "--01-17",      | "date": "--13-01",
      amount as a number           | "amount": "12",         | "amount": 12,
      amount with an exponent      | "amount": "12",         | "amount": "1.2e1",
      unknown unit form            | "unit": "count"         | "unit": "dollars"
      term with two kinds          | "entity": "p-ana"       | "entity": "p-ana", "text": "Ana"
      empty evidence               | "evidence": [           | "evidence": [], "x": [
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
    assertThat(enumOf("meeting", "mode")).isEqualTo(wire(Meeting.Mode.values()));
    assertThat(enumOf("statement", "speech")).isEqualTo(wire(SpeechMode.values()));
    assertThat(enumOf("statement", "act")).isEqualTo(wire(SpeechAct.values()));
    assertThat(enumOf("claim", "modality")).isEqualTo(wire(Modality.values()));
  }

  /** The every-field golden file sets every property of every type: the schema names exactly those. */
  @Test
  void theSchemaNamesExactlyThePropertiesTheWriterWrites() throws IOException {
    JsonNode golden = MAPPER.readTree(GoldenFilesTest.golden("every-field.json"));

    assertThat(propertiesOf(SCHEMA_TREE)).isEqualTo(keys(Stream.of(golden)));
    assertThat(defined("source")).isEqualTo(keys(Stream.of(golden.get("source"))));
    assertThat(defined("participant")).isEqualTo(keys(each(golden, "participants")));
    assertThat(defined("role")).isEqualTo(keys(each(golden, "participants").flatMap(p -> elements(p, "roles"))));
    assertThat(defined("externalId")).isEqualTo(keys(each(golden, "participants").flatMap(p -> elements(p, "externalIds"))));
    assertThat(defined("meeting")).isEqualTo(keys(each(golden, "meetings")));
    assertThat(defined("ordinal")).isEqualTo(keys(each(golden, "meetings").map(m -> m.get("ordinal"))));
    assertThat(defined("place")).isEqualTo(keys(each(golden, "meetings").map(m -> m.get("place"))));
    assertThat(defined("topic")).isEqualTo(keys(each(golden, "meetings").flatMap(m -> elements(m, "topics"))));
    assertThat(defined("statement")).isEqualTo(keys(each(golden, "statements")));
    assertThat(defined("translation")).isEqualTo(keys(each(golden, "statements").flatMap(s -> elements(s, "translations"))));
    assertThat(defined("claim")).isEqualTo(keys(each(golden, "claims")));
    assertThat(termProperties()).isEqualTo(keys(each(golden, "claims")
        .flatMap(c -> Stream.of(c.get("subject"), c.get("value")))));
    assertThat(defined("quantity")).isEqualTo(keys(each(golden, "claims")
        .flatMap(c -> Stream.of(c.get("subject"), c.get("value")))
        .filter(t -> t != null && t.has("quantity")).map(t -> t.get("quantity"))));
    assertThat(defined("evidence")).isEqualTo(keys(each(golden, "participants").flatMap(p -> elements(p, "evidence"))));
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

  private static Set<String> defined(String definition) {
    return propertiesOf(SCHEMA_TREE.get("$defs").get(definition));
  }

  private static Set<String> propertiesOf(JsonNode schema) {
    return new TreeSet<>(schema.get("properties").propertyNames());
  }

  private static Set<String> termProperties() {
    Set<String> names = new TreeSet<>();
    SCHEMA_TREE.get("$defs").get("term").get("oneOf").forEach(alternative -> names.addAll(propertiesOf(alternative)));
    return names;
  }

  private static Stream<JsonNode> each(JsonNode node, String array) {
    return elements(node, array);
  }

  private static Stream<JsonNode> elements(JsonNode node, String array) {
    JsonNode list = node.get(array);
    return list == null ? Stream.empty() : list.valueStream();
  }

  private static Set<String> keys(Stream<JsonNode> objects) {
    Set<String> keys = new TreeSet<>();
    objects.filter(o -> o != null).forEach(o -> keys.addAll(o.propertyNames()));
    return keys;
  }
}
