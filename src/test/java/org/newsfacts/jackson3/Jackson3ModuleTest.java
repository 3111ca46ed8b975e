package org.newsfacts.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.json.EveryType;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.GoldenSheets;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The sheet, every entity, value and enum through a Jackson 3 mapper, in the library's format. */
class Jackson3ModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new NewsFactsModule()).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final FactSheetJson COMPACT = FactSheetJson.builder().indent(false).build();
  private static final FactSheet SHEET = ReferenceArticle.sheet();

  private static Envelope envelope() {
    Participant speaker = SHEET.participants().get(1);
    return new Envelope("r-1", SHEET, SHEET.claims().get(0),
        List.of(PartialDate.parse("--01-17"), PartialDate.parse("2025-Q3")), Map.of(speaker.id(), speaker));
  }

  @Test
  void aRecordHoldingASheetAndAClaimRoundTrips() {
    Envelope envelope = envelope();

    String json = MAPPER.writeValueAsString(envelope);

    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(envelope);
    assertThat(json).startsWith("{\"requestId\":\"r-1\",\"sheet\":{\"formatVersion\":2,")
        .contains("\"dates\":[\"--01-17\",\"2025-Q3\"]");
  }

  @Test
  void aSheetIsWrittenInTheLibrarysOwnBytes() {
    byte[] compact = COMPACT.writeBytes(SHEET);
    byte[] indented = FactSheetJson.strict().writeBytes(SHEET);
    JsonMapper pretty = JsonMapper.builder().addModule(new NewsFactsModule())
        .defaultPrettyPrinter(NewsFactsModule.prettyPrinter())
        .enable(SerializationFeature.INDENT_OUTPUT).build();

    assertThat(MAPPER.writeValueAsBytes(SHEET)).isEqualTo(Arrays.copyOf(compact, compact.length - 1));
    assertThat(pretty.writeValueAsBytes(SHEET)).isEqualTo(Arrays.copyOf(indented, indented.length - 1));
    assertThat(MAPPER.readValue(indented, FactSheet.class)).isEqualTo(SHEET);
  }

  static Stream<Arguments> everyValue() {
    return EveryType.oneOfEach().entrySet().stream()
        .map(e -> Arguments.of(e.getKey().getName().substring("org.newsfacts.".length()), e.getKey(), e.getValue()));
  }

  @Test
  void everyTypeOfTheModelHasAValueToTest() {
    assertThat(EveryType.oneOfEach().keySet()).containsExactlyInAnyOrderElementsOf(EveryType.types());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValue")
  void everyTypeIsWrittenAsTheLibraryWritesItAndReadBack(String name, Class<?> type, Object value) {
    String json = MAPPER.writeValueAsString(value);

    assertThat(json + "\n").isEqualTo(COMPACT.write(value));
    assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    assertThat((Object) MAPPER.readerFor(type).readValue(MAPPER.readTree(json))).isEqualTo(value);
    assertThat(MAPPER.convertValue(value, type)).isEqualTo(value);
  }

  @Test
  void aSheetGoesThroughATree() {
    JsonNode tree = MAPPER.valueToTree(SHEET);

    assertThat(tree.get("formatVersion").asInt()).isEqualTo(FactSheetJson.FORMAT_VERSION);
    assertThat((Object) MAPPER.readerFor(FactSheet.class).readValue(tree)).isEqualTo(SHEET);
    assertThat((Object) MAPPER.readerFor(FactSheet.class).readValue(MAPPER.readTree(COMPACT.write(GoldenSheets.everyField()))))
        .isEqualTo(GoldenSheets.everyField());
  }

  @Test
  void aLongAmountStaysExactThroughATreeWithBigDecimals() {
    Quantity amount = Quantity.builder().amount(new java.math.BigDecimal("123456789012345678.25"))
        .unit(org.newsfacts.Unit.currency("USD")).build();
    JsonMapper exact = JsonMapper.builder().addModule(new NewsFactsModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    assertThat(exact.convertValue(amount, Quantity.class)).isEqualTo(amount);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(amount), Quantity.class)).isEqualTo(amount);
  }

  @Test
  void anInvalidValueInTheCallersDocumentIsAJacksonExceptionWithThePathLocationAndRules() {
    String json = MAPPER.writeValueAsString(envelope())
        .replace("\"claim\":{\"id\":\"" + SHEET.claims().get(0).id() + "\"",
            "\"claim\":{\"id\":\"" + SHEET.claims().get(0).id() + "\",\"colour\":\"red\"");

    InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
        () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.getPathReference()).contains("Envelope[\"claim\"]");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(json.indexOf("\"claim\":{") + 9);
    assertThat(e.violations()).extracting(Violation::rule, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.JSON_UNKNOWN_PROPERTY, "colour"));
    assertThat(e.violations().get(0).column()).hasValue(json.indexOf("\"red\"") + 1);
    assertThat(e.getMessage()).contains("Invalid org.newsfacts.Claim: 1 violation", "colour",
        Rule.JSON_UNKNOWN_PROPERTY.id());
  }

  @Test
  void aWholeSheetReportsEveryViolationWithItsPathInsideTheValue() {
    String sheet = COMPACT.write(SHEET).replace("\"speaker\":\"", "\"speaker\":\"nobody-");
    String json = "{\"requestId\":\"r-2\",\"sheet\":" + sheet.strip() + "}";

    InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class,
        () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e.getPathReference()).contains("Envelope[\"sheet\"]");
    assertThat(e.violations()).hasSize(SHEET.statements().size())
        .allSatisfy(v -> {
          assertThat(v.rule()).isEqualTo(Rule.REF_UNRESOLVED);
          assertThat(v.path()).matches("statements\\[\\d+]\\.speaker");
        });
  }

  @Test
  void unknownPropertiesAreAllowedOnlyWhenTheModuleIsMadeSo() {
    String json = "{\"id\": \"c-1\", \"colour\": \"red\", \"subject\": {\"text\": \"x\"},"
        + " \"predicate\": \"is\", \"value\": {\"text\": \"y\"}, \"evidence\": [], \"madeBy\": \"s-1\"}";
    JsonMapper lenient = JsonMapper.builder().addModule(new NewsFactsModule(
        FactSheetJson.builder().allowUnknownProperties(true).build())).build();

    assertThatThrownBy(() -> MAPPER.readValue(json, Claim.class)).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("colour");
    assertThat(catchThrowableOfType(InvalidFactsException.class, () -> lenient.readValue(json, Claim.class)))
        .as("only the unknown property is forgiven")
        .satisfiesAnyOf(e -> assertThat(e).isNull(),
            e -> assertThat(e.violations()).noneMatch(v -> v.rule() == Rule.JSON_UNKNOWN_PROPERTY));
  }

  @Test
  void withoutTheModuleAMapperFailsWithAMessageThatNamesIt() {
    assertThatThrownBy(() -> PLAIN.writeValueAsString(SHEET))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("org.newsfacts.jackson3.NewsFactsModule");
    assertThatThrownBy(() -> PLAIN.writeValueAsString(SHEET.claims().get(0)))
        .hasMessageContaining("org.newsfacts.Claim has a JSON format of its own");
    assertThatThrownBy(() -> PLAIN.readValue(COMPACT.write(SHEET.claims().get(0)), Claim.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("org.newsfacts.jackson3.NewsFactsModule");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValue")
  void withoutTheModuleNoValueIsWrittenAsSomethingElse(String name, Class<?> type, Object value) {
    String json;
    try {
      json = PLAIN.writeValueAsString(value);
    } catch (DatabindException e) {
      assertThat(e).hasMessageContaining("NewsFactsModule");
      return;
    }
    assertThat(json + "\n").as("what a plain mapper writes").isEqualTo(COMPACT.write(value));
    assertThat(PLAIN.readValue(json, type)).isEqualTo(value);
  }

  /** How a cache (Spring's Redis serializer, say) configures its mapper: every value with its type. */
  private static JsonMapper typed(tools.jackson.databind.DefaultTyping typing) {
    return JsonMapper.builder().addModule(new NewsFactsModule())
        .activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType("org.newsfacts.")
            .allowIfSubType("java.util.").build(), typing, JsonTypeInfo.As.PROPERTY)
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValue")
  void aMapperWithDefaultTypingWritesTheTypeAndReadsItBack(String name, Class<?> type, Object value) {
    // NON_FINAL_AND_RECORDS came with Jackson 3.1; the suite also runs against 3.0.4 (.ci/run)
    for (tools.jackson.databind.DefaultTyping typing : java.util.Arrays.stream(
        tools.jackson.databind.DefaultTyping.values()).filter(t -> t.name().startsWith("NON_FINAL")).toList()) {
      JsonMapper typed = typed(typing);

      // as a cache writes a value: as an Object, so that the root has its type id too
      String json = typed.writerFor(Object.class).writeValueAsString(value);

      assertThat(json).contains("\"org.newsfacts.");
      assertThat(typed.readValue(json, Object.class)).as(typing + ": " + json).isEqualTo(value);
      if (!java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
        // a type that may have subtypes carries its id wherever it stands
        assertThat(typed.readValue(json, type)).as(typing + ": " + json).isEqualTo(value);
      }
    }
  }

  @Test
  void aTypedSheetStartsWithItsPublicTypeAndKeepsItsOwnFormat() {
    JsonMapper typed = typed(tools.jackson.databind.DefaultTyping.NON_FINAL);

    String json = typed.writerFor(Object.class).writeValueAsString(SHEET);

    assertThat(json).startsWith("{\"@class\":\"org.newsfacts.FactSheet\",\"formatVersion\":2,");
    assertThat(typed.readValue(json, Object.class)).isEqualTo(SHEET);
    assertThat(typed.readValue(typed.writeValueAsString(envelope()), Envelope.class)).isEqualTo(envelope());
  }

  @Test
  void valuesWrittenAsStringsAreMapKeysAndObjectsAreRefusedAsKeys() {
    Map<PartialDate, Claim.Kind> byDate = Map.of(PartialDate.parse("--01-17"), Claim.Kind.PREDICTION);
    tools.jackson.core.type.TypeReference<Map<PartialDate, Claim.Kind>> mapType = new tools.jackson.core.type.TypeReference<>() { };

    String json = MAPPER.writeValueAsString(byDate);

    assertThat(json).isEqualTo("{\"--01-17\":\"prediction\"}");
    assertThat(MAPPER.readValue(json, mapType)).isEqualTo(byDate);
    assertThatThrownBy(() -> MAPPER.readValue("{\"--02-30\":\"prediction\"}", mapType))
        .isInstanceOf(DatabindException.class).hasMessageContaining("--02-30");
    assertThatThrownBy(() -> MAPPER.writeValueAsString(Map.of(SHEET.claims().get(0), 1)))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("org.newsfacts.Claim is written as a JSON object, which cannot be a key");
  }

  @Test
  void bytesAreUtf8() {
    assertThat(new String(MAPPER.writeValueAsBytes(SHEET), StandardCharsets.UTF_8))
        .isEqualTo(COMPACT.write(SHEET).strip());
  }
}
