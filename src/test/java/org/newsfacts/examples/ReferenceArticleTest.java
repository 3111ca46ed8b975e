package org.newsfacts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfacts.Claim;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Factuality;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.Unit;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

class ReferenceArticleTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final String TEXT = ReferenceArticle.text();
  private static final FactSheet SHEET = ReferenceArticle.sheet();

  @Test
  void theBuiltTheShippedAndTheRereadSheetAreEqual() {
    FactSheet built = ArticleSheet.build(TEXT);

    assertThat(built).isEqualTo(SHEET);
    assertThat(JSON.read(JSON.write(built))).isEqualTo(built);
  }

  @Test
  void writingTheBuiltSheetGivesTheShippedBytes() {
    assertThat(new String(JSON.writeBytes(ArticleSheet.build(TEXT)), StandardCharsets.UTF_8))
        .isEqualTo(new String(ReferenceArticle.sheetJson(), StandardCharsets.UTF_8));
  }

  @Test
  void theShippedTextIsTheSeedArticleUnchanged() throws IOException {
    Path seed = Path.of("..", "shared", "seed", "article.es.txt");
    assumeThat(seed).as("the shared seed beside the project, as in CI").exists();

    assertThat(ReferenceArticle.text()).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
    assertThat(SHEET.source().text()).isEqualTo(ReferenceArticle.text());
  }

  @Test
  void theArticleIsCredited() {
    assertThat(ReferenceArticle.credit()).contains("Ukrinform");
  }

  /** Recomputes each span from the article's code points, independently of the library. */
  @Test
  void everySpanMatchesTheArticleCharacterForCharacter() {
    int[] codePoints = TEXT.codePoints().toArray();
    List<Evidence> spans = allSpans(SHEET);

    assertThat(spans).hasSizeGreaterThan(40);
    assertThat(spans).allSatisfy(span -> {
      assertThat(span.end()).isLessThanOrEqualTo(codePoints.length);
      assertThat(new String(codePoints, span.start(), span.end() - span.start())).isEqualTo(span.text());
    });
  }

  @Test
  void everyParticipantMeetingStatementAndClaimHasEvidence() {
    assertThat(SHEET.participants()).allSatisfy(p -> assertThat(p.evidence()).isNotEmpty());
    assertThat(SHEET.meetings()).allSatisfy(m -> assertThat(m.evidence()).isNotEmpty());
    assertThat(SHEET.statements()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
    assertThat(SHEET.claims()).allSatisfy(c -> assertThat(c.evidence()).isNotEmpty());
  }

  @Test
  void everyDirectQuoteStandsVerbatimBetweenQuotationMarks() {
    List<Statement> quotes = SHEET.statements().stream()
        .filter(s -> s.speech() == SpeechMode.DIRECT).collect(Collectors.toList());

    assertThat(quotes).extracting(Statement::id)
        .containsExactly("s-meeting", "s-invite", "s-capabilities");
    assertThat(quotes).allSatisfy(quote -> {
      int at = TEXT.indexOf(quote.text());
      assertThat(at).as("quote %s in the article", quote.id()).isPositive();
      assertThat(TEXT.indexOf(quote.text(), at + 1)).isNegative();
      assertThat(TEXT.charAt(at - 1)).isIn('"', '“');
      assertThat(TEXT.charAt(at + quote.text().length())).isIn('"', '”');
    });
  }

  @Test
  void everyStatementsTextStandsInItsEvidence() {
    assertThat(SHEET.statements()).allSatisfy(s -> assertThat(s.evidence())
        .anySatisfy(e -> assertThat(e.text()).contains(s.text())));
  }

  @Test
  void claimsUseTheWordsOfTheirEvidence() {
    assertThat(SHEET.claims()).allSatisfy(claim -> {
      String evidence = claim.evidence().stream().map(Evidence::text).collect(Collectors.joining(" "));
      assertThat(evidence).contains(claim.predicate().orElseThrow());
      for (Term term : claim.value().map(v -> List.of(claim.subject(), v)).orElse(List.of(claim.subject()))) {
        if (term instanceof Term.OfText) {
          assertThat(evidence).contains(((Term.OfText) term).text());
        }
      }
    });
  }

  @Test
  void theAmountIsThirtyFiveThousandMillionDollarsIn2025AsAPossibility() {
    Claim claim = SHEET.claim("c-capabilities").orElseThrow();

    assertThat(claim.value()).contains(Term.quantity(Quantity.of(new BigDecimal("35E9"), Unit.currency("USD"))));
    assertThat(claim.inferred()).as("'dólares' does not say which dollar").containsExactly("value.quantity.unit");
    assertThat(claim.time()).contains(Time.at(PartialDate.ofYear(2025)));
    assertThat(claim.factuality().certainty()).isEqualTo(Factuality.Certainty.POSSIBLE);
    assertThat(claim.factuality().polarity()).isEqualTo(Factuality.Polarity.POSITIVE);
    assertThat(claim.factuality().cues()).extracting(Evidence::text).containsExactly("pueden");
    assertThat(claim.kind()).isEqualTo(Claim.Kind.PREDICTION);
    assertThat(claim.evidence().get(0).text()).endsWith("los 35 mil millones de dólares");
  }

  @Test
  void meetingsAreExactlyAsPreciseAsTheText() {
    Meeting reported = SHEET.meeting("m-southeast-europe").orElseThrow();
    Meeting ramstein = SHEET.meeting("m-ramstein-25").orElseThrow();
    Meeting kyiv = SHEET.meeting("m-kyiv-ministerial-1").orElseThrow();

    assertThat(reported.time()).isEmpty();
    assertThat(reported.place()).isEmpty();
    assertThat(reported.medium()).as("the text does not say how they met").isEqualTo(Meeting.Medium.UNKNOWN);
    assertThat(reported.status()).isEqualTo(Meeting.Status.HELD);
    assertThat(reported.statusBy()).contains("s-meeting");
    assertThat(reported.topics()).hasSize(5);
    assertThat(ramstein.ordinal()).hasValueSatisfying(o -> {
      assertThat(o.number()).isEqualTo(25);
      assertThat(o.series()).isEqualTo("formato Ramstein");
    });
    assertThat(ramstein.time()).isEmpty();
    assertThat(ramstein.inferred()).as("'los resultados de' presupposes that it was held")
        .containsExactly("status");
    assertThat(kyiv.ordinal()).hasValueSatisfying(o -> assertThat(o.number()).isEqualTo(1));
    assertThat(kyiv.status()).isEqualTo(Meeting.Status.HELD);
    assertThat(kyiv.time()).contains(Time.at(PartialDate.parse("--01-17")));
    assertThat(kyiv.time().orElseThrow().at().orElseThrow().date().orElseThrow().year())
        .as("the text gives no year").isEmpty();
    assertThat(kyiv.place().flatMap(SHEET::place)).hasValueSatisfying(p -> {
      assertThat(p.name()).hasValue("Kyiv");
      assertThat(p.country()).as("the text does not name Kyiv's country").isEmpty();
    });
    assertThat(SHEET.claimsHeldBy(kyiv.id())).hasSize(3);
  }

  @Test
  void participantsAreNamedAsWrittenAndNothingIsAdded() {
    Participant umerov = SHEET.participant("p-umerov").orElseThrow();
    Participant delegations = SHEET.participant("p-delegations").orElseThrow();

    assertThat(umerov.name()).as("no first name: the text gives none").contains("Umerov");
    assertThat(umerov.roles()).singleElement().satisfies(r -> {
      assertThat(r.title()).isEqualTo("ministro de Defensa");
      assertThat(r.heldIn()).as("the text does not say of which country").isEmpty();
    });
    assertThat(umerov.country()).isEmpty();
    assertThat(umerov.externalIds()).isEmpty();
    assertThat(delegations.statedCount()).hasValue(9);
    assertThat(delegations.members()).hasSize(9);
    assertThat(delegations.members().stream().map(id -> SHEET.participant(id).orElseThrow())
        .map(p -> p.country().orElseThrow().code()))
        .containsExactly("AL", "BA", "MD", "MK", "RO", "SI", "TR", "HR", "ME");
    assertThat(delegations.members().stream().map(id -> SHEET.participant(id).orElseThrow()))
        .as("a country code is an identification of a named country, not words of the text")
        .allSatisfy(p -> assertThat(p.inferred()).containsExactly("country"));
    assertThat(SHEET.publisher().map(Participant::id)).contains("p-ukrinform");
    assertThat(SHEET.source().published()).isEmpty();
    assertThat(SHEET.source().url()).isEmpty();
  }

  @Test
  void statementsUseEverySpeechModeAndTheChannelOnlyWhereStated() {
    Map<SpeechMode, Long> modes = SHEET.statements().stream()
        .collect(Collectors.groupingBy(Statement::speech, Collectors.counting()));

    assertThat(modes).containsOnlyKeys(SpeechMode.values());
    assertThat(SHEET.statements()).filteredOn(s -> s.channel().isPresent())
        .singleElement().satisfies(s -> {
          assertThat(s.channel()).contains("Facebook");
          assertThat(s.evidence()).anySatisfy(e -> assertThat(e.text()).contains("vía Facebook"));
        });
    assertThat(SHEET.statementsBy("p-umerov"))
        .allSatisfy(s -> assertThat(s.reportedBy()).contains("p-ukrinform"));
    assertThat(SHEET.statementsBy("p-ukrinform"))
        .allSatisfy(s -> assertThat(s.speech()).isEqualTo(SpeechMode.NARRATION));
  }

  @Test
  void everyAttributedStatementHasItsCueAndEveryChainEndsWithTheOutlet() {
    assertThat(SHEET.statements()).filteredOn(s -> !s.id().equals("s-topics"))
        .allSatisfy(s -> assertThat(s.cue()).isPresent());
    assertThat(SHEET.statement("s-invite").flatMap(Statement::cue).map(Evidence::text)).contains("señaló Umerov");
    assertThat(SHEET.statement("s-challenges").flatMap(Statement::cue).map(Evidence::text)).contains("Según él");
    assertThat(SHEET.sources("s-invite")).containsExactly("p-umerov", "p-ukrinform");
    assertThat(SHEET.sources("c-capabilities")).containsExactly("p-umerov", "p-ukrinform");
    assertThat(SHEET.sources("s-kyiv")).containsExactly("p-ukrinform");
  }

  @Test
  void thePlacesOfTheArticleAreEntitiesWithEvidence() {
    assertThat(SHEET.places()).extracting(org.newsfacts.Place::label)
        .containsExactly("Kyiv", "Pokrovsk", "Kursk", "región de Járkiv", "Mar Negro");
    assertThat(SHEET.places()).allSatisfy(p -> assertThat(p.country()).isEmpty());
  }

  static List<Evidence> allSpans(FactSheet sheet) {
    List<Evidence> spans = new ArrayList<>();
    sheet.participants().forEach(p -> spans.addAll(p.evidence()));
    sheet.places().forEach(p -> spans.addAll(p.evidence()));
    sheet.meetings().forEach(m -> {
      spans.addAll(m.evidence());
      m.topics().forEach(t -> spans.addAll(t.evidence()));
    });
    sheet.statements().forEach(s -> {
      spans.addAll(s.evidence());
      s.cue().ifPresent(spans::add);
      s.topics().forEach(t -> spans.addAll(t.evidence()));
    });
    sheet.claims().forEach(c -> {
      spans.addAll(c.evidence());
      spans.addAll(c.factuality().cues());
    });
    return spans;
  }
}
