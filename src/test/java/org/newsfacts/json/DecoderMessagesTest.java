package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.Claim;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Violation;

/**
 * The decoder's messages, word for word, for each kind of token where another was expected, for
 * the one-of objects (terms), for values skipped after an unknown key, and for unpaired surrogates
 * wherever they stand: what mutation testing showed the other tests did not pin.
 */
class DecoderMessagesTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();

  private static String first(String json, Class<?> type) {
    List<Violation> violations = JSON.check(json, type);
    assertThat(violations).as(json).isNotEmpty();
    return violations.get(0).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"id": 5}      | id (line 1, column 8): [json.type] expected a string, found a number
      {"id": 1.5}    | id (line 1, column 8): [json.type] expected a string, found a number
      {"id": [1]}    | id (line 1, column 8): [json.type] expected a string, found an array
      {"id": {}}     | id (line 1, column 8): [json.type] expected a string, found an object
      {"id": true}   | id (line 1, column 8): [json.type] expected a string, found true or false
      {"id": false}  | id (line 1, column 8): [json.type] expected a string, found true or false
      {"id": null}   | id (line 1, column 8): [json.null] null is not allowed: leave an absent value out
      """)
  void aTokenOfAnotherKindIsNamed(String json, String expected) {
    assertThat(first(json, Claim.class)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"text": "a", "entity": "p"} | (root) (line 1, column 1): [json.type] a term has exactly one of text, entity, quantity, time, change or rank, not 2
      {}                           | (root) (line 1, column 1): [json.type] a term has exactly one of text, entity, quantity, time, change or rank, not 0
      {"text": "a", "text": "b"}   | text (line 1, column 23): [json.duplicate-key] the key 'text' appears more than once in this object
      {"bogus": 1, "text": "a"}    | bogus (line 1, column 11): [json.unknown-property] 'bogus' is not a property here; known are text, entity, quantity, time, change, rank
      [1]                          | (root) (line 1, column 1): [json.type] expected an object, found an array
      "a"                          | (root) (line 1, column 1): [json.type] expected an object, found a string
      """)
  void aTermIsOneOfItsKinds(String json, String expected) {
    assertThat(JSON.check(json, Term.class)).hasSize(1);
    assertThat(first(json, Term.class)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"text": "a", "bogus": {"x": [1, {"y": [2, 3]}, "z"]}, "more": 1}` | bogus (line 1, column 24); more (line 1, column 64)
      `{"bogus": [[[]], {}], "text": "a", "more": {"a": {"b": null}}}`    | bogus (line 1, column 11); more (line 1, column 44)
      """)
  void aValueAfterAnUnknownKeyIsSkippedWholeAndTheNextKeyIsReportedWhereItStands(String json, String expected) {
    List<Violation> violations = JSON.check(json, Term.class);

    assertThat(violations.stream().map(v -> v.path() + " (line " + v.line().getAsInt() + ", column "
        + v.column().getAsInt() + ")").collect(Collectors.joining("; "))).isEqualTo(expected);
    assertThat(violations).allSatisfy(v -> assertThat(v.rule().id()).isEqualTo("json.unknown-property"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      a\\ud800b   | \\ud800
      ab\\udc00   | \\udc00
      \\ud800     | \\ud800
      x\\ud83d    | \\ud83d
      \\ude00\\ud83d | \\ude00
      """)
  void anUnpairedSurrogateIsRefusedWhereverItStands(String text, String surrogate) {
    String json = "{\"id\": \"s\", \"text\": \"" + text + "\", \"speech\": \"direct\", \"act\": \"say\"}";

    assertThat(first(json, Statement.class)).isEqualTo("text (line 1, column 21): [json.string] the text has an"
        + " unpaired surrogate (" + surrogate + "), which is not a character");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      \\ud83d\\ude00
      a\\ud83d\\ude00b
      \\ud83d\\ude00\\ud83d\\ude00
      """)
  void pairedSurrogatesAreCharacters(String text) {
    String json = "{\"id\": \"s\", \"text\": \"" + text + "\", \"speech\": \"direct\", \"act\": \"say\"}";

    assertThat(JSON.check(json, Statement.class)).extracting(v -> v.rule().id()).containsExactly("required");
  }
}
