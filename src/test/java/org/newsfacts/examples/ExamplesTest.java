package org.newsfacts.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.Claim;
import org.newsfacts.Statement;
import org.newsfacts.reference.ReferenceArticle;

class ExamplesTest {
  private static final String REFERENCE = new String(ReferenceArticle.sheetJson(), StandardCharsets.UTF_8);

  private static String capture(java.util.function.Consumer<PrintStream> run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    run.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theAccountTellsWhoMetWhomWhatWasSaidAndTheNumbers() {
    String account = capture(out -> ArticleFacts.print(ReferenceArticle.sheet(), out));

    assertThat(account)
        .contains("Participants (14)", "Meetings (3)", "Statements (9)", "Claims (10)")
        .contains("who: Umerov, ministros de Asuntos Exteriores y representantes de 9 países")
        .contains("time: --01-17 (no year given); place: Kyiv")
        .contains("status: held (inferred); medium: unknown")
        .contains("Places (5)", "Ucrania — country, UA (inferred)", "Ukrinform — organisation, publisher of the item")
        .contains("number 25 of \"formato Ramstein\"")
        .contains("Umerov (indirect, invite \"invita\", via Facebook, reported by Ukrinform)")
        .contains("[PS+ \"pueden\", prediction, 2025] \"las capacidades de la industria de defensa"
            + " ucraniana\" | pueden alcanzar | 35000000000 USD");
  }

  private static int validate(Path dir, String json, StringBuilder output) throws IOException {
    Path file = dir.resolve("sheet.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    int[] status = new int[1];
    output.append(capture(out -> status[0] = ValidateSheets.run(new String[] {file.toString()}, out)));
    return status[0];
  }

  @Test
  void theValidatorAcceptsTheReferenceSheet(@TempDir Path dir) throws IOException {
    StringBuilder output = new StringBuilder();

    assertThat(validate(dir, REFERENCE, output)).isZero();
    assertThat(output).contains("sheet.json: valid", "1 valid, 0 invalid");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a span moved off its text     | "start": 0,                        | "start": 1,                         | participants[0].evidence[0].text (line 23, column 19): [evidence.length]
      a quote changed               | y Montenegro",                     | y Serbia",                          | statements[1].text (line
      a dangling speaker            | "speaker": "p-umerov",             | "speaker": "p-rustem",              | [ref.unresolved] no participant has the id 'p-rustem'
      the amount as a number        | "amount": "35000000000",           | "amount": 35000000000,              | claims[3].value.quantity.amount (line
      a year guessed wrongly        | "at": "--01-17"                    | "at": "--01-32"                     | meetings[2].time.at (line
      an unknown property           | "publisher": "Ukrinform",          | "publisher": "Ukrinform", "x": 1,   | source.x (line
      trailing content              | "formatVersion": 2,                | "formatVersion": 1 }{,              | [json.syntax]
      """)
  void theValidatorReportsBrokenCopies(String description, String from, String to, String expected,
      @TempDir Path dir) throws IOException {
    assertThat(REFERENCE).contains(from);
    StringBuilder output = new StringBuilder();

    assertThat(validate(dir, REFERENCE.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), output)).as(description).isEqualTo(1);
    assertThat(output).contains(expected).contains("0 valid, 1 invalid");
  }

  @Test
  void theValidatorReportsAFileItCannotRead(@TempDir Path dir) {
    String output = capture(out -> assertThat(ValidateSheets.run(
        new String[] {dir.resolve("missing.json").toString()}, out)).isEqualTo(1));

    assertThat(output).contains("missing.json: cannot read it").contains("0 valid, 1 invalid");
  }

  @Test
  void theQueryFindsTheOneClaimWithAnAmountAndTheDirectQuotes() {
    assertThat(QueryFacts.claimsWithQuantity(ReferenceArticle.sheet())).extracting(Claim::id)
        .containsExactly("c-capabilities");
    assertThat(QueryFacts.directQuotes(ReferenceArticle.sheet(), "p-umerov")).extracting(Statement::id)
        .containsExactly("s-meeting", "s-invite", "s-capabilities");
    assertThat(QueryFacts.directQuotes(ReferenceArticle.sheet(), "p-ukrinform")).isEmpty();
  }

  @Test
  void theExportExampleWritesEachFormat() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      ExportFacts.main(new String[] {"schema-org"});
      ExportFacts.main(new String[] {"annotations"});
      ExportFacts.main(new String[] {"json-schema"});
    } finally {
      System.setOut(stdout);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("\"@type\": \"NewsArticle\"", "\"type\": \"TextPositionSelector\"",
            "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  /** An extractor's output for the reference article: its own ids, one amount wrong, one span shifted. */
  private static String extracted() {
    return REFERENCE.replace("\"c-capabilities\"", "\"claim-1\"").replace("\"35000000000\"", "\"3500000000\"")
        .replace("\"start\": 1171", "\"start\": 1173").replace("\"end\": 1279", "\"end\": 1281");
  }

  @Test
  void theScorerPairsFoldersByNameAndFailsBelowTheThreshold(@TempDir Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Path predicted = Files.createDirectories(dir.resolve("predicted"));
    Files.writeString(gold.resolve("umerov.json"), REFERENCE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("again.json"), REFERENCE, StandardCharsets.UTF_8);
    Files.writeString(predicted.resolve("umerov.json"), extracted(), StandardCharsets.UTF_8);
    String[] folders = {gold.toString(), predicted.toString()};

    int[] status = new int[1];
    String report = capture(out -> status[0] = ScoreExtractor.run(
        new String[] {folders[0], folders[1], "--min-f1", "0.9", "--differences"}, out));

    assertThat(status[0]).isEqualTo(1);   // "again.json" has no prediction: recall halves
    assertThat(report).contains("umerov.json: F1 0.976 strict, 1.000 partial; 0 violations left out, 1 spans moved",
        "  claims[c-capabilities].value.quantity.amount: expected 35000000000, was 3500000000",
        "again.json: F1 0.000 strict, 0.000 partial; no prediction",
        "2 documents, 0 violations left out; partial F1 0.667, required 0.900: FAIL");
    assertThat(capture(out -> status[0] = ScoreExtractor.run(new String[] {folders[0], folders[1],
        "--min-f1", "0.6"}, out))).contains("partial F1 0.667, required 0.600: pass");
    assertThat(status[0]).isZero();
  }

  @Test
  void theScorerPairsJsonLinesByLineAndScoresWhatItCanOfBrokenOutput(@TempDir Path dir) throws IOException {
    String line = REFERENCE.replace("\n", "").replaceAll(" {2,}", " ");
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), line + "\n", StandardCharsets.UTF_8);
    String broken = extracted().replace("\"channel\": \"Facebook\"", "\"channel\": \"Facebook\", \"mood\": 1")
        .replace("\n", "");
    Path predicted = Files.writeString(dir.resolve("predicted.jsonl"), broken + "\n", StandardCharsets.UTF_8);

    int[] status = new int[1];
    String report = capture(out -> status[0] = ScoreExtractor.run(
        new String[] {gold.toString(), predicted.toString(), "--strict", "--min-f1", "0.95"}, out));

    assertThat(report).contains("line 000001: F1 0.976 strict, 1.000 partial; 1 violations left out, 1 spans moved",
        "claims           10    10     10     9 |", "strict F1 0.976, required 0.950: pass");
    assertThat(status[0]).isZero();
    assertThat(capture(out -> status[0] = ScoreExtractor.run(new String[] {gold.toString()}, out)))
        .startsWith("give a gold and a predicted folder or JSON Lines file");
    assertThat(status[0]).isEqualTo(2);
    assertThat(capture(out -> ScoreExtractor.run(new String[] {gold.toString(), predicted.toString(), "--min-f1",
        "2"}, out))).startsWith("--min-f1 needs a number from 0 to 1, not 2");
  }
}
