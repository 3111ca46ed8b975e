package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.FactSheet;
import org.newsfacts.Fixtures;

/** The format is pinned by golden files: the wire names and order are part of the API. */
class GoldenFilesTest {
  private final FactSheetJson json = FactSheetJson.strict();

  static Stream<Arguments> goldenSheets() {
    return Stream.of(
        Arguments.of("minimal.json", (Supplier<FactSheet>) GoldenSheets::minimal),
        Arguments.of("every-field.json", (Supplier<FactSheet>) GoldenSheets::everyField));
  }

  static byte[] golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  /**
   * After a deliberate change of the format, write the golden files anew with
   * {@code mvn test -Dtest=GoldenFilesTest -Dnewsfacts.writeGolden=true}, and read the diff.
   */
  @ParameterizedTest
  @MethodSource("goldenSheets")
  void writesExactlyTheGoldenBytes(String file, Supplier<FactSheet> sheet) throws IOException {
    if (Boolean.getBoolean("newsfacts.writeGolden")) {
      Files.write(Path.of("src/test/resources/golden", file), json.writeBytes(sheet.get()));
    }
    assertThat(new String(json.writeBytes(sheet.get()), StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(file), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("goldenSheets")
  void readsTheGoldenFileAsTheSameSheet(String file, Supplier<FactSheet> sheet) throws IOException {
    assertThat(json.read(golden(file))).isEqualTo(sheet.get());
  }

  @ParameterizedTest
  @MethodSource("goldenSheets")
  void rewritingWhatWasReadGivesTheSameBytes(String file, Supplier<FactSheet> sheet) throws IOException {
    byte[] bytes = golden(file);

    assertThat(json.writeBytes(json.read(bytes))).isEqualTo(bytes);
  }

  @Test
  void theEveryFieldSheetSetsEveryOptionalAttribute() throws IOException {
    String text = new String(golden("every-field.json"), StandardCharsets.UTF_8);

    assertThat(text).contains("\"provenance\"", "\"reviewedBy\"", "\"sourceDigest\"", "\"dateline\"",
        "\"revision\"", "\"originalLanguage\"", "\"publisher\": true", "\"unnamed\": true",
        "\"anonymity\"", "\"characterisations\"", "\"relativeTo\"", "\"statedCount\"", "\"within\"",
        "\"statusBy\"", "\"previousTime\"", "\"part\"", "\"links\"", "\"cue\"", "\"addressees\"",
        "\"targets\"", "\"reportedBy\": \"s-agreed\"", "\"arguments\"", "\"assessments\"", "\"cues\"",
        "\"approximate\": true", "\"atLeast\"", "\"moreThan\"", "\"lessThan\"", "\"atMost\"", "\"words\"",
        "\"equivalents\"", "\"change\"", "\"baseline\"", "\"modifier\"", "\"duration\"",
        "\"confidence\"", "\"inferred\"");
  }

  @Test
  void everyInputFormReadsTheSameSheet(@TempDir Path dir) throws IOException {
    byte[] bytes = golden("every-field.json");
    Path file = dir.resolve("sheet.json");
    Files.write(file, bytes);
    FactSheet expected = GoldenSheets.everyField();

    assertThat(json.read(bytes)).isEqualTo(expected);
    assertThat(json.read(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(json.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(json.read(file)).isEqualTo(expected);
  }

  @Test
  void everyOutputFormWritesTheSameBytes(@TempDir Path dir) throws IOException {
    FactSheet sheet = GoldenSheets.everyField();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    json.write(sheet, stream);
    Path file = dir.resolve("out.json");
    json.write(sheet, file);

    byte[] expected = golden("every-field.json");
    assertThat(stream.toByteArray()).isEqualTo(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    assertThat(json.write(sheet).getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void aSheetLargerThanTheWritersBufferSegmentsIsWrittenWholeInEveryForm() {
    FactSheet small = GoldenSheets.everyField();
    // Text after the evidence leaves every span valid; 'ó' and '€' cross buffer boundaries too.
    FactSheet sheet = FactSheet.builder().from(small)
        .source(small.source().withText(small.source().text() + " Reunión en Kyiv: 10 € por día.".repeat(20_000)))
        .provenance(org.newsfacts.Provenance.builder().method(org.newsfacts.Provenance.Method.MANUAL).build())
        .build();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    json.write(sheet, stream);

    byte[] bytes = json.writeBytes(sheet);
    assertThat(bytes.length).isGreaterThan(600_000);
    assertThat(bytes).isEqualTo(stream.toByteArray());
    assertThat(json.read(bytes)).isEqualTo(sheet);
  }

  @Test
  void equalSheetsBuiltInAnyWayGiveIdenticalBytes() {
    FactSheet built = Fixtures.sheet().build();
    FactSheet copied = FactSheet.builder().from(built).build();

    assertThat(json.writeBytes(copied)).isEqualTo(json.writeBytes(built));
    assertThat(json.write(built)).endsWith("}\n").doesNotContain("\r", "null");
  }
}
