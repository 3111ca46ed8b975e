package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.PartialDate;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Every type of the model read and written on its own, in every way the codec offers. */
class EveryTypeJsonTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final FactSheetJson COMPACT = FactSheetJson.builder().indent(false).build();
  private static final JsonFactory FACTORY = new JsonFactory();

  static Stream<Arguments> everyValue() {
    return EveryType.oneOfEach().entrySet().stream()
        .map(e -> Arguments.of(e.getKey().getName().substring("org.newsfacts.".length()), e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValue")
  <T> void eachTypeIsWrittenAndReadOnItsOwn(String name, Class<T> type, T value) {
    String indented = JSON.write(value);
    String compact = COMPACT.write(value);

    assertThat(JSON.read(indented, type)).isEqualTo(value);
    assertThat(JSON.read(compact.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(value);
    assertThat(JSON.read(new StringReader(compact), type)).isEqualTo(value);
    assertThat(JSON.read(new ByteArrayInputStream(JSON.writeBytes(value)), type)).isEqualTo(value);
    assertThat(JSON.check(compact, type)).isEmpty();
    assertThat(compact).endsWith("\n").doesNotContain("\n  ").hasLineCount(1);
    assertThat(indented.replaceAll("\\n *", "").replace("\": ", "\":")).isEqualTo(compact.strip());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValue")
  void writersAndStreamsGiveTheSameBytes(String name, Class<?> type, Object value) {
    StringWriter writer = new StringWriter();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();

    JSON.write(value, writer);
    JSON.write(value, stream);

    assertThat(writer.toString()).isEqualTo(JSON.write(value));
    assertThat(stream.toByteArray()).isEqualTo(JSON.writeBytes(value));
  }

  @Test
  void aScalarIsItsJsonString() {
    assertThat(COMPACT.write(PartialDate.parse("--01-17"))).isEqualTo("\"--01-17\"\n");
    assertThat(JSON.read("\"2025-Q3\"", PartialDate.class)).isEqualTo(PartialDate.parse("2025-Q3"));
    assertThat(JSON.write(Claim.Kind.PREDICTION)).isEqualTo("\"prediction\"\n");
  }

  @Test
  void anInvalidValueReportsEveryViolationRelativeToItself() {
    String claim = COMPACT.write(ReferenceArticle.sheet().claims().get(0))
        .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"not an id\",\"colour\":\"red\"");

    JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(claim, Claim.class));

    assertThat(e.violations()).extracting(Violation::rule)
        .containsExactlyInAnyOrder(Rule.JSON_UNKNOWN_PROPERTY, Rule.ID_SYNTAX);
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("colour", "id");
    assertThat(JSON.check(claim, Claim.class)).isEqualTo(e.violations());
  }

  @Test
  void aTypeOutsideTheModelIsRefusedByName() {
    assertThatThrownBy(() -> JSON.read("\"x\"", String.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a type of the newsfacts model");
    assertThatThrownBy(() -> JSON.write(new StringBuilder("x"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.StringBuilder is not a type of the newsfacts model");
  }

  @Test
  void aSheetInsideALargerDocumentThroughJacksonsParserAndGenerator() {
    FactSheet sheet = ReferenceArticle.sheet();
    StringWriter envelope = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), envelope)) {
      generator.writeStartObject();
      generator.writeStringProperty("requestId", "r-1");
      generator.writeName("sheet");
      JSON.write(sheet, generator);
      generator.writeNumberProperty("after", 1);
      generator.writeEndObject();
    }

    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), envelope.toString())) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextName()).isEqualTo("requestId");
      parser.nextToken();
      assertThat(parser.nextName()).isEqualTo("sheet");
      parser.nextToken();
      assertThat(JSON.read(parser, FactSheet.class)).isEqualTo(sheet);
      assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(parser.nextName()).isEqualTo("after");
    }
  }

  @Test
  void anInvalidSheetInsideALargerDocumentHasPathsRelativeToItAndLinesOfTheDocument() {
    String sheet = JSON.write(ReferenceArticle.sheet()).replace("\"speaker\": \"p-umerov\"",
        "\"speaker\": \"p-nobody\"");
    String envelope = "{\n\"sheet\": " + sheet + "}";

    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), envelope)) {
      parser.nextToken();
      parser.nextName();
      parser.nextToken();
      JsonReadException e = catchThrowableOfType(JsonReadException.class, () -> JSON.read(parser, FactSheet.class));

      assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
        assertThat(v.path()).matches("statements\\[\\d+]\\.speaker");
        assertThat(envelope.lines().skip(v.line().orElseThrow() - 1).findFirst().orElseThrow())
            .contains("p-nobody");
      });
    }
  }
}
