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
}
