package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.FactSheet;
import org.newsfacts.Fixtures;
import org.newsfacts.NewsFactsException;
import org.newsfacts.Violation;

/**
 * Every way a document can be bad gives a {@link JsonReadException} naming the rule and the path.
 * Each case edits the canonical JSON of the fixture sheet in one place.
 */
class StrictReadingTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final String VALID = JSON.write(Fixtures.sheet().build());

  private static String edit(String from, String to) {
    assertThat(VALID).as("the fixture JSON contains the text to edit").contains(from);
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private static List<Violation> violations(String json) {
    try {
      JSON.read(json);
    } catch (JsonReadException e) {
      assertThat(e.getCause()).as("no Jackson exception escapes").isNull();
      assertThat(e).isInstanceOf(NewsFactsException.class);
      return e.violations();
    }
    throw new AssertionError("expected a JsonReadException for:\n" + json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown property at the root     | "formatVersion": 2,            | "formatVersion": 2, "extra": true, | json.unknown-property | extra
      unknown property in an entity    | "name": "Bob",                 | "name": "Bob", "nick": "B",        | json.unknown-property | participants[1].nick
      duplicate key                    | "language": "en",              | "language": "en", "language": "es",| json.duplicate-key    | source.language
      null for a value                 | "name": "Bob",                 | "name": null,                      | json.null             | participants[1].name
      number where a string belongs    | "name": "Bob",                 | "name": 5,                         | json.type             | participants[1].name
      string where a number belongs    | "start": 47,                   | "start": "47",                     | json.type             | participants[1].evidence[0].start
      decimal where a whole number     | "start": 47,                   | "start": 47.0,                     | json.type             | participants[1].evidence[0].start
      number beyond int                | "start": 47,                   | "start": 4700000000000,            | json.type             | participants[1].evidence[0].start
      boolean where a string belongs   | "act": "say",                  | "act": true,                       | json.type             | statements[0].act
      object where a list belongs      | "participants": [              | "participants": {"a": 1}, "x": [   | json.type             | participants
      missing required value           | "id": "p-bob",                 | ,                                  | required              | participants[1].id
      unknown enum value               | "speech": "direct",            | "speech": "quoted",                | json.enum             | statements[0].speech
      enum in the wrong case           | "kind": "person",              | "kind": "PERSON",                  | json.enum             | participants[0].kind
      impossible partial date          | "at": "--01-17"               | "at": "--02-30"                   | date.invalid          | meetings[0].time.at
      unknown country code             | "kind": "person",              | "kind": "person", "country": "XX", | country.unknown       | participants[0].country
      ill-formed language tag          | "language": "en",              | "language": "english",             | language.invalid      | source.language
      amount as a JSON number          | "amount": "12",                | "amount": 12,                      | json.type             | claims[0].value.quantity.amount
      amount with an exponent          | "amount": "12",                | "amount": "1.2e1",                 | amount.invalid        | claims[0].value.quantity.amount
      unknown currency                 | "unit": "count"                | "unit": "XYZ"                      | unit.unknown          | claims[0].value.quantity.unit
      term with two kinds              | "entity": "p-ana"              | "entity": "p-ana", "text": "Ana"   | json.type             | claims[0].subject
      blank name                       | "name": "Bob",                 | "name": "  ",                      | blank                 | participants[1].name
      malformed id                     | "id": "p-bob",                 | "id": "p bob",                     | id.syntax             | participants[1].id
      span with end before start       | "end": 50,                     | "end": 40,                         | evidence.range        | participants[1].evidence[0].end
      span text of the wrong length    | "text": "Bob"                  | "text": "Bobby"                    | evidence.length       | participants[1].evidence[0].text
      span not matching the source     | "text": "Bob"                  | "text": "Bib"                      | evidence.mismatch     | participants[1].evidence[0].text
      dangling reference               | "speaker": "p-ana",            | "speaker": "p-eve",                | ref.unresolved        | statements[0].speaker
      reference to the wrong kind      | "holder": "s-agreed",          | "holder": "pl-kyiv",               | ref.kind              | claims[0].holder
      duplicate id                     | "id": "p-bob",                 | "id": "p-ana",                     | id.duplicate          | participants[1].id
      direct quote not verbatim        | "text": "We agreed on 12 drones",| "text": "We agreed on twelve drones",| quote.not-verbatim | statements[0].text
      format version from the future   | "formatVersion": 2,            | "formatVersion": 3,                | json.format-version   | formatVersion
      format version missing           | "formatVersion": 2,            | ,                                  | required              | formatVersion
      format version as a string       | "formatVersion": 2,            | "formatVersion": "1",              | json.type             | formatVersion
      unpaired surrogate               | "name": "Bob",                 | "name": "B\\ud800b",               | json.string           | participants[1].name
      """)
  void reportsTheRuleAndPath(String description, String from, String to, String rule, String path) {
    String json = to.equals(",") ? edit(from, "") : edit(from, to);
    List<Violation> violations = violations(json);

    assertThat(violations).as(description).extracting(v -> v.rule().id(), Violation::path)
        .contains(tuple(rule, path));
    assertThat(violations).allSatisfy(v -> assertThat(v.line()).isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      empty document          | ''
      only white space        | '   \n  '
      a JSON array            | '[]'
      a JSON string           | '"sheet"'
      truncated               | '{"formatVersion": 2, "source": {'
      trailing content        | '{"formatVersion": 1} {}'
      trailing garbage        | '{"formatVersion": 1} x'
      a comment               | '/* c */ {"formatVersion": 1}'
      single quotes           | '{''formatVersion'': 1}'
      unquoted key            | '{formatVersion: 1}'
      trailing comma          | '{"formatVersion": 2,}'
      NaN                     | '{"formatVersion": NaN}'
      leading zero            | '{"formatVersion": 01}'
      raw control character   | '{"formatVersion": 2, "source": {"headline": "a\tb"}}'
      """)
  void rejectsWhatIsNotOneJsonObject(String description, String json) {
    List<Violation> violations = violations(json);

    assertThat(violations).as(description).isNotEmpty()
        .allSatisfy(v -> assertThat(v.rule().id()).isIn("json.syntax", "json.type", "json.unknown-property"));
  }

  @Test
  void reportsEveryViolationOfADocumentAtOnce() {
    String json = VALID
        .replace("\"formatVersion\": 2,", "\"formatVersion\": 2, \"extra\": 1,")
        .replace("\"at\": \"--01-17\"", "\"at\": \"--02-30\"")
        .replace("\"name\": \"Bob\",", "\"name\": null,")
        .replace("\"act\": \"say\",", "\"act\": \"shout\",");

    assertThat(violations(json)).extracting(v -> v.rule().id()).containsExactlyInAnyOrder(
        "json.unknown-property", "json.null", "date.invalid", "json.enum");
  }

  @Test
  void findsDuplicateKeysBeforeAndPastTheSizeWhereAnObjectIsIndexed() {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      keys.append("\"x").append(i).append("\": ").append(i).append(", ");
      if (i == 4) {
        keys.append("\"x1\": 1, ");
      }
    }
    keys.append("\"x3\": 3, \"x19\": 19, \"x20\": 20, ");
    String json = edit("\"formatVersion\": 2,", "\"formatVersion\": 2, " + keys);

    List<Violation> violations = FactSheetJson.builder().allowUnknownProperties(true).build().check(json);

    assertThat(violations).extracting(v -> v.rule().id(), Violation::path).containsExactly(
        tuple("json.duplicate-key", "x1"), tuple("json.duplicate-key", "x3"),
        tuple("json.duplicate-key", "x19"));
  }

  @Test
  void namesTheIndexOfANullInAList() {
    String json = VALID.replaceFirst("\\{\\s*\"participant\": \"p-ana\"\\s*\\}", "null");

    assertThat(violations(json)).extracting(v -> v.rule().id(), Violation::path)
        .containsExactly(tuple("json.null", "meetings[0].participants[0]"));
  }

  @Test
  void reportsNoEchoesOfAPartThatFailed() {
    String json = edit("\"participants\": [", "\"participants\": {\"a\": 1}, \"x\": [");

    assertThat(violations(json)).extracting(v -> v.rule().id(), Violation::path).containsExactly(
        tuple("json.unknown-property", "x"), tuple("json.type", "participants"));
  }

  @Test
  void doesNotRepeatAFailedValueAsMissing() {
    List<Violation> violations = violations(edit("\"name\": \"Bob\",", "\"name\": 5,"));

    assertThat(violations).extracting(Violation::path).containsExactly("participants[1].name");
  }

  @Test
  void namesTheLineAndColumnOfTheBadValue() {
    String json = edit("\"at\": \"--01-17\"", "\"at\": \"--02-30\"");
    int line = (int) json.lines().takeWhile(l -> !l.contains("--02-30")).count() + 1;
    int column = json.lines().skip(line - 1).findFirst().orElseThrow().indexOf("\"--02-30\"") + 1;

    assertThat(violations(json)).singleElement().satisfies(v -> {
      assertThat(v.line()).hasValue(line);
      assertThat(v.column()).hasValue(column);
      assertThat(v.toString()).isEqualTo("meetings[0].time.at (line " + line + ", column " + column
          + "): [date.invalid] '--02-30' is not a possible date: Illegal value for DayOfMonth field,"
          + " value 30 is not valid for month FEBRUARY");
    });
  }

  @Test
  void namesTheLineAndColumnOfEachUnknownProperty() {
    String json = edit("\"name\": \"Bob\",", "\"name\": \"Bob\", \"nick\": \"B\", \"age\": 40,");
    int line = (int) json.lines().takeWhile(l -> !l.contains("\"nick\"")).count() + 1;
    String text = json.lines().skip(line - 1).findFirst().orElseThrow();

    assertThat(violations(json)).extracting(Violation::path, Violation::line, Violation::column)
        .containsExactly(
            tuple("participants[1].nick", OptionalInt.of(line), OptionalInt.of(text.indexOf("\"B\"") + 1)),
            tuple("participants[1].age", OptionalInt.of(line), OptionalInt.of(text.indexOf("40") + 1)));
  }

  @Test
  void unknownPropertiesMayBeAllowed() {
    FactSheetJson lenient = FactSheetJson.builder().allowUnknownProperties(true).build();
    String json = edit("\"name\": \"Bob\",", "\"name\": \"Bob\", \"nick\": {\"any\": [1, 2]},");

    assertThat(lenient.read(json)).isEqualTo(Fixtures.sheet().build());
    assertThat(violations(json)).extracting(v -> v.rule().id()).containsExactly("json.unknown-property");
  }

  @Test
  void leniencySkipsUnknownPropertiesOfATermToo() {
    FactSheetJson lenient = FactSheetJson.builder().allowUnknownProperties(true).build();
    String json = edit("\"entity\": \"p-ana\"", "\"entity\": \"p-ana\", \"note\": \"x\"");

    assertThat(lenient.read(json)).isEqualTo(Fixtures.sheet().build());
  }

  @Test
  void aTermWithoutAKindIsReported() {
    assertThat(violations(edit("\"entity\": \"p-ana\"", "")))
        .extracting(v -> v.rule().id(), Violation::path).containsExactly(tuple("json.type", "claims[0].subject"));
  }

  @Test
  void theExceptionKeepsItsViolationsWhenSerialized() throws Exception {
    JsonReadException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(JsonReadException.class,
        () -> JSON.read("{}"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((JsonReadException) in.readObject()).violations()).isEqualTo(thrown.violations());
    }
  }

  @Test
  void leniencyDoesNotExtendToAnythingElse() {
    FactSheetJson lenient = FactSheetJson.builder().allowUnknownProperties(true).build();

    assertThat(lenient.check(edit("\"name\": \"Bob\",", "\"name\": null,")))
        .extracting(v -> v.rule().id()).containsExactly("json.null");
  }

  @Test
  void checkListsViolationsWithoutThrowing() {
    assertThat(JSON.check(VALID)).isEmpty();
    assertThat(JSON.check(VALID.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(JSON.check("{}")).extracting(Violation::path).containsExactly("formatVersion");
  }

  @Test
  void enforcesTheNestingLimitWithoutRecursingDeeply() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThat(violations(deep)).singleElement()
        .satisfies(v -> assertThat(v.rule().id()).isEqualTo("json.limit"));
  }

  @Test
  void enforcesCollectionAndDocumentLimits() {
    FactSheetJson small = FactSheetJson.builder().maxCollectionSize(1).build();
    FactSheetJson tiny = FactSheetJson.builder().maxDocumentBytes(100).build();

    assertThat(small.check(VALID)).extracting(v -> v.rule().id()).containsExactly("json.limit");
    assertThat(tiny.check(VALID.getBytes(StandardCharsets.UTF_8))).extracting(v -> v.rule().id())
        .containsExactly("json.limit");
  }

  @Test
  void aMissingFileIsAnInputFailureNotADocumentViolation() {
    assertThatThrownBy(() -> JSON.read(Path.of("does-not-exist.json")))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("does-not-exist.json");
  }

  @Test
  void aFailingStreamIsAnInputFailureNotADocumentViolation() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    assertThatThrownBy(() -> JSON.read(failing))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("disk on fire");
  }

  @Test
  void readsInvalidUtf8AsAnError() {
    byte[] bytes = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
    int at = VALID.indexOf("Bob");
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;

    assertThat(JSON.check(broken)).extracting(v -> v.rule().id()).containsExactly("json.syntax");
  }

  @Test
  void aValidDocumentRoundTrips() {
    FactSheet sheet = JSON.read(VALID);

    assertThat(sheet).isEqualTo(Fixtures.sheet().build());
    assertThat(JSON.write(sheet)).isEqualTo(VALID);
  }
}
