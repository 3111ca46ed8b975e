package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who says what about whom: cues, chains of reports, links between facts, factuality per source,
 * unnamed sources, the publisher, places, meetings as news reports them, provenance, and what is
 * inferred. One small wire story, with a rule broken at a time.
 */
class AttributionTest {
  static final String TEXT = "Talks were held, officials say\n"
      + "The Daily reported that sources familiar with the talks said Kyiv and Warsaw had met by phone."
      + " The ministry denied the report on Tuesday. Asked by reporters, the minister said talks may"
      + " resume in Lviv, near the border.";
  static final Source SOURCE = Source.builder().headline("Talks were held, officials say")
      .language(LanguageTag.of("en")).text(TEXT).build();

  private static Evidence span(String words) {
    return SOURCE.find(words);
  }

  static Participant.Builder sources() {
    return Participant.builder().id("p-sources").kind(Participant.Kind.GROUP).unnamed(true)
        .description("sources familiar with the talks").addEvidence(span("sources familiar with the talks"));
  }

  static FactSheet.Builder sheet() {
    Participant wire = Participant.builder().id("p-wire").kind(Participant.Kind.ORGANISATION)
        .name("Example Wire").publisher(true).build();
    Participant daily = Participant.builder().id("p-daily").kind(Participant.Kind.ORGANISATION)
        .name("The Daily").addEvidence(span("The Daily")).build();
    Participant ministry = Participant.builder().id("p-ministry").kind(Participant.Kind.ORGANISATION)
        .name("The ministry").addEvidence(span("The ministry")).build();
    Participant minister = Participant.builder().id("p-minister").kind(Participant.Kind.PERSON)
        .addRoles(Role.of("the minister")).unnamed(true).description("the minister")
        .addEvidence(span("the minister")).build();
    Participant reporters = Participant.builder().id("p-reporters").kind(Participant.Kind.GROUP)
        .name("reporters").addEvidence(span("reporters")).build();
    Place lviv = Place.builder().id("pl-lviv").name("Lviv").kind(Place.Kind.CITY).within("pl-border")
        .addEvidence(span("Lviv")).build();
    Place border = Place.builder().id("pl-border").name("the border").kind(Place.Kind.OTHER)
        .addEvidence(span("the border")).build();
    Meeting call = Meeting.builder().id("m-call").name("had met by phone")
        .status(Meeting.Status.ALLEGED).statusBy("s-sources").medium(Meeting.Medium.TELEPHONE)
        .addEvidence(span("Kyiv and Warsaw had met by phone")).build();
    Meeting resumed = Meeting.builder().id("m-resumed").name("talks may resume")
        .status(Meeting.Status.PLANNED).statusBy("s-answer").place("pl-lviv")
        .addLinks(Meeting.Link.of(Meeting.Link.Relation.FOLLOWS, "m-call"))
        .addEvidence(span("talks may resume in Lviv")).build();
    Statement report = Statement.builder().id("s-daily").speaker("p-daily")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.INFORM).cue(span("reported"))
        .text("sources familiar with the talks said Kyiv and Warsaw had met by phone").reportedBy("p-wire")
        .addEvidence(span("The Daily reported that sources familiar with the talks said Kyiv and Warsaw had met by phone."))
        .build();
    Statement said = Statement.builder().id("s-sources").speaker("p-sources")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY).cue(SOURCE.find("said", 1))
        .text("Kyiv and Warsaw had met by phone").reportedBy("s-daily")
        .addEvidence(span("sources familiar with the talks said Kyiv and Warsaw had met by phone")).build();
    Statement denial = Statement.builder().id("s-denial").speaker("p-ministry")
        .speech(SpeechMode.NARRATION).act(SpeechAct.DENY).cue(span("denied"))
        .text("The ministry denied the report")
        .time(Time.builder().words("on Tuesday").build())
        .addTargets("s-daily")
        .addLinks(Statement.Link.of(Statement.Link.Relation.DENIES, "c-met"))
        .addEvidence(span("The ministry denied the report on Tuesday.")).build();
    Statement question = Statement.builder().id("s-question").speaker("p-reporters")
        .speech(SpeechMode.NARRATION).act(SpeechAct.ASK).cue(span("Asked"))
        .text("Asked by reporters").addEvidence(span("Asked by reporters")).build();
    Statement answer = Statement.builder().id("s-answer").speaker("p-minister")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.ANSWER).cue(SOURCE.find("said", 2))
        .text("talks may resume in Lviv, near the border").addAddressees("p-reporters")
        .addLinks(Statement.Link.of(Statement.Link.Relation.ANSWERS, "s-question"))
        .addEvidence(span("the minister said talks may resume in Lviv, near the border.")).build();
    Claim met = Claim.builder().id("c-met").holder("s-sources")
        .subject(Term.entity("m-call")).predicate("had met")
        .addAssessments(Claim.Assessment.of("p-ministry",
            Factuality.of(Factuality.Certainty.CERTAIN, Factuality.Polarity.NEGATIVE, span("denied"))))
        .addEvidence(span("Kyiv and Warsaw had met by phone")).build();
    Claim resume = Claim.builder().id("c-resume").holder("s-answer")
        .subject(Term.text("talks")).predicate("may resume")
        .kind(Claim.Kind.PREDICTION)
        .factuality(Factuality.of(Factuality.Certainty.POSSIBLE, Factuality.Polarity.POSITIVE, span("may")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.PLACE, Term.entity("pl-lviv")))
        .addEvidence(span("talks may resume in Lviv")).build();
    Claim falsehood = Claim.builder().id("c-false").holder("s-denial")
        .subject(Term.entity("c-met")).predicate("denied")
        .addEvidence(span("denied the report")).build();
    return FactSheet.builder().source(SOURCE)
        .addParticipants(wire, daily, sources().build(), ministry, minister, reporters)
        .addPlaces(lviv, border)
        .addMeetings(call, resumed)
        .addStatements(report, said, denial, question, answer)
        .addClaims(met, resume, falsehood);
  }

  @Test
  void aWireStoryCitingANewspaperCitingUnnamedSourcesReadsBackUpToTheOutlet() {
    FactSheet sheet = sheet().build();

    assertThat(sheet.sources("s-sources")).containsExactly("p-sources", "p-daily", "p-wire");
    assertThat(sheet.sources("c-met")).containsExactly("p-sources", "p-daily", "p-wire");
    assertThat(sheet.sources("s-denial")).as("narration ends with the publisher")
        .containsExactly("p-ministry", "p-wire");
    assertThat(sheet.sources("nothing")).isEmpty();
    assertThat(sheet.publisher().map(Participant::id)).contains("p-wire");
  }

  @Test
  void aDenialOfAnotherOutletsReportIsALinkAndTheDeniersViewOfTheClaim() {
    FactSheet sheet = sheet().build();
    Claim met = sheet.claim("c-met").orElseThrow();

    assertThat(sheet.statement("s-denial").orElseThrow().links())
        .containsExactly(Statement.Link.of(Statement.Link.Relation.DENIES, "c-met"));
    assertThat(met.factuality()).isEqualTo(Factuality.FACT);
    assertThat(met.assessments()).singleElement().satisfies(a -> {
      assertThat(a.by()).isEqualTo("p-ministry");
      assertThat(a.factuality()).hasToString("CT- \"denied\"");
    });
    assertThat(sheet.meeting("m-call").orElseThrow().status()).isEqualTo(Meeting.Status.ALLEGED);
  }

  @Test
  void referencesOfEveryNewKindAreCheckedForTheirTarget() {
    List<Violation> violations = sheet()
        .addStatements(Statement.builder().id("s-bad").speaker("p-daily").speech(SpeechMode.INDIRECT)
            .act(SpeechAct.SAY).text("x").addAddressees("s-daily").occasion("p-daily").reportedBy("pl-lviv")
            .addLinks(Statement.Link.of(Statement.Link.Relation.CONFIRMS, "pl-lviv"))
            .addEvidence(span("The Daily")).build())
        .addMeetings(Meeting.builder().id("m-bad").name("x").statusBy("pl-lviv").place("p-daily")
            .addParticipants(Meeting.Attendee.of("c-met"))
            .addLinks(Meeting.Link.of(Meeting.Link.Relation.PART_OF, "s-daily"))
            .addEvidence(span("The Daily")).build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("meetings[2].statusBy", "ref.kind"),
        tuple("meetings[2].place", "ref.kind"),
        tuple("meetings[2].participants[0].participant", "ref.kind"),
        tuple("meetings[2].links[0].meeting", "ref.kind"),
        tuple("statements[5].addressees[0]", "ref.kind"),
        tuple("statements[5].occasion", "ref.kind"),
        tuple("statements[5].reportedBy", "ref.kind"),
        tuple("statements[5].links[0].target", "ref.kind"));
  }

  @Test
  void chainsMustNotGoRoundInACircle() {
    FactSheet sheet = sheet().build();
    List<Violation> violations = FactSheet.builder().from(sheet)
        .statements(List.of(sheet.statements().get(0).withReportedBy("s-sources"), sheet.statements().get(1),
            sheet.statements().get(2), sheet.statements().get(3), sheet.statements().get(4)))
        .places(List.of(sheet.places().get(0), Place.builder().from(sheet.places().get(1)).within("pl-lviv").build()))
        .meetings(List.of(Meeting.builder().from(sheet.meetings().get(0))
            .addLinks(Meeting.Link.of(Meeting.Link.Relation.FOLLOWS, "m-resumed")).build(),
            sheet.meetings().get(1)))
        .claims(List.of(sheet.claims().get(0), sheet.claims().get(1),
            Claim.builder().from(sheet.claims().get(2)).value(Term.entity("c-false")).build()))
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("statements[1].reportedBy", "ref.cycle"),
        tuple("places[1].within", "ref.cycle"),
        tuple("meetings[1].links[0].meeting", "ref.cycle"),
        tuple("claims[2].value.entity", "ref.cycle"));
  }

  @Test
  void aStatementDoesNotLinkToItselfAndAGroupIsNotItsOwnMember() {
    FactSheet sheet = sheet().build();
    List<Violation> violations = FactSheet.builder().from(sheet)
        .addStatements(Statement.builder().from(sheet.statement("s-answer").orElseThrow()).id("s-again")
            .addLinks(Statement.Link.of(Statement.Link.Relation.REPEATS, "s-again")).build())
        .addParticipants(Participant.builder().id("p-group").kind(Participant.Kind.GROUP).name("all")
            .addMembers("p-group").addEvidence(span("officials")).build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("statements[5].links[1].target", "ref.cycle"),
        tuple("participants[6].members[0]", "ref.cycle"));
  }

  @Test
  void aSheetHasOnePublisherAndOnlyItMayGoWithoutEvidence() {
    assertThat(sheet().addParticipants(Participant.builder().id("p-second").kind(Participant.Kind.ORGANISATION)
        .name("Another").publisher(true).build()).violations())
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("participants[6].publisher", "publisher.duplicate"));
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name("X").build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("evidence", "required"));
  }

  @Test
  void anUnnamedSourceHasADescriptionAndNoName() {
    assertThat(sources().build().label()).isEqualTo("sources familiar with the talks");
    assertThat(violationsOf(() -> sources().name("Jane").build())).extracting(Violation::path)
        .containsExactly("name");
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).unnamed(true)
        .addEvidence(span("officials")).build())).extracting(Violation::path).containsExactly("description");
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name("X")
        .anonymity("fear").addEvidence(span("officials")).build())).extracting(Violation::path)
        .containsExactly("anonymity");
  }

  @Test
  void theStatusOfAPostponedMeetingKeepsItsPreviousTime() {
    assertThat(violationsOf(() -> Meeting.builder().id("m").name("x").status(Meeting.Status.UNDER_WAY)
        .previousTime(Time.words("in May")).addEvidence(span("officials")).build()))
        .extracting(Violation::path).containsExactly("previousTime");
    assertThat(Meeting.builder().id("m").name("x").status(Meeting.Status.POSTPONED)
        .previousTime(Time.words("in May")).addEvidence(span("officials")).build().previousTime()).isPresent();
  }

  @Test
  void anActOfOtherNeedsTheVerbAsWritten() {
    assertThat(violationsOf(() -> Statement.builder().id("s").speaker("p").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.OTHER).text("x").addEvidence(span("officials")).build()))
        .extracting(Violation::path).containsExactly("cue");
  }

  @Test
  void onlyFactBanksEightValuesAreFactualities() {
    assertThat(violationsOf(() -> Factuality.of(Factuality.Certainty.PROBABLE, Factuality.Polarity.UNKNOWN)))
        .extracting(v -> v.rule().id()).containsExactly("factuality.invalid");
    assertThat(violationsOf(() -> Factuality.of(Factuality.Certainty.UNKNOWN, Factuality.Polarity.NEGATIVE)))
        .extracting(v -> v.rule().id()).containsExactly("factuality.invalid");
    assertThat(Factuality.of(Factuality.Certainty.UNKNOWN, Factuality.Polarity.UNKNOWN)).hasToString("Uu");
    assertThat(Factuality.of(Factuality.Certainty.CERTAIN, Factuality.Polarity.UNKNOWN)).hasToString("CTu");
    assertThat(Factuality.of(Factuality.Certainty.PROBABLE, Factuality.Polarity.NEGATIVE)).hasToString("PR-");
  }

  @Test
  void inferredPathsNameValuesTheFactHas() {
    Participant valid = Participant.builder().id("p-x").kind(Participant.Kind.COUNTRY).name("X")
        .country(CountryCode.of("UA")).addInferred("country").addEvidence(span("officials")).build();

    assertThat(valid.inferred()).containsExactly("country");
    assertThat(violationsOf(() -> valid.withCountry(null))).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("inferred[0]", "inferred.path"));
    Claim claim = Claim.builder().id("c").holder("s").subject(Term.quantity(Quantity.of("3", Unit.currency("USD"))))
        .predicate("p").addInferred("subject.quantity.unit").addInferred("subject.quantity.amount")
        .addEvidence(span("officials")).build();
    assertThat(claim.inferred()).hasSize(2);
    assertThat(violationsOf(() -> Claim.builder().from(claim).addInferred("subject.text").build()))
        .extracting(Violation::path).containsExactly("inferred[2]");
    assertThat(violationsOf(() -> Claim.builder().from(claim).addInferred("evidence[3]").build()))
        .extracting(Violation::path).containsExactly("inferred[2]");
    assertThat(Claim.builder().from(claim).addInferred("evidence[0].text").build().inferred()).hasSize(3);
  }

  @Test
  void confidenceIsFromZeroToOne() {
    assertThat(violationsOf(() -> sources().confidence(new BigDecimal("1.01")).build()))
        .extracting(v -> v.rule().id()).containsExactly("confidence.range");
    assertThat(violationsOf(() -> sources().confidence(new BigDecimal("-0.1")).build()))
        .extracting(v -> v.rule().id()).containsExactly("confidence.range");
    assertThat(sources().confidence(BigDecimal.ZERO).build().confidence()).contains(BigDecimal.ZERO);
  }

  @Test
  void theProvenanceNamesTheTextTheSheetWasMadeFrom() {
    Provenance made = Provenance.builder().method(Provenance.Method.AUTOMATIC)
        .addMadeBy(Provenance.Agent.of(Provenance.Agent.Kind.MODEL, "extractor", "2.1"))
        .sourceDigest(Provenance.digest(TEXT)).build();

    assertThat(sheet().provenance(made).build().provenance()).contains(made);
    assertThat(sheet().provenance(made.withSourceDigest(Provenance.digest("another text"))).violations())
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("provenance.sourceDigest", "provenance.digest"));
    assertThat(violationsOf(() -> made.withReviewedBy(List.of(Provenance.Agent.of(Provenance.Agent.Kind.PERSON, "R")))))
        .extracting(Violation::path).containsExactly("reviewedBy");
  }

  private static List<Violation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    return List.of();
  }
}
