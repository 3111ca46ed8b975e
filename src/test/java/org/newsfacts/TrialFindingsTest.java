package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What real articles said that the model first could not hold, found by trying it on articles it
 * had never seen: each concept added for them, and each mistake it then let through.
 */
class TrialFindingsTest {
  private static final Unit USD = Unit.currency("USD");

  private static List<Violation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    return List.of();
  }

  private static Evidence span(String words) {
    return AttributionTest.SOURCE.find(words);
  }

  // --- amounts ---------------------------------------------------------------------------------

  @Test
  void aRoundedFigureKeepsTheDigitsTheTextShows() {
    Quantity deficit = Quantity.rounded("55.2", 9, USD);
    Quantity surplus = Quantity.rounded("20.0", 9, USD);
    Quantity rate = Quantity.rounded("1.3", 0, Unit.PERCENT);

    assertThat(deficit.amount()).contains(new BigDecimal("55200000000"));
    assertThat(deficit.precision()).contains(new BigDecimal("100000000"));
    assertThat(surplus.amount()).contains(new BigDecimal("20000000000"));
    assertThat(surplus.precision()).as("the \".0\" of \"$20.0 billion\"").contains(new BigDecimal("100000000"));
    assertThat(rate.precision()).contains(new BigDecimal("0.1"));
    assertThat(surplus).isNotEqualTo(Quantity.of("20000000000", USD));
  }

  @Test
  void aPrecisionIsAPositiveStepTheAmountsAreMultiplesOf() {
    assertThat(violationsOf(() -> Quantity.builder().amount(new BigDecimal("55250000000"))
        .precision(new BigDecimal("100000000")).unit(USD).build()))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("amount", "quantity.precision"));
    assertThat(violationsOf(() -> Quantity.builder().atLeast(new BigDecimal("1.25")).atMost(new BigDecimal("2"))
        .precision(new BigDecimal("0.1")).unit(Unit.PERCENT).build()))
        .extracting(Violation::path).containsExactly("atLeast");
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.ONE).precision(BigDecimal.ZERO)
        .unit(USD).build())).extracting(v -> v.rule().id()).containsExactly("quantity.precision");
  }

  @Test
  void howAFigureWasMadeIsKeptAsWritten() {
    Quantity revised = Quantity.rounded("55.3", 9, USD).withQualifiers(List.of("revised",
        "seasonally adjusted"));

    assertThat(revised.qualifiers()).containsExactly("revised", "seasonally adjusted");
  }

  @Test
  void aChangesSizeHasNoSignAndAgreesWithItsLevelsAsFarAsRoundingAllows() {
    assertThat(violationsOf(() -> Change.down(Quantity.of("-0.3", Unit.PERCENT))))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("by", "quantity.bounds"));
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .fromLevel(Quantity.of("55300000000", USD)).toLevel(Quantity.of("55200000000", Unit.currency("EUR")))
        .build())).extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("to.unit", "unit.kind"));
    // "down $2 billion from $55.3 billion to $55.0 billion": no rounding explains it
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .by(Quantity.rounded("2", 9, USD)).fromLevel(Quantity.rounded("55.3", 9, USD))
        .toLevel(Quantity.rounded("55.0", 9, USD)).build()))
        .extracting(Violation::path).containsExactly("by");
    // "down $0.2 billion from $55.3 billion to $55.0 billion": true figures may round so
    Change rounded = Change.builder().direction(Change.Direction.DOWN).by(Quantity.rounded("0.2", 9, USD))
        .fromLevel(Quantity.rounded("55.3", 9, USD)).toLevel(Quantity.rounded("55.0", 9, USD)).build();
    assertThat(rounded.by()).isPresent();
    // "down 10% from 5% to 4.5%": a relative change in percent is not compared
    assertThat(Change.builder().direction(Change.Direction.DOWN).by(Quantity.of("10", Unit.PERCENT))
        .fromLevel(Quantity.of("5", Unit.PERCENT)).toLevel(Quantity.of("4.5", Unit.PERCENT)).build()
        .by()).isPresent();
    // "down 0.5 points from 5% to 4.5%" is, and "down 2 points" is not
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .by(Quantity.of("2", Unit.PERCENTAGE_POINT)).fromLevel(Quantity.of("5", Unit.PERCENT))
        .toLevel(Quantity.of("4.5", Unit.PERCENT)).build())).extracting(Violation::path).containsExactly("by");
  }

  @Test
  void aRankIsAPlaceInAnOrderAsStated() {
    Rank lowest = Rank.of("the lowest").withPosition(1).fromTheBottom().withAmong("the three quarters");

    assertThat(lowest.position()).hasValue(1);
    assertThat(lowest.fromBottom()).isTrue();
    assertThat(lowest).hasToString("the lowest (1 from the bottom among the three quarters)");
    assertThat(Term.rank(Rank.of("among the largest"))).hasToString("among the largest");
    assertThat(violationsOf(() -> Rank.of("x").withPosition(0)))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("position", "ordinal.range"));
    assertThat(violationsOf(() -> Rank.of(" "))).extracting(Violation::path).containsExactly("words");
  }

  // --- time ------------------------------------------------------------------------------------

  @Test
  void nextWeekIsAnIsoWeek() {
    PartialDate week = PartialDate.weekOf(java.time.LocalDate.of(2023, 2, 8));

    assertThat(week).hasToString("2023-W06");
    assertThat(week.week()).hasValue(6);
    assertThat(week.precision()).isEqualTo(PartialDate.Precision.WEEK);
    assertThat(PartialDate.weekOf(java.time.LocalDate.of(2021, 1, 2))).as("the week-based year")
        .hasToString("2020-W53");
    assertThat(Time.between(PartialDate.parse("2023-W06"), PartialDate.parse("2023-02-12")).end()).isPresent();
    assertThat(violationsOf(() -> Time.between(PartialDate.parse("2023-W06"), PartialDate.parse("2023-02-05"))))
        .extracting(Violation::path).containsExactly("end");
  }

  @Test
  void aDurationAgreesWithBothEndsOfItsInterval() {
    Quantity fiveMonths = Quantity.of(5, Unit.measure("mo"));
    Quantity threeMonths = Quantity.of(3, Unit.measure("mo"));

    assertThat(violationsOf(() -> Time.between(PartialDate.parse("2019-04"), PartialDate.parse("2019-06"))
        .withDuration(fiveMonths))).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("duration", "time.invalid"));
    assertThat(Time.between(PartialDate.parse("2019-04"), PartialDate.parse("2019-06"))
        .withDuration(threeMonths).duration()).contains(threeMonths);
    assertThat(Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15"))
        .withDuration(Quantity.of(40, Unit.measure("d"))).duration()).as("no year: not compared").isPresent();
    // "the three months ending in June": an end and a length
    assertThat(Time.builder().end(TimePoint.parse("2019-06")).duration(threeMonths)
        .words("the three months ending in June").build().start()).isEmpty();
  }

  @Test
  void aTimePointNamesItselfInItsErrors() {
    ValidationException wrongForm = catchThrowableOfType(ValidationException.class,
        () -> TimePoint.parse("September 4, 2019"));
    ValidationException noSuchDay = catchThrowableOfType(ValidationException.class,
        () -> TimePoint.parse("2019-02-30T10:00"));

    assertThat(wrongForm).hasMessageStartingWith("Invalid TimePoint").hasMessageContaining("T14:00Z");
    assertThat(noSuchDay).hasMessageStartingWith("Invalid TimePoint").hasMessageContaining("FEBRUARY");
  }

  // --- the source ------------------------------------------------------------------------------

  @Test
  void theSourceSaysWhatCopyOfTheItemItIs() {
    Source copy = Source.builder().language(LanguageTag.of("en")).text("Readout. The President spoke")
        .url(URI.create("https://news.example/readout")).republishedFrom(URI.create("https://example.gov/readout"))
        .addLabels("For Immediate Release").addExternalIds(ExternalId.of("release", "STAT-18-545"))
        .excerpt(true).build();

    assertThat(copy.republishedFrom()).contains(URI.create("https://example.gov/readout"));
    assertThat(copy.labels()).containsExactly("For Immediate Release");
    assertThat(copy.externalIds()).containsExactly(ExternalId.of("release", "STAT-18-545"));
    assertThat(copy.excerpt()).isTrue();
    assertThat(violationsOf(() -> Source.builder().language(LanguageTag.of("en")).text("x")
        .republishedFrom(URI.create("ftp://example.org/x")).build()))
        .extracting(Violation::path).containsExactly("republishedFrom");
  }

  @Test
  void aLookupThatFailsSaysHowOftenTheWordsStandAndHowToNameOne() {
    ValidationException twice = catchThrowableOfType(ValidationException.class,
        () -> AttributionTest.SOURCE.find("said"));
    ValidationException absent = catchThrowableOfType(ValidationException.class,
        () -> AttributionTest.SOURCE.find("said", 3));

    assertThat(twice).hasMessageStartingWith("Cannot find the words")
        .hasMessageContaining("'said' stands 2 times in the text", "find(exact, n), n from 1 to 2",
            "findWithin(context, exact)");
    assertThat(twice.violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("exact", "evidence.ambiguous"));
    assertThat(absent).hasMessageContaining("does not stand 3 times in the text: it stands 2 times");
  }

  @Test
  void findWithinGivesTheWordsInsideTheOnlyPlaceTheirContextStands() {
    Source source = AttributionTest.SOURCE;
    Evidence may = source.findWithin("talks may resume", "may");
    Evidence said = source.findWithin("the minister said", "said");

    assertThat(may).isEqualTo(source.find("may"));
    assertThat(said).isEqualTo(source.find("said", 2));
    assertThatThrownBy(() -> source.findWithin("the minister said talks", "t"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("stands 3 times within");
    assertThatThrownBy(() -> source.findWithin("said", "aid"))
        .hasMessageContaining("'said' stands 2 times in the text");
  }

  @Test
  void findWithinCountsCodePointsPastCharactersOutsideTheBasicPlane() {
    Source source = Source.builder().language(LanguageTag.of("en")).text("😀 Ana said 😀 Ana left").build();

    assertThat(source.findWithin("😀 Ana left", "Ana")).isEqualTo(source.find("Ana", 2));
    assertThat(source.findAll("Ana")).containsExactly(source.find("Ana", 1), source.find("Ana", 2));
  }

  // --- attribution -----------------------------------------------------------------------------

  @Test
  void aStatementWithoutAStatedSpeakerStandsBehindTheOutletAlone() {
    FactSheet sheet = AttributionTest.sheet().addStatements(Statement.builder().id("s-floor")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.ASK).cue(span("Asked"))
        .text("Asked by reporters").addEvidence(span("Asked by reporters")).build()).build();

    assertThat(sheet.statement("s-floor").orElseThrow().speaker()).isEmpty();
    assertThat(sheet.sources("s-floor")).containsExactly("p-wire");
    assertThat(sheet.statementsBy("p-reporters")).extracting(Statement::id).containsExactly("s-question");
  }

  @Test
  void oneQuoteWithSeveralActsIsAStatementForEachPartOfTheQuote() {
    FactSheet sheet = AttributionTest.sheet().addStatements(Statement.builder().id("s-part")
        .speaker("p-minister").speech(SpeechMode.INDIRECT).act(SpeechAct.PREDICT)
        .text("talks may resume").addLinks(Statement.Link.of(Statement.Link.Relation.PART_OF, "s-answer"))
        .addEvidence(span("talks may resume")).build()).build();

    assertThat(sheet.statement("s-part").orElseThrow().links()).extracting(Statement.Link::relation)
        .containsExactly(Statement.Link.Relation.PART_OF);
  }

  @Test
  void partOfAndDuringAreBetweenStatementsAndGoNowhereInACircle() {
    List<Violation> violations = AttributionTest.sheet()
        .addStatements(Statement.builder().id("s-a").speaker("p-minister").speech(SpeechMode.INDIRECT)
                .act(SpeechAct.SAY).text("x").addLinks(Statement.Link.of(Statement.Link.Relation.DURING, "s-b"))
                .addEvidence(span("officials")).build(),
            Statement.builder().id("s-b").speaker("p-minister").speech(SpeechMode.INDIRECT)
                .act(SpeechAct.SAY).text("y").addLinks(Statement.Link.of(Statement.Link.Relation.PART_OF, "s-a"))
                .addLinks(Statement.Link.of(Statement.Link.Relation.PART_OF, "c-met"))
                .addEvidence(span("officials")).build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("statements[6].links[0].target", "ref.cycle"),
        tuple("statements[6].links[1].target", "ref.kind"));
  }

  @Test
  void aMeetingDuringAnotherGoesNowhereInACircle() {
    FactSheet sheet = AttributionTest.sheet().build();
    List<Violation> violations = FactSheet.builder().from(sheet)
        .meetings(List.of(Meeting.builder().from(sheet.meetings().get(0))
                .addLinks(Meeting.Link.of(Meeting.Link.Relation.DURING, "m-resumed")).build(),
            Meeting.builder().from(sheet.meetings().get(1))
                .addLinks(Meeting.Link.of(Meeting.Link.Relation.PART_OF, "m-call")).build()))
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("meetings[1].links[1].meeting", "ref.cycle"));
  }

  @Test
  void aMeetingTheTextImpliesHasNoNameAndMayHavePurposes() {
    Meeting briefing = Meeting.builder().id("m-briefing").addEvidence(span("Asked by reporters"))
        .addPurposes("to answer questions").addParticipants(Meeting.Attendee.of("p-minister",
            Meeting.Attendee.Part.HOST), Meeting.Attendee.of("p-reporters")).build();

    assertThat(briefing.name()).isEmpty();
    assertThat(briefing.participants()).hasSize(2);
    assertThat(briefing.purposes()).containsExactly("to answer questions");
    assertThat(briefing).hasToString("m-briefing (unknown, unknown) (unnamed)");
  }

  @Test
  void aParticipantIsPartOfAnotherAndBasedInPlacesOfTheSheet() {
    FactSheet sheet = AttributionTest.sheet().addParticipants(Participant.builder().id("p-desk")
        .kind(Participant.Kind.ORGANISATION).name("the ministry's press office").addPartOf("p-ministry")
        .addLocatedIn("pl-lviv").addEvidence(span("The ministry")).build()).build();

    assertThat(sheet.participant("p-desk").orElseThrow().partOf()).containsExactly("p-ministry");
    assertThat(AttributionTest.sheet().addParticipants(Participant.builder().id("p-loop")
            .kind(Participant.Kind.ORGANISATION).name("loop").addPartOf("p-loop").addLocatedIn("p-wire")
            .addEvidence(span("officials")).build()).violations())
        .extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
            tuple("participants[6].partOf[0]", "ref.cycle"),
            tuple("participants[6].locatedIn[0]", "ref.kind"));
  }

  @Test
  void aReportIsADocumentThatSpeaksAndIsSpokenOf() {
    FactSheet sheet = AttributionTest.sheet().addParticipants(Participant.builder().id("p-report")
        .kind(Participant.Kind.DOCUMENT).name("the report").addEvidence(span("the report")).build()).build();

    assertThat(sheet.participant("p-report").orElseThrow().kind()).isEqualTo(Participant.Kind.DOCUMENT);
  }

  @Test
  void aTableRowHasNoPredicate() {
    Claim row = Claim.builder().id("c-row").holder("s-daily").subject(Term.text("Deficit"))
        .value(Term.quantity(Quantity.rounded("55.2", 9, USD))).addEvidence(span("The Daily")).build();

    assertThat(row.predicate()).isEmpty();
    assertThat(row).hasToString("c-row [CT+] \"Deficit\" 55200000000 USD (rounded to 100000000)");
  }

  @Test
  void anInferredPathNamesTheJsonNamesAndTheValuesThere() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Claim.builder()
        .id("c-x").holder("s-daily").subject(Term.quantity(Quantity.builder().atLeast(BigDecimal.TEN)
            .unit(Unit.COUNT).what("drones").build())).addInferred("subject.quantity.what")
        .addEvidence(span("The Daily")).build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("inferred[0]");
    assertThat(e.violations().get(0).message()).contains("\"of\" for Quantity.what()",
        "subject.quantity.atLeast", "subject.quantity.of", "evidence[0]");
  }

  // --- the second trials ---------------------------------------------------------------------

  @Test
  void aChangeInDollarsAndInPercentHoldsBoth() {
    Change fall = Change.builder().direction(Change.Direction.DOWN).by(Quantity.rounded("22.9", 9, USD))
        .relative(Quantity.rounded("0.1", 0, Unit.PERCENT))
        .fromLevel(Quantity.rounded("16740.0", 9, USD)).build();

    assertThat(fall.relative()).contains(Quantity.rounded("0.1", 0, Unit.PERCENT));
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP)
        .fromLevel(Quantity.of("100", USD)).toLevel(Quantity.of("110", USD))
        .relative(Quantity.of("50", Unit.PERCENT)).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("relative", "quantity.bounds"));
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP)
        .fromLevel(Quantity.of("100", USD)).by(Quantity.of("50", Unit.PERCENT))
        .toLevel(Quantity.of("110", USD)).build()))
        .extracting(Violation::path).containsExactly("by");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .relative(Quantity.of("-0.1", Unit.PERCENT)).build())).extracting(Violation::path)
        .containsExactly("relative");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.DOWN)
        .relative(Quantity.of("0.1", USD)).build())).extracting(Violation::path)
        .containsExactly("relative.unit");
  }

  @Test
  void aChangeIsNoChangeOnlyWhenItsLevelsAgreeAndItsSizeMatchesItsLevelsUnit() {
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UNCHANGED)
        .fromLevel(Quantity.of("5", Unit.PERCENT)).toLevel(Quantity.of("6", Unit.PERCENT)).build()))
        .extracting(Violation::path).containsExactly("to");
    assertThat(violationsOf(() -> Change.up(Quantity.of("0", USD)))).extracting(Violation::path)
        .containsExactly("by");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP).by(Quantity.of("5",
        Unit.currency("EUR"))).fromLevel(Quantity.of("100", USD)).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("by.unit", "unit.kind"));
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP).by(Quantity.of("5", USD))
        .fromLevel(Quantity.of("5", Unit.PERCENT)).build())).extracting(Violation::path)
        .containsExactly("by.unit");
  }

  @Test
  void aDurationIsNotNegative() {
    assertThat(violationsOf(() -> Time.lasting(Quantity.of("-3", Unit.measure("d")))))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("duration", "time.invalid"));
  }

  @Test
  void aCueStandsInItsStatementsEvidence() {
    assertThat(violationsOf(() -> Statement.builder().id("s").speaker("p").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.SAY).cue(span("denied")).text("x").addEvidence(span("The Daily")).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("cue", "evidence.range"));
  }

  @Test
  void aParticipantTakesPartInAMeetingOnce() {
    assertThat(violationsOf(() -> Meeting.builder().id("m").addEvidence(span("The Daily"))
        .addParticipants(Meeting.Attendee.of("p-a", Meeting.Attendee.Part.HOST),
            Meeting.Attendee.of("p-a", Meeting.Attendee.Part.GUEST)).build()))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("participants[1].participant", "id.duplicate"));
  }

  @Test
  void whatWasHeldOrHappenedStartedBeforeTheItemWasPublished() {
    Source dated = AttributionTest.SOURCE.withPublished(TimePoint.parse("2024-04-28"));
    FactSheet sheet = AttributionTest.sheet().build();
    List<Violation> violations = FactSheet.builder().from(sheet).source(dated)
        .meetings(List.of(Meeting.builder().from(sheet.meetings().get(0)).status(Meeting.Status.HELD)
            .time(Time.at(PartialDate.parse("2030-01-01"))).build(), sheet.meetings().get(1)))
        .addEvents(Event.builder().id("e-later").what("talks").status(Event.Status.HAPPENED)
            .time(Time.at(PartialDate.parse("2024-05"))).addEvidence(span("talks may resume")).build())
        .addEvents(Event.builder().id("e-plan").what("talks").status(Event.Status.PLANNED)
            .time(Time.at(PartialDate.parse("2024-05"))).addEvidence(span("talks may resume")).build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("meetings[0].time", "time.invalid"), tuple("events[0].time", "time.invalid"));
  }

  @Test
  void anEventThatIsNotAMeetingHasItsAgentsAndWhatItAffected() {
    FactSheet sheet = AttributionTest.sheet().addEvents(Event.builder().id("e-attack")
            .what("had met by phone").status(Event.Status.ALLEGED).statusBy("s-sources")
            .addAgents("p-daily").addAffected("pl-lviv")
            .addLinks(Event.Link.of(Event.Link.Relation.DURING, "m-call"))
            .addEvidence(span("Kyiv and Warsaw had met by phone")).build())
        .build();

    assertThat(sheet.event("e-attack").orElseThrow().agents()).containsExactly("p-daily");
    assertThat(AttributionTest.sheet().addEvents(Event.builder().id("e-x").what("x").addAgents("pl-lviv")
            .addLinks(Event.Link.of(Event.Link.Relation.CAUSES, "e-x")).addEvidence(span("Lviv")).build())
        .violations()).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
            tuple("events[0].agents[0]", "ref.kind"), tuple("events[0].links[0].target", "ref.cycle"));
  }

  @Test
  void aTranslationNamesItsOriginalAndAClaimMayBeAPresupposition() {
    Source translated = Source.builder().language(LanguageTag.of("es")).text("Texto.").translated(true)
        .translationOf(URI.create("https://example.gov/en/readout")).build();

    assertThat(translated.translationOf()).isPresent();
    assertThat(violationsOf(() -> Source.builder().language(LanguageTag.of("es")).text("Texto.")
        .translationOf(URI.create("https://example.gov/en/readout")).build()))
        .extracting(Violation::path).containsExactly("translationOf");
    assertThat(Claim.Kind.valueOf("PRESUPPOSITION")).isEqualTo(Claim.Kind.PRESUPPOSITION);
  }

  // --- fourth trials: a retail-sales release and a research-funding release ---------------------

  @Test
  void aTimeOfDayNeedsADay() {
    assertThat(violationsOf(() -> TimePoint.parse("2019T22:12"))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("a time of day stands on a day, and 2019 is no day"));
    assertThat(violationsOf(() -> TimePoint.parse("2019-W06T10:00"))).hasSize(1);
    assertThat(TimePoint.parse("--11-10T22:12").time()).hasValue(java.time.LocalTime.of(22, 12));
    assertThat(TimePoint.parse("2019-11-10T22:12").date()).hasValue(PartialDate.parse("2019-11-10"));
  }

  @Test
  void occurrencesCountFromOne() {
    Source source = Source.builder().language(LanguageTag.of("en")).text("Census, Census, Census.").build();

    assertThat(violationsOf(() -> source.find("Census", 0))).singleElement().satisfies(v -> assertThat(
        v.message()).isEqualTo("occurrences count from 1 (the first place 'Census' stands), not 0"));
    assertThat(source.find("Census", 3).start()).isEqualTo(16);
  }

  @Test
  void aRevisedFigureAndTheConfidenceOfItsMarginAreHeldAsSuch() {
    // "revised from up 0.5 percent (±0.5 percent)* to up 0.4 percent (±0.2 percent)", at 90 percent
    Quantity revised = Quantity.builder().amount(new BigDecimal("0.4")).margin(new BigDecimal("0.2"))
        .marginLevel(new BigDecimal("90")).unit(Unit.PERCENT)
        .revisedFrom(Quantity.builder().amount(new BigDecimal("0.5")).margin(new BigDecimal("0.5"))
            .marginLevel(new BigDecimal("90")).unit(Unit.PERCENT).build())
        .build();

    assertThat(revised).hasToString("0.4 ±0.2 (at 90 %) percent, revised from 0.5 ±0.5 (at 90 %) percent");
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.ONE).unit(Unit.PERCENT)
        .revisedFrom(Quantity.of(2, Unit.COUNT)).build())).extracting(v -> v.path() + " " + v.rule().id())
        .containsExactly("revisedFrom.unit unit.kind");
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.ONE).unit(Unit.PERCENT)
        .marginLevel(new BigDecimal("90")).build())).extracting(v -> v.path()).containsExactly("marginLevel");
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.ONE).margin(BigDecimal.ONE).unit(Unit.PERCENT)
        .marginLevel(new BigDecimal("100")).build())).extracting(v -> v.path()).containsExactly("marginLevel");
  }

  @Test
  void aCountOfEachMemberIsACountPerCount() {
    // "groups of two to four researchers"
    Quantity each = Quantity.builder().atLeast(new BigDecimal("2")).atMost(new BigDecimal("4")).unit(Unit.COUNT)
        .what("researchers").per(Unit.COUNT).build();

    assertThat(each.per()).hasValue(Unit.COUNT);
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.ONE).unit(USD).per(USD).build()))
        .extracting(v -> v.path()).containsExactly("per");
  }

  @Test
  void aParticipantTheTextDescribesWithoutNamingNeedsNoFlag() {
    Source source = Source.builder().language(LanguageTag.of("fr")).text("Il a montré une carte.").build();

    Participant map = Participant.builder().id("p-map").kind(Participant.Kind.DOCUMENT).description("une carte")
        .addEvidence(source.find("une carte")).build();

    assertThat(map.name()).isEmpty();
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.DOCUMENT)
        .addEvidence(source.find("une carte")).build())).singleElement().satisfies(v -> assertThat(v.message())
        .contains("or, where the text names none, its description", "an unnamed source is set unnamed"));
  }

  // --- fifth trials: a press transcript, a statement on Syria, two statistical releases ---------

  @Test
  void aTranscriptsSpeakerLabelOpensEachStatementOfItsTurn() {
    Source transcript = Source.builder().language(LanguageTag.of("en"))
        .text("MR. PRICE: Good afternoon. We will have more soon.\nQUESTION: When?").build();
    Evidence label = transcript.find("MR. PRICE:");
    Statement greeting = Statement.builder().id("s-hello").speaker("p-price").speech(SpeechMode.DIRECT)
        .act(SpeechAct.GREET).label(label).text("Good afternoon.").addEvidence(transcript.find("Good afternoon."))
        .build();
    Statement promise = Statement.builder().id("s-soon").speaker("p-price").speech(SpeechMode.DIRECT)
        .act(SpeechAct.PROMISE).label(label).text("We will have more soon.")
        .addEvidence(transcript.find("We will have more soon.")).build();

    assertThat(greeting.label()).isEqualTo(promise.label()).hasValue(label);
    assertThat(greeting.cue()).isEmpty();
    assertThat(violationsOf(() -> Statement.builder().id("s-when").speech(SpeechMode.DIRECT).act(SpeechAct.ASK)
        .label(transcript.find("QUESTION:")).text("Good afternoon.")
        .addEvidence(transcript.find("Good afternoon.")).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("label");
          assertThat(v.rule()).isEqualTo(Rule.EVIDENCE_RANGE);
          assertThat(v.message()).contains("does not stand before the statement's evidence, which starts at 11");
        });
  }

  @Test
  void aStatementCutOffByTheExcerptSaysSo() {
    Statement cut = Statement.builder().id("s-cut").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .text("officials").addEvidence(span("officials")).truncated(true).build();

    assertThat(cut.truncated()).isTrue();
    assertThat(Statement.builder().from(cut).truncated(false).build().truncated()).isFalse();
  }

  @Test
  void aTimeStatedAgainstAnEventNamesItAndWhichSide() {
    Time beforeTrip = Time.builder().from(Time.anchored(Time.Modifier.BEFORE, "m-call"))
        .words("before the call").build();
    Time twoDaysAfter = Time.builder().anchor("m-call").modifier(Time.Modifier.AFTER)
        .offset(Quantity.of(2, Unit.measure("d"))).build();

    assertThat(beforeTrip).hasToString("before m-call \"before the call\"");
    assertThat(twoDaysAfter).hasToString("2 d after m-call");
    assertThat(twoDaysAfter.duration()).isEmpty();
    assertThat(twoDaysAfter.anchor()).hasValue("m-call");
    assertThat(Time.anchored(null, "m-call").modifier()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().id("s-then").speaker("p-minister")
            .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY).text("x").addEvidence(span("officials"))
            .time(beforeTrip).build()).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().id("s-then").speaker("p-minister")
            .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY).text("x").addEvidence(span("officials"))
            .time(Time.anchored(Time.Modifier.AFTER, "p-wire")).build(),
        Statement.builder().id("s-later").speaker("p-minister")
            .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY).text("x").addEvidence(span("officials"))
            .time(Time.anchored(Time.Modifier.AFTER, "m-none")).build()).violations())
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(
            tuple("statements[5].time.anchor", "ref.kind"),
            tuple("statements[6].time.anchor", "ref.unresolved"));
  }

  @Test
  void anOffsetSaysHowFarFromAnAnchorAndOnlyThat() {
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2025")).offset(Quantity.of(2, Unit.measure("d")))
        .build())).extracting(Violation::path).containsExactly("offset");
    assertThat(violationsOf(() -> Time.builder().anchor("m-call").offset(Quantity.of(2, Unit.measure("d")))
        .build())).singleElement().satisfies(v -> assertThat(v.message()).contains("the modifier before or after"));
    assertThat(violationsOf(() -> Time.builder().anchor("m-call").modifier(Time.Modifier.AFTER)
        .offset(Quantity.of(2, Unit.measure("km"))).build())).extracting(v -> v.path() + " " + v.rule().id())
        .containsExactly("offset.unit unit.kind");
    assertThat(violationsOf(() -> Time.builder().anchor("m-call").modifier(Time.Modifier.BEFORE)
        .offset(Quantity.of(0, Unit.measure("d"))).build())).extracting(Violation::path)
        .containsExactly("offset.amount");
    assertThat(Time.builder().anchor("m-call").modifier(Time.Modifier.ON_OR_BEFORE)
        .offset(Quantity.builder().atMost(new BigDecimal("3")).unit(Unit.measure("d")).build()).build().offset())
        .isPresent();
  }

  @Test
  void alreadyAndInTheComingDaysLieOnASideOfNow() {
    Time already = Time.relative(Time.Relative.PAST, "déjà");
    Time soon = Time.relative(Time.Relative.FUTURE, "en los próximos días");

    assertThat(already.relative()).hasValue(Time.Relative.PAST);
    assertThat(soon).hasToString("future \"en los próximos días\"");
    assertThat(already).hasToString("past \"déjà\"");
    assertThat(violationsOf(() -> Time.builder().modifier(Time.Modifier.BEFORE).words("déjà").build()))
        .singleElement().satisfies(v -> assertThat(v.message())
            .contains("set at", "anchor to the event", "set relative instead"));
    assertThat(violationsOf(() -> Time.builder().relative(Time.Relative.FUTURE).build())).isEmpty();
  }

  @Test
  void anEventHasItsPurposeAndInstrumentAsAClaimHasThem() {
    Event massacre = Event.builder().id("e-massacre").what("un nouveau massacre")
        .status(Event.Status.HYPOTHETICAL)
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.INSTRUMENT, Term.text("des armes chimiques")))
        .addEvidence(span("officials")).build();

    assertThat(massacre.arguments()).extracting(Claim.Argument::kind)
        .containsExactly(Claim.Argument.Kind.INSTRUMENT);
    assertThat(AttributionTest.sheet().addEvents(Event.builder().from(massacre)
            .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE, Term.entity("c-none"))).build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("events[0].arguments[1].value.entity", "ref.unresolved"));
  }

  @Test
  void figuresNameTheSurveyTheyComeFrom() {
    FactSheet.Builder sheet = AttributionTest.sheet().addParticipants(Participant.builder().id("p-survey")
        .kind(Participant.Kind.PROGRAMME).description("the survey").addEvidence(span("the report")).build());
    Claim figure = Claim.builder().id("c-figure").holder("s-daily").subject(Term.text("Sales"))
        .value(Term.quantity(Quantity.of(3, Unit.PERCENT))).addBasedOn("p-survey")
        .addEvidence(span("officials")).build();

    assertThat(sheet.addClaims(figure).build().claim("c-figure").orElseThrow().basedOn())
        .containsExactly("p-survey");
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().id("c-figure").holder("s-daily")
            .subject(Term.text("Sales")).addBasedOn("pl-lviv").addEvidence(span("officials")).build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("claims[3].basedOn[0]", "ref.kind"));
  }

  @Test
  void aDateThatPrintsAmbiguouslyIsKeptAsPrinted() {
    Source source = Source.builder().language(LanguageTag.of("en")).text("x")
        .published(TimePoint.parse("2019")).publishedAsWritten("11/10/2019 - 22:12").build();

    assertThat(source.publishedAsWritten()).hasValue("11/10/2019 - 22:12");
    assertThat(source.published()).hasValue(TimePoint.parse("2019"));
  }

  @Test
  void aStatementDeniesAReportAndRespondsToAnEventButIsPartOfStatementsOnly() {
    FactSheet.Builder sheet = AttributionTest.sheet()
        .addParticipants(Participant.builder().id("p-report").kind(Participant.Kind.DOCUMENT)
            .name("the report").addEvidence(span("the report")).build())
        .addEvents(Event.builder().id("e-talks").what("talks").addEvidence(span("Talks were held")).build());
    Statement.Builder denial = Statement.builder().id("s-no").speaker("p-minister").speech(SpeechMode.NARRATION)
        .act(SpeechAct.DENY).text("The ministry denied the report").addEvidence(span("The ministry denied the report"));

    assertThat(sheet.addStatements(denial
            .addLinks(Statement.Link.of(Statement.Link.Relation.DENIES, "p-report"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.RESPONDS_TO, "e-talks"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.CONFIRMS, "m-call")).build())
        .violations()).isEmpty();
    assertThat(AttributionTest.sheet()
        .addStatements(Statement.builder().id("s-in").speaker("p-minister").speech(SpeechMode.INDIRECT)
            .act(SpeechAct.SAY).text("x").addEvidence(span("officials"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.PART_OF, "m-call"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.DURING, "p-wire"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.PART_OF, "pl-lviv")).build())
        .violations()).extracting(Violation::path, v -> v.rule().id(), Violation::message).containsExactlyInAnyOrder(
            tuple("statements[5].links[0].target", "ref.kind", "a statement is part of another statement, and"
                + " 'm-call' is a meeting: a statement made at a meeting or event has it as its occasion"),
            tuple("statements[5].links[1].target", "ref.kind", "a statement is during another statement, and"
                + " 'p-wire' is a participant"),
            tuple("statements[5].links[2].target", "ref.kind", "'pl-lviv' is places[0], not a statement, claim,"
                + " participant, event or meeting"));
  }

  @Test
  void aFormerRoleHeldInAPlaceAndTheOtherNamesOfAParticipant() {
    Role former = Role.of("jefe de la oficina", "p-reuters").withPlace("pl-lviv")
        .withTime(Time.relative(Time.Relative.PAST, "ex"));
    Participant chief = Participant.builder().id("p-chief").kind(Participant.Kind.PERSON).name("Anthony Boadle")
        .addRoles(former).addAliases("Boadle").addAliases("agente Daniel").addEvidence(span("officials")).build();

    assertThat(former).hasToString("jefe de la oficina (of p-reuters) (in pl-lviv) (past \"ex\")");
    assertThat(chief.aliases()).containsExactly("Boadle", "agente Daniel");
    assertThat(AttributionTest.sheet().addParticipants(Participant.builder().id("p-chief")
            .kind(Participant.Kind.PERSON).name("Boadle").addRoles(Role.of("jefe").withPlace("p-wire"))
            .addEvidence(span("officials")).build()).violations())
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("participants[6].roles[0].place", "ref.kind"));
    assertThat(violationsOf(() -> new Role("jefe", java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of("not an id"), null))).extracting(Violation::path).containsExactly("place", "time");
  }

  @Test
  void aStatementMadeOnAProgrammeNamesItAndASeriesIsTheSubjectOfItsFigures() {
    FactSheet.Builder sheet = AttributionTest.sheet()
        .addParticipants(Participant.builder().id("p-show").kind(Participant.Kind.PROGRAMME)
            .name("Las razones de Cuba").addEvidence(span("The Daily")).build(),
            Participant.builder().id("p-cpi").kind(Participant.Kind.SERIES).name("the Consumer Price Index")
            .addAliases("CPI-U").addEvidence(span("officials")).build());
    Statement onAir = Statement.builder().id("s-air").speaker("p-minister").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.SAY).text("x").via("p-show").addEvidence(span("officials")).build();
    Claim cut = Claim.builder().id("c-cut").holder("s-air").subject(Term.entity("p-cpi"))
        .predicate("rose").truncated(true).addEvidence(span("officials")).build();

    assertThat(sheet.addStatements(onAir).addClaims(cut).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().from(onAir).via("pl-lviv").build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("statements[5].via", "ref.kind"));
  }

  @Test
  void theSourceGivesItsPeriodAndContactPoints() {
    Source.Contact media = Source.Contact.email("PressOffice@bls.gov").withLabel("Media Contact")
        .withTelephone("(202) 691-5902");
    Source release = Source.builder().language(LanguageTag.of("en")).text("x")
        .addPeriods(Time.at(PartialDate.parse("2012-08"))).addContacts(media)
        .addContacts(Source.Contact.url(URI.create("https://www.bls.gov/cpi"))).build();

    assertThat(release.contacts()).hasSize(2).first().satisfies(contact -> {
      assertThat(contact.label()).hasValue("Media Contact");
      assertThat(contact.telephone()).hasValue("(202) 691-5902");
    });
    assertThat(release.periods()).containsExactly(Time.at(PartialDate.parse("2012-08")));
    assertThat(violationsOf(() -> new Source.Contact(java.util.Optional.of(" "), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty())))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("label", "blank"), tuple("", "required"));
  }

  @Test
  void aQuoteThatIsNotVerbatimSaysWhereItPartsFromTheText() {
    Source source = Source.builder().language(LanguageTag.of("en"))
        .text("MS. WHITE: We are on day 1,116.  They are not.").build();
    Statement quote = Statement.builder().id("s-q").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .label(source.find("MS. WHITE:")).text("We are on day 1,116. They are not.")
        .addEvidence(source.find("We are on day 1,116.  They are not.")).build();

    assertThat(FactSheet.builder().source(source).addStatements(quote).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("a direct quote must stand verbatim in one of its"
            + " evidence spans, and this one does not: its first 21 characters stand at [11,32); then the"
            + " quote has \"They are not\" where the text has \" They are no\""));
  }

  @Test
  void aTimeOfDayWithAZoneAbbreviationSaysWhatToGiveInstead() {
    assertThat(violationsOf(() -> TimePoint.parse("2012-09-14T08:30[EDT]"))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("abbreviation such as EDT", "give its offset (-04:00)"));
  }

  @Test
  void aDateOfTheTimeItselfAndItsSideOfAnAnchorReadInOneLine() {
    Time earlierToday = Time.builder().at(TimePoint.parse("2022-07-09")).anchor("s-main")
        .modifier(Time.Modifier.BEFORE).words("earlier today").build();

    assertThat(earlierToday).hasToString("2022-07-09, before s-main \"earlier today\"");
  }

  @Test
  void wordsOfAWrappedReleaseAreFoundWhateverItsLineBreaks() {
    Source release = Source.builder().language(LanguageTag.of("en")).text("The U.S. Bureau\n    of Labor"
        + " Statistics reported \u201Cgains\u201D \u2014 😀 again; the Bureau\nof Labor Statistics said.").build();

    Evidence bls = release.findLoosely("U.S. Bureau of Labor Statistics");
    assertThat(bls.text()).isEqualTo("U.S. Bureau\n    of Labor Statistics");
    assertThat(bls.start()).isEqualTo(4);
    assertThat(release.findLoosely("reported \"gains\" - 😀").text()).isEqualTo("reported \u201Cgains\u201D \u2014 😀");
    assertThat(release.findLoosely("again").start()).isEqualTo(release.find("again").start());
    assertThat(violationsOf(() -> release.findLoosely("Bureau of Labor"))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("stands 2 times in the text; give more words"));
    assertThat(violationsOf(() -> release.findLoosely("Bureau of Statistics"))).singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.EVIDENCE_NOT_FOUND));
    assertThat(violationsOf(() -> release.findLoosely(" \n "))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("no words to find"));
  }

  @Test
  void littleChangedIsAboutUnchangedAndItsLevelsMayDifferALittle() {
    Change little = Change.builder().direction(Change.Direction.UNCHANGED).approximate(true).words("little changed")
        .fromLevel(Quantity.of("3.9", Unit.PERCENT)).toLevel(Quantity.of("4.0", Unit.PERCENT)).build();
    Change edged = Change.builder().direction(Change.Direction.UP).by(Quantity.of(14000, Unit.COUNT))
        .words("little changed").build();

    assertThat(little).hasToString("about unchanged from 3.9 percent to 4 percent \"little changed\"");
    assertThat(edged.words()).hasValue("little changed");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UNCHANGED)
        .fromLevel(Quantity.of("3.9", Unit.PERCENT)).toLevel(Quantity.of("4.0", Unit.PERCENT)).build()))
        .extracting(Violation::path).containsExactly("to");
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP).approximate(true).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("approximate");
          assertThat(v.message()).contains("has an approximate size (by)");
        });
  }

  // --- sixth trials: a news digest, a briefing, an employment release, an earthquake report -----

  @Test
  void aPlaceOutsideAnotherLiesNearItWithABearingAndADistance() {
    Place ziarat = Place.builder().id("pl-ziarat").name("Ziarat").near("pl-lviv").bearing(Place.Bearing.NORTHEAST)
        .distance(Quantity.builder().amount(new BigDecimal("110")).approximate(true).unit(Unit.measure("km")).build())
        .description("border town").addEvidence(span("officials")).build();

    assertThat(ziarat.bearing()).hasValue(Place.Bearing.NORTHEAST);
    assertThat(AttributionTest.sheet().addPlaces(ziarat).violations()).isEmpty();
    assertThat(violationsOf(() -> Place.builder().id("pl-x").name("x").bearing(Place.Bearing.EAST)
        .distance(Quantity.of(3, Unit.measure("kg"))).addEvidence(span("officials")).build()))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("distance", "required"), tuple("bearing", "required"), tuple("distance.unit", "unit.kind"));
    assertThat(violationsOf(() -> Place.builder().id("pl-x").name("x").near("pl-y")
        .distance(Quantity.of(-3, Unit.measure("km"))).addEvidence(span("officials")).build()))
        .extracting(Violation::path).containsExactly("distance.amount");
    assertThat(violationsOf(() -> Place.builder().id("pl-x").name("x").near("pl-x").addEvidence(span("officials"))
        .build())).extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("near", "ref.cycle"));
    assertThat(violationsOf(() -> Place.builder().id("pl-x").name("x").near("pl-y").within("pl-y")
        .addEvidence(span("officials")).build())).extracting(Violation::path).containsExactly("near");
    assertThat(AttributionTest.sheet().addPlaces(Place.builder().from(ziarat).near("p-wire").build()).violations())
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("places[2].near", "ref.kind"));
  }

  @Test
  void aPointGivenAgainInAnotherZoneIsTheSameInstant() {
    Time quake = Time.builder().at(TimePoint.parse("2008-10-29T04:09+05:00")).addAlsoAt(TimePoint.parse("T23:09Z"))
        .build();

    assertThat(quake.alsoAt()).containsExactly(TimePoint.parse("T23:09Z"));
    assertThat(quake).hasToString("2008-10-29T04:09+05:00 = T23:09Z");
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2008-10-29T04:09+06:00"))
        .addAlsoAt(TimePoint.parse("2008-10-28T23:09Z")).build())).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("alsoAt[0]");
          assertThat(v.message()).startsWith("2008-10-29T04:09+06:00 is 2008-10-28T22:09 in Z, not 2008-10-28T23:09Z");
        });
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2008-10-29T04:09+05:00"))
        .addAlsoAt(TimePoint.parse("2008-10-29T23:09Z")).build())).extracting(Violation::path)
        .containsExactly("alsoAt[0]");
    assertThat(violationsOf(() -> Time.builder().words("at dawn").addAlsoAt(TimePoint.parse("T23:09Z")).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("needs the point: set at"));
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2008-10-29")).addAlsoAt(TimePoint.parse("2008-10-28"))
        .build())).singleElement().satisfies(v -> assertThat(v.message()).contains("has a time of day and a zone"));
  }

  @Test
  void aMagnitudeIsAPureNumberAndAGroupMayBeCountedTwoWays() {
    Quantity magnitude = Quantity.builder().atLeast(new BigDecimal("3.5")).atMost(new BigDecimal("4.7"))
        .unit(Unit.measure("1")).what("on the Richter scale").build();
    Quantity people = Quantity.builder().amount(new BigDecimal("35600")).unit(Unit.COUNT).what("individuals")
        .addEquivalents(Quantity.builder().amount(new BigDecimal("4610")).unit(Unit.COUNT).what("families").build())
        .build();

    assertThat(magnitude.unit().dimension()).hasValue(Unit.Dimension.NUMBER);
    assertThat(people.equivalents()).hasSize(1);
    assertThat(violationsOf(() -> Quantity.builder().amount(new BigDecimal("35600")).unit(Unit.COUNT).what("people")
        .addEquivalents(Quantity.of(4610, Unit.COUNT)).build())).singleElement().satisfies(v -> assertThat(v.message())
        .contains("the same things counted another way", "this one is count of the same things"));
  }

  @Test
  void aReleaseMayBeEmbargoedAndAFactThatBreaksARuleIsNamedInTheSummary() {
    Source release = Source.builder().language(LanguageTag.of("en")).text("x")
        .embargoedUntil(TimePoint.parse("2000-10-06T08:30-04:00")).build();

    assertThat(release.embargoedUntil()).hasValue(TimePoint.parse("2000-10-06T08:30-04:00"));
    assertThatThrownBy(() -> Statement.builder().id("s-cut").speech(SpeechMode.DIRECT).act(SpeechAct.OTHER)
        .text("x").addEvidence(span("officials")).build())
        .hasMessageStartingWith("Invalid Statement s-cut: 1 violation");
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name("x")
        .addRoles(Role.of("jefe", "p-y")).addInferred("roles[0].heldIn").addEvidence(span("officials")).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("(did you mean 'roles[0].of'?)"));
  }

  @Test
  void whatWasArrangedAndFellThroughAndTheArgumentsNewsGivesAPassive() {
    Claim supposed = Claim.builder().id("c-process").holder("s-daily").subject(Term.text("the payment"))
        .predicate("was supposed to be processed").kind(Claim.Kind.PLAN)
        .factuality(Factuality.of(Factuality.Certainty.CERTAIN, Factuality.Polarity.NEGATIVE))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.AGENT, Term.text("JPMorgan")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.ALTERNATIVE, Term.text("dollars")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.ALTERNATIVE, Term.text("rubles")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.EXCLUDING, Term.text("the strike")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.COMPANION, Term.text("servicemen")))
        .addEvidence(span("officials")).build();

    assertThat(supposed.arguments()).extracting(Claim.Argument::kind).containsExactly(Claim.Argument.Kind.AGENT,
        Claim.Argument.Kind.ALTERNATIVE, Claim.Argument.Kind.ALTERNATIVE, Claim.Argument.Kind.EXCLUDING,
        Claim.Argument.Kind.COMPANION);
    assertThat(Meeting.Link.of(Meeting.Link.Relation.RELATED_TO, "m-call").relation())
        .isEqualTo(Meeting.Link.Relation.RELATED_TO);
  }

  // --- seventh trials: a rebuttal of a rumour, a call readout, a crop report, a VOA story ------

  @Test
  void aChangeMayBeAgainstAFigureAndItsSizeIsInTheRateOfItsLevels() {
    Change fromForecast = Change.builder().direction(Change.Direction.UP).by(Quantity.of(2, Unit.PERCENT))
        .against(Term.entity("c-none")).build();

    assertThat(fromForecast).hasToString("up by 2 percent against c-none");
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().id("c-yield").holder("s-daily")
            .subject(Term.text("Yield")).value(Term.change(fromForecast)).addEvidence(span("officials")).build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("claims[3].value.change.against.entity", "ref.unresolved"));
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.UP)
        .by(Quantity.of(2, Unit.measure("[lb_av]")))
        .toLevel(Quantity.builder().amount(new BigDecimal("178")).unit(Unit.measure("[lb_av]"))
            .per(Unit.measure("[acr_us]")).build()).build())).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("by.unit");
              assertThat(v.message()).contains("a level in [lb_av] per [acr_us] is in [lb_av] per [acr_us]");
            });
  }

  @Test
  void theMorningMoreThanAMonthAgoAndInTwoWeeks() {
    Time ago = Time.builder().relative(Time.Relative.PAST).offset(Quantity.builder().moreThan(BigDecimal.ONE)
        .unit(Unit.measure("mo")).build()).words("more than 1 month ago").build();
    Time monday = Time.builder().at(TimePoint.parse("2014-06-09")).partOfDay(Time.PartOfDay.MORNING).build();

    assertThat(ago.offset()).isPresent();
    assertThat(monday).hasToString("2014-06-09 morning");
    assertThat(violationsOf(() -> Time.builder().relative(Time.Relative.PRESENT)
        .offset(Quantity.of(2, Unit.measure("wk"))).build())).extracting(Violation::path).containsExactly("offset");
    assertThat(Time.builder().partOfDay(Time.PartOfDay.DAYTIME).words("in broad daylight").build().partOfDay())
        .hasValue(Time.PartOfDay.DAYTIME);
  }

  @Test
  void anEditorsInsertionInAQuoteIsTheOutletsAndHowItWasDiscussedIsKept() {
    Source source = Source.builder().language(LanguageTag.of("en"))
        .text("\"He [Biya] is well\", Sadi said. They discussed it at length.").build();
    Statement quote = Statement.builder().id("s-q").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .text("He [Biya] is well").cue(source.find("Sadi said")).addInsertions(source.find("[Biya]"))
        .addEvidence(source.find("\"He [Biya] is well\", Sadi said.")).build();

    assertThat(quote.insertions()).extracting(Evidence::text).containsExactly("[Biya]");
    assertThat(Statement.builder().id("s-d").speech(SpeechMode.NARRATION).act(SpeechAct.DISCUSS)
        .text("They discussed it at length").manner("at length")
        .addEvidence(source.find("They discussed it at length.")).build().manner()).hasValue("at length");
    assertThat(violationsOf(() -> Statement.builder().id("s-q").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .text("He [Biya] is well").addInsertions(source.find("They"))
        .addEvidence(source.find("\"He [Biya] is well\", Sadi said.")).build())).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("insertions[0]", "evidence.range"));
  }

  @Test
  void aStatementDeniesWhatIsSaidNotAPersonAndAReportNamesItsAddress() {
    List<Violation> violations = AttributionTest.sheet()
        .addStatements(Statement.builder().id("s-no").speaker("p-minister").speech(SpeechMode.NARRATION)
            .act(SpeechAct.DENY).text("x").addEvidence(span("officials"))
            .addLinks(Statement.Link.of(Statement.Link.Relation.DENIES, "p-minister")).build())
        .violations();

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("statements[5].links[0].target");
      assertThat(v.message()).contains("a statement denies what is said", "'p-minister' is a person");
    });
    assertThat(Participant.builder().id("p-readout").kind(Participant.Kind.DOCUMENT).name("the readout")
        .url(URI.create("http://en.kremlin.ru/events/president/news/54441")).addEvidence(span("the report")).build()
        .url()).hasValue(URI.create("http://en.kremlin.ru/events/president/news/54441"));
    assertThat(Place.builder().id("pl-yaounde").name("Yaounde").capitalOf("pl-lviv").addEvidence(span("officials"))
        .build().capitalOf()).hasValue("pl-lviv");
  }

  // --- eighth trials: a call readout, a hostage-deal denial, a JOLTS release, a typhoon story --

  @Test
  void aCallHasItsCallerAndALetterItsAuthorAndAddressee() {
    FactSheet.Builder sheet = AttributionTest.sheet()
        .addParticipants(Participant.builder().id("p-letter").kind(Participant.Kind.DOCUMENT).name("the letter")
            .addAuthors("p-minister").addAddressees("p-daily").addEvidence(span("the report")).build());

    assertThat(sheet.build().meeting("m-call").orElseThrow().initiatedBy()).isEmpty();
    assertThat(Meeting.builder().id("m-x").initiatedBy("p-minister").addEvidence(span("officials")).build()
        .initiatedBy()).hasValue("p-minister");
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name("x")
        .addAuthors("p-y").url(URI.create("www.bls.gov/jlt")).addEvidence(span("officials")).build()))
        .extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("authors", "ref.kind"), tuple("url", "url.invalid"));
    assertThat(violationsOf(() -> Source.Contact.url(URI.create("www.bls.gov/jlt")))).singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.URL_INVALID));
  }

  @Test
  void aFigureForACategoryAnExchangeAndWhereAStatementWasMade() {
    Claim row = Claim.builder().id("c-row").holder("s-daily").subject(Term.text("Job openings"))
        .value(Term.quantity(Quantity.of(94, Unit.COUNT)))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.CATEGORY, Term.text("Construction")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.EXCHANGE, Term.text("billions of dollars")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.DESTINATION, Term.entity("pl-lviv")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.THROUGH, Term.entity("p-wire")))
        .addEvidence(span("officials")).build();
    Statement inLviv = Statement.builder().id("s-lviv").speaker("p-minister").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.DENY).text("x").place("pl-lviv").addEvidence(span("officials"))
        .addLinks(Statement.Link.of(Statement.Link.Relation.ECHOES, "s-daily")).build();

    assertThat(AttributionTest.sheet().addClaims(row).addStatements(inLviv).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().from(inLviv).place("p-wire").build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("statements[5].place", "ref.kind"));
    assertThat(Participant.builder().id("p-source").kind(Participant.Kind.UNKNOWN).description("a source")
        .addEvidence(span("officials")).build().kind()).isEqualTo(Participant.Kind.UNKNOWN);
  }

  @Test
  void alwaysRecursWithoutAPeriod() {
    Time always = Time.builder().habitual(true).words("always").build();

    assertThat(always).hasToString("habitually \"always\"");
    assertThat(Time.builder().habitual(true).build().habitual()).isTrue();
  }

  @Test
  void anItemRevisedLaterMayReportWhatHappenedBeforeItsRevision() {
    Source first = Source.builder().language(LanguageTag.of("en")).text("Crowds gathered on Nov. 13.")
        .published(TimePoint.parse("2013-11-12")).build();
    Event crowds = Event.builder().id("e-crowds").what("Crowds gathered").status(Event.Status.HAPPENED)
        .time(Time.at(PartialDate.parse("2013-11-13"))).addEvidence(first.find("Crowds gathered on Nov. 13.")).build();

    assertThat(FactSheet.builder().source(first).addEvents(crowds).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("after the item was published or last revised (2013-11-12)"));
    assertThat(FactSheet.builder().source(Source.builder().from(first)
            .revision(Source.Revision.of("Updated").withTime(TimePoint.parse("2013-11-13T09:00Z"))).build())
        .addEvents(crowds).violations()).isEmpty();
  }

  // --- ninth trials -----------------------------------------------------------------------------

  @Test
  void aVoteDecidesAndTheDeskIsDirected() {
    FactSheet.Builder sheet = AttributionTest.sheet().addEvents(Event.builder().id("e-vote").what("voted unanimously")
        .status(Event.Status.HAPPENED).addEvidence(span("officials")).build());
    Claim decision = Claim.builder().id("c-rate").holder("e-vote").kind(Claim.Kind.DECISION)
        .subject(Term.text("the interest rate on reserves")).predicate("to keep at")
        .value(Term.quantity(Quantity.of("1.55", Unit.PERCENT))).addEvidence(span("officials")).build();

    assertThat(sheet.addClaims(decision).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().from(decision).holder("pl-lviv").build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("claims[3].holder", "ref.kind"));
  }

  @Test
  void wordsNotFoundSayWhetherTheyStandLooselyOrWithOtherCapitals() {
    Source source = Source.builder().language(LanguageTag.of("en"))
        .text("The group\u2019s statement said Islamic State claimed it.").build();

    assertThat(violationsOf(() -> source.find("group's statement"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("findLoosely(words) finds them"));
    assertThat(violationsOf(() -> source.find("islamic state"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("they do stand with other capitals: the search is exact"));
    assertThat(violationsOf(() -> source.find("Taliban"))).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("'Taliban' does not stand in the text"));
  }

  @Test
  void westernFarahBordersAndABriefingHeldLaterThanAnnounced() {
    Place western = Place.builder().id("pl-west").name("western Farah").within("pl-lviv").bearing(Place.Bearing.WEST)
        .addBorders("pl-lviv").addEvidence(span("officials")).build();
    Meeting late = Meeting.builder().id("m-late").status(Meeting.Status.HELD)
        .previousTime(Time.at(TimePoint.parse("T12:30"))).time(Time.at(TimePoint.parse("T12:50")))
        .addEvidence(span("officials")).build();

    assertThat(western.borders()).containsExactly("pl-lviv");
    assertThat(late.previousTime()).isPresent();
    assertThat(violationsOf(() -> Meeting.builder().id("m-x").status(Meeting.Status.PLANNED)
        .previousTime(Time.at(TimePoint.parse("T12:30"))).addEvidence(span("officials")).build()))
        .extracting(Violation::path).containsExactly("previousTime");
    assertThat(AttributionTest.sheet().addPlaces(Place.builder().id("pl-west").name("western Farah")
            .addBorders("p-wire").addEvidence(span("officials")).build())
        .violations()).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("places[2].borders[0]", "ref.kind"));
  }

  // --- tenth trials: a communiqué, a VOA story, a State fact sheet, a Spanish release ---------

  @Test
  void aPlaceTheTextDoesNotNameHasItsDescriptionAndADocumentItsDateAndTopics() {
    Place region = Place.builder().id("pl-region").description("la región").addEvidence(span("officials")).build();
    Participant statement = Participant.builder().id("p-2005").kind(Participant.Kind.DOCUMENT)
        .name("the September 19, 2005 Joint Statement").date(Time.at(PartialDate.parse("2005-09-19")))
        .addTopics(Topic.of("denuclearization", span("the report"))).addEvidence(span("the report")).build();

    assertThat(region.name()).isEmpty();
    assertThat(region.label()).isEqualTo("la región");
    assertThat(region).hasToString("pl-region la región");
    assertThat(statement.date()).isPresent();
    assertThat(violationsOf(() -> Place.builder().id("pl-x").addEvidence(span("officials")).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("its description"));
    assertThat(violationsOf(() -> Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name("x")
        .date(Time.at(PartialDate.parse("2005"))).addEvidence(span("officials")).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("date", "ref.kind"));
    assertThat(Participant.builder().id("p-tsd").kind(Participant.Kind.FORUM).name("the Trilateral Strategic Dialogue")
        .addEvidence(span("officials")).build().kind()).isEqualTo(Participant.Kind.FORUM);
  }

  // --- the long tail of rounds 9 and 10, built before round 11 -----------------------------------

  @Test
  void severalMeetingsOrEventsReportedAsOneCarryTheirCountAndTheOutletsCharacterisations() {
    Meeting rounds = Meeting.builder().id("m-rounds").addCharacterisations("high-level")
        .count(Quantity.builder().words("meetings").moreThan(BigDecimal.ONE).unit(Unit.COUNT).build())
        .addEvidence(span("officials")).build();
    Event raids = Event.builder().id("e-raids").what("raids").addCharacterisations("highly-anticipated")
        .count(Quantity.of(3, Unit.COUNT)).addEvidence(span("officials")).build();

    assertThat(rounds.characterisations()).containsExactly("high-level");
    assertThat(rounds.count()).hasValueSatisfying(count -> assertThat(count.words()).hasValue("meetings"));
    assertThat(raids.count()).hasValue(Quantity.of(3, Unit.COUNT));
    assertThat(violationsOf(() -> Meeting.builder().id("m-x").count(Quantity.of(2, Unit.measure("km")))
        .addEvidence(span("officials")).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("count.unit", "unit.kind"));
    assertThat(violationsOf(() -> Event.builder().id("e-x").what("raids").count(Quantity.of(0, Unit.COUNT))
        .addEvidence(span("officials")).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("count.amount");
          assertThat(v.message()).contains("a count is at least 1, not 0; a single one needs no count");
        });
  }

  @Test
  void bothEndsOfAnIntervalMayBeQualifiedAndATimeMayBeHedgedAlone() {
    Time atLeast = Time.builder().start(TimePoint.parse("1997-02")).modifier(Time.Modifier.ON_OR_BEFORE)
        .end(TimePoint.parse("2012-09")).endModifier(Time.Modifier.ON_OR_AFTER)
        .words("from at least February 1997 until at least September 2012").build();
    Time perhaps = Time.builder().at(TimePoint.of(PartialDate.ofWeek(2007, 37))).hedge("perhaps")
        .words("perhaps later in the week").build();

    assertThat(atLeast).hasToString("1997-02 (on_or_before)/2012-09 (on_or_after)"
        + " \"from at least February 1997 until at least September 2012\"");
    assertThat(perhaps.hedge()).hasValue("perhaps");
    assertThat(perhaps.toString()).contains("hedged \"perhaps\"");
    assertThat(violationsOf(() -> Time.builder().end(TimePoint.parse("2012-09"))
        .endModifier(Time.Modifier.ON_OR_AFTER).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("endModifier");
          assertThat(v.message()).contains("with an end alone, set modifier(...) instead: it qualifies that end");
        });
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2012-09"))
        .endModifier(Time.Modifier.ON_OR_AFTER).build()))
        .extracting(Violation::path).contains("endModifier");
  }

  @Test
  void aParticipantRelatesToAnotherWithoutARole() {
    Participant officer = AttributionTest.sources().id("p-officer").addRelations(Participant.Relation.of("works closely with",
        "p-minister")).build();

    assertThat(officer.relations()).singleElement().hasToString("works closely with p-minister");
    assertThat(AttributionTest.sheet().addParticipants(officer).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addParticipants(AttributionTest.sources().id("p-officer")
            .addRelations(Participant.Relation.of("works closely with", "m-call")).build()).violations())
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("participants[6].relations[0].to", "ref.kind"));
    assertThat(violationsOf(() -> Participant.Relation.of(" ", "p-minister")))
        .extracting(Violation::path).containsExactly("words");
  }

  @Test
  void aClaimRestsOnAnEventOrMeetingAndListsWhatItProvides() {
    Claim decisions = Claim.builder().id("c-decide").holder("s-sources").kind(Claim.Kind.PLAN)
        .subject(Term.text("decisions")).predicate("based on").addBasedOn("m-call")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.THEME, Term.text("emergency food")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.THEME, Term.text("other urgent relief")))
        .addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addClaims(decisions).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().from(decisions).addBasedOn("pl-lviv").build())
        .violations()).extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("claims[3].basedOn[1]", "ref.kind"));
  }

  @Test
  void aSetOfPlacesTheTextCountsIsOnePlaceWithItsCount() {
    Place governorates = Place.builder().id("pl-governorates").description("governorates").within("pl-lviv")
        .count(Quantity.builder().amount(new BigDecimal("14")).words("all 14").unit(Unit.COUNT).build())
        .addEvidence(span("officials")).build();

    assertThat(governorates.count()).hasValueSatisfying(count -> assertThat(count.words()).hasValue("all 14"));
    assertThat(violationsOf(() -> Place.builder().id("pl-x").description("governorates")
        .count(Quantity.of(14, Unit.PERCENT)).addEvidence(span("officials")).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("count.unit", "unit.kind"));
  }

  @Test
  void eitherOfTwoPredicatesIsTwoClaimsEachTheOthersAlternative() {
    Claim accept = Claim.builder().id("c-accept").holder("s-sources").subject(Term.text("Petraeus"))
        .predicate("could accept").addArguments(Claim.Argument.of(Claim.Argument.Kind.ALTERNATIVE,
            Term.entity("c-consider"))).addEvidence(span("officials")).build();
    Claim consider = Claim.builder().id("c-consider").holder("s-sources").subject(Term.text("Petraeus"))
        .predicate("is willing to consider").addArguments(Claim.Argument.of(Claim.Argument.Kind.ALTERNATIVE,
            Term.entity("c-accept"))).addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addClaims(accept, consider).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addClaims(accept).violations()).extracting(v -> v.rule().id())
        .containsExactly("ref.unresolved");
  }

  // --- eleventh trials: a VOA story, a White House readout, a BLS release, an OCHA release -------

  @Test
  void theChainOfSourcesThroughAReportEndsWithThePublisher() {
    Participant times = Participant.builder().id("p-times").kind(Participant.Kind.DOCUMENT).name("The Daily")
        .addEvidence(span("The Daily")).build();
    Statement quoted = Statement.builder().id("s-quoted").speaker("p-sources").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.SAY).cue(span("reported")).text("Kyiv and Warsaw had met by phone").reportedBy("p-times")
        .addEvidence(span("The Daily reported that sources familiar with the talks said Kyiv and Warsaw had met by phone."))
        .build();

    FactSheet sheet = AttributionTest.sheet().addParticipants(times).addStatements(quoted).build();

    assertThat(sheet.sources("s-quoted")).containsExactly("p-sources", "p-times", "p-wire");
  }

  @Test
  void aQuoteThatDiffersOnlyInCapitalsSaysSoAndWhere() {
    Statement quote = Statement.builder().id("s-caps").speaker("p-minister").speech(SpeechMode.DIRECT)
        .act(SpeechAct.SAY).text("THE MINISTER").addEvidence(span("the minister")).build();

    assertThat(AttributionTest.sheet().addStatements(quote).violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("with other capitals; a direct quote keeps the text's capitals")
            .contains("it stands at [" + span("the minister").start() + ","));
  }

  @Test
  void aLengthOfTimeTheTextDoesNotMeasureIsVagueAndKeptAsWords() {
    Time longTime = Time.builder().vagueDuration(true).words("for a long time").build();

    assertThat(longTime.vagueDuration()).isTrue();
    assertThat(longTime).hasToString("for an unmeasured time \"for a long time\"");
    assertThat(violationsOf(() -> Time.builder().vagueDuration(true).relative(Time.Relative.PAST).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("set the words"));
    assertThat(violationsOf(() -> Time.builder().vagueDuration(true).words("long")
        .duration(Quantity.of(3, Unit.measure("a"))).build()))
        .extracting(Violation::path).containsExactly("vagueDuration");
  }

  @Test
  void aStatementMadeSeveralTimesCarriesItsCount() {
    Statement repeated = Statement.builder().id("s-again").speaker("p-minister").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.SAY).text("talks may resume")
        .count(Quantity.builder().words("multiple times").moreThan(BigDecimal.ONE).unit(Unit.COUNT).build())
        .addEvidence(span("talks may resume in Lviv")).build();

    assertThat(repeated.count()).isPresent();
    assertThat(violationsOf(() -> Statement.builder().from(repeated).count(Quantity.of(2, Unit.PERCENT)).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("count.unit", "unit.kind"));
  }

  @Test
  void aRevisionGivenByItsSizeIsARevisionAgainstTheEarlierEstimate() {
    Change revised = Change.builder().direction(Change.Direction.DOWN).by(Quantity.of("3.5", Unit.PERCENTAGE_POINT))
        .revision(true).against(Term.text("the estimates published February 5")).build();

    assertThat(revised.revision()).isTrue();
    assertThat(Change.down(Quantity.of("3.5", Unit.PERCENTAGE_POINT)).revision()).isFalse();
  }

  @Test
  void aRankCoversAPeriodAndAComparisonIsAnArgument() {
    Rank worst = Rank.of("worst").withPosition(1).withAmong("floods").withPeriod(Time.since(PartialDate.ofYear(2019)));

    assertThat(worst).hasToString("worst (1 among floods over 2019/..)");
    assertThat(worst.period()).hasValue(Time.since(PartialDate.ofYear(2019)));
    assertThat(Rank.of("the lowest").withPeriod(Time.since(PartialDate.ofYear(2019))))
        .hasToString("the lowest (over 2019/..)");
    Event rains = Event.builder().id("e-rains").what("torrential rains").status(Event.Status.UNDER_WAY)
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.DIRECTION, Term.text("southward")))
        .addEvidence(span("officials")).build();
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(rains)).contains("\"kind\": \"direction\"");
    Event aftershocks = Event.builder().id("e-aftershocks").what("more aftershocks").status(Event.Status.EXPECTED)
        .statusBy("s-sources").addEvidence(span("officials")).build();
    assertThat(AttributionTest.sheet().addEvents(aftershocks).violations()).isEmpty();
    Claim talks = Claim.builder().id("c-talks").holder("s-sources").subject(Term.text("the ministers"))
        .predicate("met").addArguments(Claim.Argument.of(Claim.Argument.Kind.FRAMEWORK,
            Term.text("under the auspices of the OSCE Minsk Group Co-Chairs"))).addEvidence(span("officials")).build();
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(talks)).contains("\"kind\": \"framework\"");
    Claim low = Claim.builder().id("c-low").holder("s-sources").subject(Term.text("funding")).predicate("is low")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.COMPARISON, Term.text("other major natural disasters")))
        .addEvidence(span("officials")).build();
    assertThat(AttributionTest.sheet().addClaims(low).violations()).isEmpty();
  }

  @Test
  void aCallThatSaysNeitherPhoneNorVideoAndTheIfOfAConditionAndAnAttitude() {
    Meeting call = Meeting.builder().id("m-call2").medium(Meeting.Medium.CALL).status(Meeting.Status.HELD)
        .addEvidence(span("officials")).build();
    Claim ifFail = Claim.builder().id("c-if").holder("s-sources").kind(Claim.Kind.HYPOTHESIS)
        .subject(Term.text("Russia")).predicate("continues to fail to take these steps")
        .addEvidence(span("officials")).build();
    Claim costs = Claim.builder().id("c-costs").holder("s-sources").kind(Claim.Kind.PREDICTION)
        .subject(Term.text("Russia")).predicate("will face costs")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.CONDITION, Term.entity("c-if")))
        .addEvidence(span("officials")).build();
    Claim concern = Claim.builder().id("c-concern").holder("s-sources").kind(Claim.Kind.ATTITUDE)
        .subject(Term.text("the leaders")).predicate("shared concern")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.ABOUT, Term.text("the escalation")))
        .addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addMeetings(call).addClaims(ifFail, costs, concern).violations()).isEmpty();
    Statement see = Statement.builder().id("s-see").speech(SpeechMode.NARRATION).act(SpeechAct.REFER)
        .text("the minister").addEvidence(span("the minister")).build();
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(see)).contains("\"act\": \"refer\"");
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(call)).contains("\"medium\": \"call\"");
  }

  @Test
  void wholeWordsAreFoundApartFromThePartsOfLongerWords() {
    Source release = Source.builder().language(LanguageTag.of("en"))
        .text("PAKISTAN: UN FUND. The UN said Iraq and Iraqi forces, UN.").build();

    assertThat(release.findAll("UN")).hasSize(4);
    assertThat(release.findAllWords("UN")).extracting(Evidence::start).containsExactly(10, 23, 54);
    assertThat(release.findAllWords("Iraq")).singleElement().extracting(Evidence::start).isEqualTo(31);
    assertThat(release.findAllWords("")).isEmpty();
    assertThat(violationsOf(() -> release.find("Iraq"))).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("stands 2 times in the text (1 as a whole word: findAllWords(words))"));
  }

  // --- twelfth trials: a USGS release, a VOA Spanish story, a DoD briefing, a DOJ release --------

  @Test
  void aGroupsVagueSizeIsAQuantityAndAShareNeedsTheWhole() {
    Participant examined = AttributionTest.sources().id("p-examined")
        .size(Quantity.builder().words("a number of").unit(Unit.COUNT).build()).build();
    Participant majority = AttributionTest.sources().id("p-majority").addPartOf("p-examined")
        .size(Quantity.builder().words("the vast majority").moreThan(new BigDecimal("50")).unit(Unit.PERCENT).build())
        .build();

    assertThat(AttributionTest.sheet().addParticipants(examined, majority).violations()).isEmpty();
    assertThat(violationsOf(() -> AttributionTest.sources().id("p-x").statedCount(11)
        .size(Quantity.builder().words("a number of").unit(Unit.COUNT).build()).build()))
        .extracting(Violation::path).containsExactly("size");
    assertThat(violationsOf(() -> AttributionTest.sources().id("p-x")
        .size(Quantity.of(80, Unit.PERCENT)).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("set partOf"));
    assertThat(violationsOf(() -> AttributionTest.sources().id("p-x")
        .size(Quantity.of(80, Unit.measure("km"))).build()))
        .extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("size.unit", "unit.kind"));
  }

  @Test
  void groundRulesAndAQuoteWhoseVerbTheCopyCutOff() {
    Statement onBackground = Statement.builder().id("s-bg").speaker("p-minister").speech(SpeechMode.INDIRECT)
        .act(SpeechAct.SAY).groundRule(GroundRule.BACKGROUND).text("talks may resume")
        .addEvidence(span("talks may resume in Lviv")).build();
    Statement cut = Statement.builder().id("s-cut2").speech(SpeechMode.DIRECT).act(SpeechAct.UNKNOWN)
        .text("talks may resume").truncated(true).addLinks(Statement.Link.of(Statement.Link.Relation.ELABORATES,
            "s-bg")).addEvidence(span("talks may resume in Lviv")).build();

    assertThat(AttributionTest.sheet().addStatements(onBackground, cut).violations()).isEmpty();
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(onBackground)).contains("\"groundRule\": \"background\"");
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(cut)).contains("\"act\": \"unknown\"")
        .contains("\"relation\": \"elaborates\"");
    assertThat(org.newsfacts.json.FactSheetJson.strict().write(Statement.builder().from(onBackground)
        .act(SpeechAct.REMIND).build())).contains("\"act\": \"remind\"");
  }

  @Test
  void vagueWordsMayBoundAnAmountWithoutANumber() {
    Quantity withinHours = Quantity.builder().words("hours").wordsBound(Quantity.Bound.AT_MOST)
        .unit(Unit.measure("h")).build();

    assertThat(withinHours.wordsBound()).hasValue(Quantity.Bound.AT_MOST);
    assertThat(violationsOf(() -> Quantity.builder().amount(BigDecimal.TEN).wordsBound(Quantity.Bound.AT_MOST)
        .unit(Unit.COUNT).build())).extracting(Violation::path).containsExactly("wordsBound");
    assertThat(violationsOf(() -> Quantity.builder().words("several").atMost(BigDecimal.TEN)
        .wordsBound(Quantity.Bound.AT_MOST).unit(Unit.COUNT).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("numeric upper bound"));
    assertThat(Quantity.builder().words("several thousand").atMost(BigDecimal.TEN.pow(4))
        .wordsBound(Quantity.Bound.AT_LEAST).unit(Unit.COUNT).build().wordsBound()).hasValue(Quantity.Bound.AT_LEAST);
  }

  @Test
  void anAmountWithoutAStatedUnitSaysSoAndUnitWordsGetAHint() {
    Quantity millions = Quantity.builder().amount(new BigDecimal("252000000")).words("252 millones")
        .unit(Unit.UNSTATED).build();

    assertThat(millions.unit().kind()).isEqualTo(Unit.Kind.UNSTATED);
    assertThat(Unit.parse("unstated")).isSameAs(Unit.UNSTATED);
    assertThat(violationsOf(() -> Unit.parse("years"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("for \"years\" give a"));
    assertThat(violationsOf(() -> Unit.parse("KM"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("UCUM codes are case-sensitive: km"));
    assertThat(violationsOf(() -> Unit.measure("[gal_us]/d"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("for a rate, give the unit [gal_us] and per d"));
    assertThat(violationsOf(() -> Unit.parse("furlongs"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("such as km or d"));
    assertThat(Unit.measure("[cft_i]").dimension()).hasValue(Unit.Dimension.VOLUME);
    assertThat(Unit.measure("[cft_i]/d").dimension()).hasValue(Unit.Dimension.FLOW);
    assertThat(violationsOf(() -> Unit.parse("cubic feet"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("for \"cubic feet\" give [cft_i]"));
  }

  @Test
  void aContactNamesThePersonToCallAndAGenericClaimHoldsInGeneral() {
    Source.Contact contact = Source.Contact.telephone("703-648-4460").withName("Rebecca Phipps")
        .withLabel("Contact Information");
    Claim drought = Claim.builder().id("c-drought").holder("s-sources").kind(Claim.Kind.GENERIC)
        .subject(Term.text("a hydrologic drought")).predicate("occurs when")
        .addEvidence(span("officials")).build();

    assertThat(contact.name()).hasValue("Rebecca Phipps");
    assertThat(contact.label()).hasValue("Contact Information");
    assertThat(AttributionTest.sheet().addClaims(drought).violations()).isEmpty();
  }

  // --- thirteenth trials: a VOA dispute, an OSCE statement, an EIA outlook, a VOA quake story ----

  @Test
  void aBeliefNoOneStatesIsHeldByTheParticipantWhoseItIs() {
    Claim expects = Claim.builder().id("c-expects").holder("p-daily").kind(Claim.Kind.PREDICTION)
        .subject(Term.text("WTI")).predicate("to range from")
        .value(Term.quantity(Quantity.builder().atLeast(new BigDecimal("32")).atMost(new BigDecimal("73"))
            .marginLevel(new BigDecimal("95")).unit(USD).build()))
        .addEvidence(span("officials")).build();

    FactSheet sheet = AttributionTest.sheet().addClaims(expects).build();

    assertThat(sheet.sources("c-expects")).containsExactly("p-daily", "p-wire");
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().from(expects).holder("pl-lviv").build())
        .violations()).singleElement().satisfies(v -> assertThat(v.message())
            .endsWith("not a statement, meeting, event or participant"));
  }

  @Test
  void aConfidenceLevelBelongsToAMarginOrToARangeAndAMoveMayGoEitherWay() {
    assertThat(violationsOf(() -> Quantity.builder().atLeast(new BigDecimal("32"))
        .marginLevel(new BigDecimal("95")).unit(USD).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("or both bounds"));
    assertThat(violationsOf(() -> Quantity.builder().atLeast(new BigDecimal("32")).atMost(new BigDecimal("73"))
        .marginLevel(new BigDecimal("100")).unit(USD).build())).extracting(Violation::path).containsExactly("marginLevel");
    Change swings = Change.builder().direction(Change.Direction.EITHER)
        .by(Quantity.builder().moreThan(new BigDecimal("5")).unit(Unit.PERCENT).build()).build();
    assertThat(swings.direction()).isEqualTo(Change.Direction.EITHER);
    assertThat(violationsOf(() -> Change.builder().direction(Change.Direction.EITHER)
        .fromLevel(Quantity.of(1, Unit.PERCENT)).toLevel(Quantity.of(2, Unit.PERCENT)).build()))
        .extracting(Violation::path).containsExactly("direction");
  }

  @Test
  void aDayOfTheWeekIsKeptAndCheckedAgainstTheDate() {
    Time tuesday = Time.builder().dayOfWeek(Time.Weekday.TUESDAY).words("Tuesday").build();

    assertThat(tuesday).hasToString("tuesday \"Tuesday\"");
    assertThat(Time.Weekday.of(java.time.DayOfWeek.SUNDAY)).isEqualTo(Time.Weekday.SUNDAY);
    assertThat(Time.Weekday.TUESDAY.toDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
    assertThat(Time.builder().at(TimePoint.parse("2017-01-10")).dayOfWeek(Time.Weekday.TUESDAY).build()
        .dayOfWeek()).hasValue(Time.Weekday.TUESDAY);
    assertThat(violationsOf(() -> Time.builder().at(TimePoint.parse("2017-01-11"))
        .dayOfWeek(Time.Weekday.TUESDAY).build())).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("2017-01-11 is a wednesday, not a tuesday: the day or"
            + " the date is wrong"));
    assertThat(Time.builder().at(TimePoint.parse("--01-11")).dayOfWeek(Time.Weekday.TUESDAY).build()
        .dayOfWeek()).isPresent();
  }

  @Test
  void aDateSomeDaysAfterItsAnchorIsTheDayTheOffsetGives() {
    Event briefing = Event.builder().id("e-briefing").what("the briefing").status(Event.Status.HAPPENED)
        .time(Time.at(PartialDate.parse("2017-01-06"))).addEvidence(span("officials")).build();
    Time threeDaysAfter = Time.builder().at(TimePoint.parse("2017-01-09")).anchor("e-briefing")
        .modifier(Time.Modifier.AFTER).offset(Quantity.of(3, Unit.measure("d"))).words("three days after").build();
    Claim onTime = Claim.builder().id("c-report").holder("s-sources").subject(Term.text("the report"))
        .predicate("was published").time(threeDaysAfter).addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addEvents(briefing).addClaims(onTime).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addEvents(briefing).addClaims(Claim.builder().from(onTime)
            .time(Time.builder().from(threeDaysAfter).at(TimePoint.parse("2017-01-10")).build()).build())
        .violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("claims[3].time.at");
          assertThat(v.message()).isEqualTo("3 d after e-briefing (2017-01-06) is 2017-01-09, not 2017-01-10:"
              + " the date, the offset or the anchor's date is wrong");
        });
    assertThat(AttributionTest.sheet().addEvents(briefing).addClaims(Claim.builder().from(onTime)
            .time(Time.builder().from(threeDaysAfter).offset(Quantity.builder().amount(new BigDecimal("3"))
                .approximate(true).unit(Unit.measure("d")).build()).at(TimePoint.parse("2017-01-10")).build()).build())
        .violations()).as("an approximate offset is not checked").isEmpty();
  }

  // --- fourteenth trials: a VOA story on unnamed officials, a USAID release, a DoD briefing, a
  // Census release --------------------------------------------------------------------------------

  @Test
  void aSourcePrintsAsOneShortLineAndADurationFitsItsIntervalWithoutSlack() {
    Source release = Source.builder().language(LanguageTag.of("en")).headline("Talks were held")
        .published(TimePoint.parse("2017-01-17")).text("x".repeat(5000)).build();

    assertThat(release).hasToString("en, 5000 characters, published 2017-01-17, \"Talks were held\"");
    // 27 August to 1 September lasts 5 days counting its ends out, 6 counting them in
    Time.Builder days = Time.builder().start(TimePoint.parse("2015-08-27")).end(TimePoint.parse("2015-09-01"));
    assertThat(days.duration(Quantity.of(5, Unit.measure("d"))).build().duration()).isPresent();
    assertThat(days.duration(Quantity.of(6, Unit.measure("d"))).build().duration()).isPresent();
    assertThat(violationsOf(() -> days.duration(Quantity.of(4, Unit.measure("d"))).build()))
        .singleElement().satisfies(v -> assertThat(v.message()).endsWith("which lasts from 5 to 6 days"));
    assertThat(violationsOf(() -> days.duration(Quantity.of(7, Unit.measure("d"))).build()))
        .extracting(Violation::path).containsExactly("duration");
  }

  @Test
  void earlierThisWeekIsTheWeekBeforeNowAndAListOfParticipantsMayBePartial() {
    Time earlier = Time.builder().at(TimePoint.of(PartialDate.ofWeek(2018, 51))).relative(Time.Relative.PAST)
        .words("Earlier this week").build();
    Meeting forum = Meeting.builder().id("m-forum").name("a community forum").addParticipants("p-minister")
        .moreParticipants(true).addEvidence(span("officials")).build();

    assertThat(earlier.relative()).hasValue(Time.Relative.PAST);
    assertThat(forum.moreParticipants()).isTrue();
    assertThat(Meeting.builder().from(forum).moreParticipants(false).build().moreParticipants()).isFalse();
    assertThat(AttributionTest.sheet().addMeetings(forum).violations()).isEmpty();
  }

  // --- fifteenth trials: a VOA Somalia story, a White House readout, an EIA outlook, a Martí story

  @Test
  void theQuotedPartsOfAMixedStatementStandInItsEvidence() {
    Statement mixed = Statement.builder().id("s-mixed").speaker("p-minister").speech(SpeechMode.MIXED)
        .act(SpeechAct.SAY).text("talks may \u201Cresume in Lviv\u201D").addEvidence(span("talks may resume in Lviv"))
        .build();

    assertThat(AttributionTest.sheet().addStatements(mixed).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().from(mixed)
            .text("talks may \u201Cresume in Kyiv\u201D and \"end\"").build()).violations())
        .extracting(Violation::message).containsExactly(
            "the quoted part \"resume in Kyiv\" of a mixed statement must stand verbatim in one of its evidence"
                + " spans, and it does not",
            "the quoted part \"end\" of a mixed statement must stand verbatim in one of its evidence spans, and"
                + " it does not");
  }

  @Test
  void aQuoteThatPartsAtALookAlikeCharacterNamesBoth() {
    Source source = Source.builder().language(LanguageTag.of("en")).text("He said: \"It\u2019s over.\"").build();
    Participant he = Participant.builder().id("p-he").kind(Participant.Kind.PERSON).name("He")
        .addEvidence(source.find("He")).build();
    Statement quote = Statement.builder().id("s-over").speaker("p-he").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .text("It's over.").addEvidence(source.find("He said: \"It\u2019s over.\"")).build();

    assertThat(FactSheet.builder().source(source).addParticipants(he).addStatements(quote).violations())
        .singleElement().satisfies(v -> assertThat(v.message()).contains("(U+0027 where the text has U+2019)"));
    assertThat(violationsOf(() -> Unit.parse("ha"))).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("for \"ha\" give har"));
  }

  // --- sixteenth trials: a VOA story on a report, a State statement, a Fed release, a VOA quake ---

  @Test
  void aCaptionOrAHeadingIsAPartOfTheTextWithItsSpanCheckedAndAnEventHasItsOrdinal() {
    Source source = AttributionTest.SOURCE.withParts(List.of(Source.Part.of(Source.Part.Kind.CAPTION,
        span("The Daily"))));
    Event second = Event.builder().id("e-second").what("sanctions").ordinal(Ordinal.of(2, "actions"))
        .addEvidence(span("officials")).build();

    assertThat(source.parts()).extracting(Source.Part::kind).containsExactly(Source.Part.Kind.CAPTION);
    assertThat(AttributionTest.sheet().source(source).addEvents(second).violations()).isEmpty();
    assertThat(AttributionTest.sheet().source(AttributionTest.SOURCE.withParts(List.of(Source.Part.of(
            Source.Part.Kind.HEADING, Evidence.of(0, 3, "Xyz"))))).violations())
        .extracting(Violation::path).containsExactly("source.parts[0].span.text");
    assertThat(violationsOf(() -> Source.Part.of(null, span("The Daily")))).extracting(Violation::path)
        .containsExactly("kind");
  }

  @Test
  void aLaterFigureUpdatesAnEarlierClaimWithoutACircle() {
    Claim wednesday = Claim.builder().id("c-446").holder("s-sources").subject(Term.text("injured"))
        .value(Term.quantity(Quantity.of(446, Unit.COUNT))).addEvidence(span("officials")).build();
    Claim thursday = Claim.builder().id("c-500").holder("s-sources").subject(Term.text("injured"))
        .value(Term.quantity(Quantity.builder().moreThan(new BigDecimal("500")).unit(Unit.COUNT).build()))
        .updates("c-446").addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addClaims(wednesday, thursday).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().from(wednesday).updates("c-500").build(), thursday)
        .violations()).extracting(v -> v.rule().id()).containsExactly("ref.cycle");
    assertThat(AttributionTest.sheet().addClaims(Claim.builder().from(thursday).updates("s-sources").build())
        .violations()).extracting(Violation::path, v -> v.rule().id()).containsExactly(tuple("claims[3].updates", "ref.kind"));
  }

  // --- seventeenth trials: a VOA Angola story, a DoD News call report, a BLS release, a VOA cholera story

  @Test
  void aQuoteACutCopyLeavesOpenIsCheckedToItsEnd() {
    Statement cut = Statement.builder().id("s-open").speaker("p-minister").speech(SpeechMode.MIXED)
        .act(SpeechAct.SAY).text("talks may \u201Cresume in Lviv").truncated(true)
        .addEvidence(span("talks may resume in Lviv")).build();

    assertThat(AttributionTest.sheet().addStatements(cut).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().from(cut)
            .text("talks may \u201Cresume in Kyiv").build()).violations())
        .extracting(Violation::message).containsExactly("the quoted part \"resume in Kyiv\" of a mixed statement"
            + " must stand verbatim in one of its evidence spans, and it does not");
    assertThat(AttributionTest.sheet().addStatements(Statement.builder().from(cut).truncated(false)
            .text("talks may \u201Cresume in Kyiv").build()).violations())
        .as("a mark never closed in a whole statement quotes nothing").isEmpty();
  }

  @Test
  void aTimeMayBeStatedAgainstAFigureItsClaim() {
    Claim april = Claim.builder().id("c-april").holder("s-sources").subject(Term.text("import prices"))
        .value(Term.change(Change.up(Quantity.of("2.6", Unit.PERCENT))))
        .time(Time.at(PartialDate.parse("2011-04-30"))).addEvidence(span("officials")).build();
    Claim since = Claim.builder().id("c-since").holder("s-sources").subject(Term.text("import prices"))
        .predicate("rose").time(Time.builder().anchor("c-april").modifier(Time.Modifier.ON_OR_AFTER)
            .words("since rising 2.6 percent in April").build()).addEvidence(span("officials")).build();

    assertThat(AttributionTest.sheet().addClaims(april, since).violations()).isEmpty();
    assertThat(AttributionTest.sheet().addClaims(april, Claim.builder().from(since).time(Time.builder()
            .at(TimePoint.parse("2011-05-03")).anchor("c-april").modifier(Time.Modifier.AFTER)
            .offset(Quantity.of(2, Unit.measure("d"))).build()).build()).violations())
        .singleElement().satisfies(v -> assertThat(v.message()).startsWith("2 d after c-april (2011-04-30) is 2011-05-02"));
  }
}
