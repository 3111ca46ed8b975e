package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.FactSheetJson;

/** The usage example of README.md, verbatim between the markers, so that it keeps compiling. */
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
    List<Violation> problems = json.check("{\"formatVersion\": 1, \"extra\": true}");
    // README example end

    assertThat(read).isEqualTo(sheet);
    assertThat(problems).extracting(Violation::rule)
        .containsExactly("json.unknown-property", "required");
  }

  @Test
  void theReadmeShowsThisCodeUnchanged() throws IOException {
    String test = Files.readString(Path.of("src/test/java/org/newsfacts/ReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    String code = test.substring(test.indexOf("// README example start\n") + 24,
        test.indexOf("    // README example end")).lines().map(line -> line.replaceFirst("^    ", ""))
        .collect(Collectors.joining("\n"));

    assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8))
        .contains("```java\n" + code + "\n```");
  }
}
