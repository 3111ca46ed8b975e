package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsfacts.Violation;

/**
 * Each rule of the model of amounts, time, attribution and provenance, broken in the JSON of the
 * every-field golden sheet, is reported with its rule, its path and a line.
 */
class ModelReadingTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();

  private static String golden() {
    try {
      return new String(GoldenFilesTest.golden("every-field.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      quantity with both lower bounds | "atLeast": "200",              | "atLeast": "200", "moreThan": "1",   | quantity.bounds    | claims[0].subject.quantity.moreThan
      quantity stating nothing        | "atLeast": "200",              | ""                                   | quantity.bounds    | claims[0].subject.quantity
      count with a fraction           | "atLeast": "200",              | "atLeast": "200.5",                  | amount.invalid     | claims[0].subject.quantity.atLeast
      equivalent in the same unit     | "unit": "USD"                  | "unit": "EUR"                        | unit.kind          | claims[1].subject.quantity.equivalents[0].unit
      a unit that is not UCUM         | "unit": "h"                    | "unit": "hours"                      | unit.unknown       | claims[5].value.time.duration.unit
      a duration not in time          | "unit": "h"                    | "unit": "km"                         | unit.kind          | claims[5].value.time.duration.unit
      a point and an interval         | "at": "--01-17"                | "at": "--01-17", "end": "--01-18"    | time.invalid       | meetings[0].time.end
      a quarter that does not exist   | "at": "2026"                   | "at": "2026-Q5"                      | date.invalid       | claims[4].time.at
      a modifier without a point      | "modifier": "start",           | "modifier": "start", "start": "2026",| time.invalid       | claims[4].time.start
      an unknown modifier             | "modifier": "start",           | "modifier": "early",                 | json.enum          | claims[4].time.modifier
      a zone without a time           | "published": "2025-03-19T10:15+02:00" | "published": "2025-03-19+02:00" | date.invalid  | source.published
      unknown property in a factuality | "certainty": "possible",      | "certainty": "possible", "x": 1,     | json.unknown-property | claims[4].factuality.x
      a factuality FactBank lacks     | "certainty": "possible",       | "certainty": "unknown",              | factuality.invalid | claims[4].factuality.polarity
      confidence above one            | "confidence": 0.9,             | "confidence": 9,                     | confidence.range   | participants[1].confidence
      confidence as a string          | "confidence": 0.9,             | "confidence": "0.9",                 | json.type          | participants[1].confidence
      an inferred path to nothing     | "country": "UA",               | ""                                   | inferred.path      | participants[1].inferred[0]
      an unnamed source with a name   | "unnamed": true,               | "unnamed": true, "name": "Jane",     | required           | participants[4].name
      two publishers                  | "name": "Ana",                 | "name": "Ana", "publisher": true,    | publisher.duplicate | participants[1].publisher
      a place within itself           | "within": "pl-ukraine",        | "within": "pl-lviv",                 | ref.cycle          | places[2].within
      a statement reported by a place | "reportedBy": "s-agreed",      | "reportedBy": "pl-kyiv",             | ref.kind           | statements[1].reportedBy
      a link to a place               | "target": "s-report"           | "target": "pl-kyiv"                  | ref.kind           | statements[2].links[0].target
      a dateline that is a person     | "dateline": "pl-kyiv",         | "dateline": "p-ana",                 | ref.kind           | source.dateline
      a status given by a place       | "statusBy": "s-agreed",        | "statusBy": "pl-kyiv",               | ref.kind           | meetings[0].statusBy
      a previous time of a planned one| "status": "postponed",         | "status": "planned",                 | time.invalid       | meetings[1].previousTime
      the digest of another text      | "sourceDigest": "sha-256:8     | "sourceDigest": "sha-256:1           | provenance.digest  | provenance.sourceDigest
      a topic about a statement       | "about": "e-strike"            | "about": "s-agreed"                  | ref.kind           | statements[6].topics[0].about
      a period that is no time        | "unit": "wk"                   | "unit": "km"                         | unit.kind          | claims[10].time.every.unit
      a statement "happened"          | "status": "hypothetical"       | "status": "happened"                 | time.invalid       | statements[7].status
      a topic about nothing known     | "about": "e-strike"            | "about": "e-nowhere"                 | ref.unresolved     | statements[6].topics[0].about
      a relation to a place           | "to": "p-ana"                  | "to": "pl-kyiv"                      | ref.kind           | participants[2].relations[0].to
      reviewers of an automatic sheet | "method": "reviewed",          | "method": "automatic",               | required           | provenance.reviewedBy
      an original language untranslated | "translated": true,          | ""                                   | required           | source.originalLanguage
      an act of other without its cue | "act": "inform",               | "act": "other",                      | required           | statements[3].cue
      """)
  void reportsTheRuleAndPathOfEachConcept(String description, String from, String to, String rule, String path) {
    String valid = golden();
    String toText = to.equals("\"\"") ? "" : to;
    assertThat(valid).as(description).contains(from);
    String json = valid.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(toText));
    List<Violation> violations = JSON.check(json);

    assertThat(violations).as(description).extracting(v -> v.rule().id(), Violation::path)
        .contains(tuple(rule, path));
    assertThat(violations).allSatisfy(v -> assertThat(v.line()).isPresent());
  }
}
