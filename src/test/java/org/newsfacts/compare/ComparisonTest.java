package org.newsfacts.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Quantity;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Unit;
import org.newsfacts.compare.Comparison.Difference;
import org.newsfacts.compare.Comparison.Kind;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.GoldenSheets;
import org.newsfacts.reference.ReferenceArticle;

/** Perturbed copies of reference sheets against the originals: the exact differences and scores. */
class ComparisonTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final FactSheet GOLD = ReferenceArticle.sheet();

  /** The sheet with every id renamed, as another extractor would name them. */
  private static FactSheet renamed(FactSheet sheet) {
    String json = JSON.write(sheet);
    Matcher ids = Pattern.compile("\"(p|pl|m|e|s|c)-([A-Za-z0-9-]+)\"").matcher(json);
    return JSON.read(ids.replaceAll("\"$1-other-$2\""));
  }

  @Test
  void aSheetWithOtherIdsIsEquivalentAndScoresOne() {
    for (FactSheet sheet : List.of(GOLD, GoldenSheets.everyField())) {
      Comparison comparison = Comparison.of(sheet, renamed(sheet));

      assertThat(comparison.differences()).isEmpty();
      assertThat(comparison.equivalent()).isTrue();
      assertThat(comparison.overall().f1(true)).isEqualTo(1.0);
    }
    assertThat(Comparison.of(GOLD, renamed(GOLD)).pairs())
        .containsEntry("c-other-capabilities", "c-capabilities").hasSize(41);
  }

  @Test
  void aDroppedClaimIsMissingAndLowersTheRecallOfClaimsOnly() {
    FactSheet predicted = renamed(GOLD.withClaims(GOLD.claims().subList(1, GOLD.claims().size())));

    Comparison comparison = Comparison.of(GOLD, predicted);

    assertThat(comparison.differences()).extracting(Difference::kind, Difference::path)
        .containsExactly(tuple(Kind.CLAIM, "claims[c-coalitions]"));
    assertThat(comparison.differences().get(0).actual()).isNull();
    Comparison.Score claims = comparison.score(Kind.CLAIM);
    assertThat(claims).isEqualTo(new Comparison.Score(10, 9, 9, 9));
    assertThat(claims.precision(true)).isEqualTo(1.0);
    assertThat(claims.recall(true)).isEqualTo(0.9);
    assertThat(comparison.score(Kind.STATEMENT).f1(true)).isEqualTo(1.0);
  }

  @Test
  void aMadeUpClaimIsUnexpectedAndLowersThePrecision() {
    Claim madeUp = Claim.builder().from(GOLD.claim("c-capabilities").orElseThrow()).id("c-made-up")
        .subject(Term.text("las exportaciones")).value(Term.quantity(Quantity.of("7", Unit.COUNT)))
        .evidence(GOLD.source().findAll("Umerov").subList(0, 1)).build();
    List<Claim> claims = new ArrayList<>(GOLD.claims());
    claims.add(madeUp);

    Comparison comparison = Comparison.of(GOLD, GOLD.withClaims(claims));

    assertThat(comparison.differences()).extracting(Difference::path).containsExactly("claims[c-made-up]");
    assertThat(comparison.differences().get(0).expected()).isNull();
    assertThat(comparison.score(Kind.CLAIM)).isEqualTo(new Comparison.Score(10, 11, 10, 10));
  }

  @Test
  void aChangedAmountIsADifferenceOfAPairedClaim() {
    String json = JSON.write(renamed(GOLD)).replace("\"35000000000\"", "\"3500000000\"");

    Comparison comparison = Comparison.of(GOLD, JSON.read(json));

    assertThat(comparison.differences()).singleElement().hasToString(
        "claims[c-capabilities].value.quantity.amount: expected 35000000000, was 3500000000");
    Comparison.Score claims = comparison.score(Kind.CLAIM);
    assertThat(claims).isEqualTo(new Comparison.Score(10, 10, 10, 9));
    assertThat(claims.f1(false)).isEqualTo(1.0);
    assertThat(claims.f1(true)).isEqualTo(0.9);
  }

  @Test
  void swappedSpeakersAreDifferencesNamedByTheirLabels() {
    List<Statement> statements = new ArrayList<>(GOLD.statements());
    int umerov = indexOfSpeaker(statements, "p-umerov");
    int outlet = indexOfSpeaker(statements, "p-ukrinform");
    statements.set(umerov, Statement.builder().from(statements.get(umerov)).speaker("p-ukrinform").build());
    statements.set(outlet, Statement.builder().from(statements.get(outlet)).speaker("p-umerov").build());

    Comparison comparison = Comparison.of(GOLD, renamed(FactSheet.builder().from(GOLD)
        .statements(statements).build()));

    assertThat(comparison.differences()).extracting(Difference::toString).containsExactly(
        "statements[" + statements.get(umerov).id() + "].speaker: expected p-umerov \"Umerov\", was"
            + " p-other-ukrinform \"Ukrinform\"",
        "statements[" + statements.get(outlet).id() + "].speaker: expected p-ukrinform \"Ukrinform\", was"
            + " p-other-umerov \"Umerov\"");
    assertThat(comparison.score(Kind.STATEMENT).exact()).isEqualTo(GOLD.statements().size() - 2);
  }

  private static int indexOfSpeaker(List<Statement> statements, String speaker) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).speaker().filter(speaker::equals).isPresent()) {
        return i;
      }
    }
    throw new AssertionError(speaker);
  }

  @Test
  void spansShiftedByTheExtractorAreMovedBackWhenReadLeniently() {
    String json = JSON.write(renamed(GOLD)).replace("\"start\": 1171", "\"start\": 1173")
        .replace("\"end\": 1279", "\"end\": 1281");

    Lenient.Result result = Lenient.read(json);

    assertThat(result.moved()).singleElement().hasToString("[1173,1281) -> [1171,1279): moved 2 code points earlier");
    assertThat(result.violations()).isEmpty();
    assertThat(Comparison.of(GOLD, result.sheet()).equivalent()).isTrue();
  }

  @Test
  void aLenientReadingLeavesOutWhatBreaksARuleAndListsIt() {
    String json = JSON.write(GOLD)
        .replace("\"holder\": \"s-capabilities\"", "\"holder\": \"s-nowhere\"")       // a claim must go
        .replace("\"kind\": \"prediction\"", "\"kind\": \"prophecy\"")                // so must its kind
        .replace("\"channel\": \"Facebook\"", "\"channel\": \"Facebook\", \"mood\": \"happy\"");  // unknown

    Lenient.Result result = Lenient.read(json);

    long held = GOLD.claimsHeldBy("s-capabilities").size();
    assertThat(result.violations()).extracting(v -> v.rule().id(), v -> v.path()).contains(
        tuple("json.enum", "claims[3].kind"), tuple("json.unknown-property", "statements[0].mood"),
        tuple("ref.unresolved", "claims[3].holder"));
    // the claims of the missing statement go; a bad kind goes alone, the claim keeps the default
    assertThat(result.sheet().claims()).hasSize((int) (GOLD.claims().size() - held))
        .noneMatch(claim -> claim.holder().equals("s-nowhere"));
    Comparison comparison = Comparison.of(GOLD, result.sheet());
    assertThat(comparison.score(Kind.CLAIM).paired()).isEqualTo(GOLD.claims().size() - held);
    assertThat(comparison.score(Kind.STATEMENT).f1(true)).isEqualTo(1.0);
  }

  @Test
  void theReportIsATableAndTheDifferences() {
    String json = JSON.write(renamed(GOLD)).replace("\"35000000000\"", "\"3500000000\"");

    String report = Comparison.of(GOLD, JSON.read(json)).toString();

    assertThat(report).contains("claims           10    10     10     9 |     0.900  0.900 0.900 |     1.000"
        + "  1.000 1.000", "claims[c-capabilities].value.quantity.amount: expected 35000000000, was 3500000000");
    assertThat(report.getBytes(StandardCharsets.UTF_8).length).isLessThan(3_000);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyReferenceSheet() {
    return org.newsfacts.reference.ReferenceCorpus.articles().stream()
        .map(a -> org.junit.jupiter.params.provider.Arguments.of(a.name(), a.sheet()));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("everyReferenceSheet")
  void everyReferenceSheetRenamedIsEquivalentAndEachPerturbationIsTheExactDifference(String name, FactSheet gold) {
    assertThat(Comparison.of(gold, renamed(gold)).differences()).as(name).isEmpty();

    // a claim dropped
    Claim last = gold.claims().get(gold.claims().size() - 1);
    Comparison dropped = Comparison.of(gold, renamed(gold.withClaims(gold.claims().subList(0,
        gold.claims().size() - 1))));
    assertThat(dropped.differences()).extracting(Difference::toString).as(name)
        .containsExactly("claims[" + last.id() + "]: missing (" + last + ")");
    int claims = gold.claims().size();
    assertThat(dropped.score(Kind.CLAIM)).isEqualTo(new Comparison.Score(claims, claims - 1, claims - 1, claims - 1));

    // a statement's text changed: paired by its spans, one difference
    Statement first = gold.statements().get(0);
    List<Statement> statements = new ArrayList<>(gold.statements());
    statements.set(0, Statement.builder().from(first).text(first.text() + " (sic)").speech(
        first.speech() == org.newsfacts.SpeechMode.DIRECT ? org.newsfacts.SpeechMode.INDIRECT : first.speech()).build());
    Comparison changed = Comparison.of(gold, renamed(FactSheet.builder().from(gold).statements(statements).build()));
    assertThat(changed.differences()).extracting(Difference::path).as(name)
        .allMatch(path -> path.startsWith("statements[" + first.id() + "]."))
        .contains("statements[" + first.id() + "].text");
    assertThat(changed.score(Kind.STATEMENT).paired()).isEqualTo(gold.statements().size());
    assertThat(changed.score(Kind.STATEMENT).exact()).isEqualTo(gold.statements().size() - 1);

    // every span shifted by two code points, read leniently: moved back, equivalent
    String json = JSON.write(renamed(gold));
    Matcher starts = Pattern.compile("\"start\": (\\d+),\\s*\"end\": (\\d+)").matcher(json);
    StringBuilder shifted = new StringBuilder();
    while (starts.find()) {
      starts.appendReplacement(shifted, "\"start\": " + (Integer.parseInt(starts.group(1)) + 2) + ", \"end\": "
          + (Integer.parseInt(starts.group(2)) + 2));
    }
    starts.appendTail(shifted);
    Lenient.Result result = Lenient.read(shifted.toString());
    assertThat(result.moved()).as(name).isNotEmpty();
    assertThat(Comparison.of(gold, result.sheet()).differences()).as(name).isEmpty();
  }

  @Test
  void aDifferenceIsOneLineWhateverItsWords() {
    assertThat(new Difference(Kind.CLAIM, "claims[c-x].evidence[0].text", "a\nb", "a\r\nb"))
        .hasToString("claims[c-x].evidence[0].text: expected a\\nb, was a\\r\\nb");
  }
}
