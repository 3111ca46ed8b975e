package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.json.BadLine;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/** The code examples of README.md, verbatim between the markers, so that they keep compiling. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() {
    // README example start
    String text = "Umerov agradeció a los países del Sudeste de Europa por su apoyo.";
    Source source = Source.builder()
        .headline("Umerov agradece el apoyo")
        .language(LanguageTag.of("es"))
        .text(text)
        .build();
    Participant umerov = Participant.builder()
        .id("p-umerov").kind(Participant.Kind.PERSON)
        .name("Umerov")                                 // as written: no first name in the text
        .addEvidence(source.find("Umerov"))             // the exact characters, by code point
        .build();
    Statement thanks = Statement.builder()
        .id("s-thanks").speaker("p-umerov")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.THANK)
        .text("agradeció a los países del Sudeste de Europa por su apoyo")
        .addEvidence(source.find(text))
        .build();
    FactSheet sheet = FactSheet.builder()              // checks ids, references and every span
        .source(source).addParticipants(umerov).addStatements(thanks)
        .build();

    FactSheetJson json = FactSheetJson.strict();        // thread-safe: share one
    String written = json.write(sheet);                 // canonical JSON, same bytes every time
    FactSheet read = json.read(written);                // strict: JsonReadException on any problem
    List<Violation> problems = json.check("{\"formatVersion\": 2, \"extra\": true}");
    // README example end

    assertThat(read).isEqualTo(sheet);
    assertThat(problems).extracting(v -> v.rule().id())
        .containsExactly("json.unknown-property", "required");
  }

  @Test
  void theJsonLinesExampleRuns(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    List<FactSheet> sheets = List.of(ReferenceArticle.sheet(), ReferenceArticle.sheet().withClaims(List.of()));

    // README lines example start
    FactSheetJson json = FactSheetJson.strict();
    try (OutputStream out = Files.newOutputStream(file)) {
      json.writeLines(sheets.stream(), out);                    // one sheet per line
    }
    long claims;
    try (InputStream in = Files.newInputStream(file)) {
      claims = json.readLines(in)                               // lazy: one line in memory at a time
          .mapToLong(sheet -> sheet.claims().size()).sum();     // throws at the first bad line
    }
    List<BadLine> bad = new ArrayList<>();
    List<FactSheet> good;
    try (InputStream in = Files.newInputStream(file)) {
      good = json.readLines(in, bad::add)                       // bad lines go to bad, numbered
          .collect(Collectors.toList());
    }
    // README lines example end

    assertThat(claims).isEqualTo(ReferenceArticle.sheet().claims().size());
    assertThat(good).isEqualTo(sheets);
    assertThat(bad).isEmpty();
  }

  @Test
  void theAnyTypeExampleRuns() {
    FactSheet sheet = ReferenceArticle.sheet();
    Claim claim = sheet.claims().get(0);
    StringWriter writer = new StringWriter();
    StringReader reader = new StringReader(FactSheetJson.strict().write(sheet));
    StringWriter envelope = new StringWriter();
    tools.jackson.core.json.JsonFactory factory = new tools.jackson.core.json.JsonFactory();
    JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), envelope);
    JsonParser parser = factory.createParser(ObjectReadContext.empty(),
        FactSheetJson.strict().write(sheet));

    // README types example start
    FactSheetJson json = FactSheetJson.strict();
    String claimJson = json.write(claim);                         // {"id": "c-1", ...} and a newline
    Claim again = json.read(claimJson, Claim.class);              // strict, as for a sheet
    json.write(PartialDate.parse("--01-17"));                     // "--01-17"
    List<Violation> problems = json.check(claimJson, Claim.class);
    FactSheetJson compact = FactSheetJson.builder().indent(false).build();  // one line

    json.write(sheet, writer);                                    // Writer, OutputStream, Path
    FactSheet fromReader = json.read(reader);                     // Reader, InputStream, bytes, Path
    json.write(sheet, generator);                                 // inside a document you write
    FactSheet inside = json.read(parser, FactSheet.class);        // where a Jackson parser stands
    // README types example end

    generator.close();
    assertThat(again).isEqualTo(claim);
    assertThat(problems).isEmpty();
    assertThat(compact.write(claim)).hasLineCount(1);
    assertThat(writer.toString()).isEqualTo(json.write(sheet));
    assertThat(fromReader).isEqualTo(sheet);
    assertThat(envelope.toString() + "\n").isEqualTo(compact.write(sheet));
    assertThat(inside).isEqualTo(sheet);
  }

  @Test
  void theReadmeListsEveryRuleId() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(Rule.values()).allSatisfy(rule -> assertThat(readme).contains("`" + rule.id() + "`"));
  }

  @ParameterizedTest
  @CsvSource({
      "ReadmeExampleTest.java, example",
      "ReadmeExampleTest.java, lines example",
      "ReadmeExampleTest.java, types example",
      "databind/ModulesOnTheClassPathTest.java, databind example"})
  void theReadmeShowsThisCodeUnchanged(String file, String example) throws IOException {
    String test = Files.readString(Path.of("src/test/java/org/newsfacts").resolve(file),
        StandardCharsets.UTF_8);
    String start = "    // README " + example + " start\n";
    String code = test.substring(test.indexOf(start) + start.length(),
        test.indexOf("    // README " + example + " end")).lines()
        .map(line -> line.replaceFirst("^    ", ""))
        .collect(Collectors.joining("\n"));

    assertThat(code).isNotBlank();
    assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
        .contains("```java\n" + code + "\n```");
  }
}
