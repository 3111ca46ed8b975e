package org.newsfacts.json;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.newsfacts.Change;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.Event;
import org.newsfacts.ExternalId;
import org.newsfacts.FactSheet;
import org.newsfacts.GroundRule;
import org.newsfacts.Factuality;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.Ordinal;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Provenance;
import org.newsfacts.Quantity;
import org.newsfacts.Rank;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.TimePoint;
import org.newsfacts.Topic;
import org.newsfacts.Translation;
import org.newsfacts.Unit;

/** The sheets pinned by the golden files in {@code src/test/resources/golden}. */
public final class GoldenSheets {
  /** A short wire story that holds one of everything the model can say; not a real article. */
  public static final String TEXT = "Ana meets Bob 😀 in Kyiv\n"
      + "UPDATE 2 - KYIV, 19 March (Example Wire) - On 17 January, Ana met Bob in Kyiv."
      + " \"We agreed on 12 drones\", said Ana. Sources familiar with the talks, who asked not to be"
      + " named, said at least 200 drones and about €40 million ($43 million) were discussed between"
      + " 14 and 15 June. Bob denied the report yesterday. Prices rose 2 points on the week before."
      + " The minister may visit Lviv, Ukraine, early next year. Several hundred people protested."
      + " Its bureau in the capital cited a study: the deficit, revised, was $55.2 billion, the lowest"
      + " of the three quarters. It was claimed that prices would fall. Another meeting, to agree the"
      + " price, is planned for next week. A strike by the rebels hit the port on 2 March, after the"
      + " meeting. Starts were 1,127,000 at an annual rate, up 4.7 percent (±1.6 percent at 90 percent"
      + " confidence), revised from 4.9 percent. \"We will"
      + " act on the strike\", the team's spokesman said. Ana calls Bob every week. If"
      + " a reporter writes that, Bob will deny it. Rents were little changed from the forecast. \"He [Bob] agreed fully\", Ana said at length more than a month ago. The port lies 30 km south of Kyiv, a grain hub. Bob, who works closely with Ana, saw two deadly raids, the worst since 2019, more than in Kyiv. Two high-level rounds of talks could follow, perhaps from at least May until at least June. Ana has said twice that trade matters. The drought lasted a long time. Exports were revised down 1 point from the estimates. A number of aides, speaking on background, said the price rose within hours by 252 million.\nQ: When? BOB: A day before the price talks. Talks"
      + " already failed. Rebel drones hit docks to stop trade. More in the coming days, and";

  private GoldenSheets() {}

  /** Only what is required: a source and nothing else. */
  public static FactSheet minimal() {
    return FactSheet.builder()
        .source(Source.builder().language(LanguageTag.of("es")).text("Texto.").build())
        .build();
  }

  /** Every attribute of every type set at least once, each kind of term, time and quantity. */
  public static FactSheet everyField() {
    Source source = Source.builder()
        .headline("Ana meets Bob 😀 in Kyiv")
        .subheadline("Ana met Bob in Kyiv")
        .language(LanguageTag.of("en"))
        .publisher("Example Wire")
        .url(URI.create("https://example.org/news/1"))
        .published(TimePoint.of(PartialDate.ofDate(2025, 3, 19), LocalTime.of(10, 15),
            ZoneOffset.ofHours(2)))
        .embargoedUntil(TimePoint.parse("2025-03-19T10:00+02:00"))
        .addAuthors("A. Reporter")
        .dateline("pl-kyiv")
        .revision(Source.Revision.of("UPDATE 2").withNote("adds Bob's denial")
            .withTime(TimePoint.parse("2025-03-19T12:00Z")))
        .translated(true)
        .originalLanguage(LanguageTag.of("uk"))
        .republishedFrom(URI.create("https://example.gov/release/1"))
        .translationOf(URI.create("https://example.org/uk/news/1"))
        .addLabels("For Immediate Release")
        .addPeriods(Time.at(PartialDate.parse("2025-03")))
        .addContacts(Source.Contact.telephone("+1 555 0100").withLabel("Media Contact").withName("the press office")
            .withEmail("press@example.org").withUrl(URI.create("https://example.org/press")))
        .addExternalIds(ExternalId.of("release", "EX-25-001"))
        .excerpt(true)
        .publishedAsWritten("19 March")
        .text(TEXT)
        .addInferred("published")
        .build();
    source = source.withParts(java.util.List.of(Source.Part.of(Source.Part.Kind.LABEL, source.find("UPDATE 2"))));
    Participant wire = Participant.builder()
        .id("p-wire").kind(Participant.Kind.ORGANISATION).name("Example Wire")
        .publisher(true)
        .build();
    Participant ana = Participant.builder()
        .id("p-ana").kind(Participant.Kind.PERSON).name("Ana")
        .addRoles(Role.of("minister", "p-team").withRelativeTo("p-bob").withPlace("pl-kyiv")
            .withTime(Time.relative(Time.Relative.PRESENT, "the minister")))
        .addCharacterisations("the minister")
        .country(CountryCode.of("UA"))
        .addExternalIds(ExternalId.of("example", "A-1"))
        .addAllEvidence(source.findAll("Ana"))
        .addEvidence(source.find("The minister"))
        .confidence(new BigDecimal("0.9"))
        .addInferred("country")
        .build();
    Participant bob = Participant.builder()
        .id("p-bob").kind(Participant.Kind.PERSON).name("Bob")
        .addAliases("BOB")
        .addRelations(Participant.Relation.of("works closely with", "p-ana"))
        .addAllEvidence(source.findAll("Bob"))
        .build();
    Participant team = Participant.builder()
        .id("p-team").kind(Participant.Kind.GROUP).name("Ana met Bob")
        .addMembers("p-ana", "p-bob")
        .statedCount(2)
        .addEvidence(source.find("Ana met Bob"))
        .build();
    Participant sources = Participant.builder()
        .id("p-sources").kind(Participant.Kind.GROUP)
        .unnamed(true)
        .description("Sources familiar with the talks")
        .anonymity("asked not to be named")
        .addEvidence(source.find("Sources familiar with the talks"))
        .build();
    Participant bureau = Participant.builder()
        .id("p-bureau").kind(Participant.Kind.ORGANISATION).name("Its bureau in the capital")
        .addPartOf("p-wire")
        .addLocatedIn("pl-kyiv")
        .addEvidence(source.find("Its bureau in the capital"))
        .addInferred("partOf[0]")
        .addInferred("locatedIn[0]")
        .build();
    Participant study = Participant.builder()
        .id("p-study").kind(Participant.Kind.DOCUMENT).name("a study")
        .url(URI.create("https://example.org/study"))
        .addAuthors("p-bureau")
        .addAddressees("p-bob")
        .date(Time.builder().at(TimePoint.parse("2025-03")).words("this month").build())
        .addTopics(Topic.of("the deficit", source.findWithin("a study: the deficit", "the deficit")))
        .addEvidence(source.find("a study"))
        .build();
    Participant spokesman = Participant.builder()
        .id("p-spokesman").kind(Participant.Kind.PERSON)
        .unnamed(true)
        .description("the team's spokesman")
        .addEvidence(source.find("the team's spokesman"))
        .build();
    Participant rebels = Participant.builder()
        .id("p-rebels").kind(Participant.Kind.GROUP).name("the rebels")
        .addEvidence(source.find("the rebels"))
        .build();
    Participant rebelDrones = Participant.builder()
        .id("p-drones").kind(Participant.Kind.THING).description("Rebel drones")
        .addPartOf("p-rebels")
        .addEvidence(source.find("Rebel drones"))
        .build();
    Place port = Place.builder().id("pl-port").name("the port").description("a grain hub")
        .near("pl-kyiv").bearing(Place.Bearing.SOUTH).distance(Quantity.of(30, Unit.measure("km")))
        .addEvidence(source.find("the port")).addEvidence(source.find("The port lies 30 km south of Kyiv, a grain hub"))
        .build();
    Event strike = Event.builder()
        .id("e-strike").what("A strike")
        .ordinal(Ordinal.of(1, "strikes"))
        .status(Event.Status.HAPPENED).statusBy("s-wire")
        .time(Time.at(PartialDate.parse("--03-02")))
        .place("pl-port")
        .addAgents("p-rebels")
        .addAffected("pl-port")
        .addLinks(Event.Link.of(Event.Link.Relation.FOLLOWS, "m-kyiv"))
        .addEvidence(source.find("A strike by the rebels hit the port on 2 March, after the meeting."))
        .confidence(new BigDecimal("0.8"))
        .addInferred("status")
        .build();
    Place kyiv = Place.builder()
        .id("pl-kyiv").name("Kyiv").kind(Place.Kind.CITY).country(CountryCode.of("UA"))
        .capitalOf("pl-ukraine")
        .addEvidence(source.find("KYIV"))
        .addAllEvidence(source.findAll("Kyiv"))
        .confidence(BigDecimal.ONE)
        .addInferred("country")
        .addInferred("capitalOf")
        .build();
    Place docks = Place.builder().id("pl-docks").description("docks").within("pl-port")
        .count(Quantity.builder().moreThan(BigDecimal.ONE).unit(Unit.COUNT).words("docks").build())
        .addEvidence(source.find("docks")).build();
    Place ukraine = Place.builder()
        .id("pl-ukraine").name("Ukraine").kind(Place.Kind.COUNTRY).addEvidence(source.find("Ukraine"))
        .build();
    Place lviv = Place.builder().id("pl-lviv").name("Lviv").within("pl-ukraine").bearing(Place.Bearing.WEST)
        .addBorders("pl-port")
        .addEvidence(source.find("Lviv")).build();
    Meeting talks = Meeting.builder()
        .id("m-kyiv").name("Ana met Bob in Kyiv")
        .ordinal(Ordinal.of(1, "Kyiv talks"))
        .status(Meeting.Status.HELD)
        .statusBy("s-agreed")
        .initiatedBy("p-ana")
        .medium(Meeting.Medium.IN_PERSON)
        .time(Time.builder().at(TimePoint.parse("--01-17")).dayOfWeek(Time.Weekday.FRIDAY).build())
        .place("pl-kyiv")
        .addParticipants(Meeting.Attendee.of("p-ana", Meeting.Attendee.Part.HOST))
        .addParticipants("p-bob")
        .moreParticipants(true)
        .addTopics(Topic.of("12 drones", source.find("12 drones")))
        .addEvidence(source.find("On 17 January, Ana met Bob in Kyiv"))
        .confidence(new BigDecimal("0.75"))
        .build();
    Meeting june = Meeting.builder()
        .id("m-june").name("the talks")
        .status(Meeting.Status.POSTPONED)
        .statusBy("p-sources")
        .medium(Meeting.Medium.VIDEO)
        .time(Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15")))
        .previousTime(Time.words("earlier"))
        .addLinks(Meeting.Link.of(Meeting.Link.Relation.FOLLOWS, "m-kyiv"))
        .addEvidence(source.find("the talks"))
        .addInferred("status")
        .build();
    Event raids = Event.builder()
        .id("e-raids").what("raids")
        .addCharacterisations("deadly")
        .count(Quantity.builder().amount(new BigDecimal("2")).unit(Unit.COUNT).words("two").build())
        .status(Event.Status.HAPPENED)
        .addEvidence(source.find("saw two deadly raids"))
        .build();
    Claim worst = Claim.builder()
        .id("c-worst").holder("s-wire")
        .subject(Term.entity("e-raids"))
        .value(Term.rank(Rank.of("the worst").withPosition(1).withPeriod(Time.since(PartialDate.ofYear(2019)))))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.COMPARISON, Term.entity("pl-kyiv")))
        .addEvidence(source.find("the worst since 2019, more than in Kyiv"))
        .build();
    Statement twice = Statement.builder()
        .id("s-twice").speaker("p-ana")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY)
        .cue(source.find("has said twice"))
        .text("trade matters")
        .count(Quantity.builder().amount(new BigDecimal("2")).words("twice").unit(Unit.COUNT).build())
        .addEvidence(source.find("Ana has said twice that trade matters."))
        .build();
    Event drought = Event.builder()
        .id("e-drought").what("The drought")
        .status(Event.Status.HAPPENED)
        .time(Time.builder().vagueDuration(true).words("a long time").build())
        .addEvidence(source.find("The drought lasted a long time."))
        .build();
    Claim exports = Claim.builder()
        .id("c-exports").holder("s-wire")
        .subject(Term.text("Exports")).predicate("were revised")
        .value(Term.change(Change.builder().direction(Change.Direction.DOWN)
            .by(Quantity.of(1, Unit.PERCENTAGE_POINT)).revision(true).against(Term.text("the estimates"))
            .words("revised down 1 point").build()))
        .addEvidence(source.find("Exports were revised down 1 point from the estimates."))
        .build();
    Participant aides = Participant.builder()
        .id("p-aides").kind(Participant.Kind.GROUP).unnamed(true).description("aides")
        .size(Quantity.builder().words("A number of").unit(Unit.COUNT).build())
        .addEvidence(source.find("A number of aides"))
        .build();
    String aidesSaid = "A number of aides, speaking on background, said the price rose within hours by 252 million.";
    Statement background = Statement.builder()
        .id("s-aides").speaker("p-aides")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY)
        .cue(source.findWithin(aidesSaid, "said"))
        .groundRule(GroundRule.BACKGROUND)
        .addCharacterisations("speaking on background")
        .text("the price rose within hours by 252 million")
        .addEvidence(source.find(aidesSaid))
        .build();
    Claim rise = Claim.builder()
        .id("c-rise").holder("s-aides")
        .updates("c-prices")
        .subject(Term.text("the price")).predicate("rose")
        .value(Term.change(Change.up(Quantity.builder().amount(new BigDecimal("252000000")).words("252 million")
            .unit(Unit.UNSTATED).build())))
        .time(Time.builder().duration(Quantity.builder().words("hours").wordsBound(Quantity.Bound.AT_MOST)
            .unit(Unit.measure("h")).build()).words("within hours").build())
        .addEvidence(source.find(aidesSaid))
        .build();
    Meeting rounds = Meeting.builder()
        .id("m-rounds").name("rounds of talks")
        .groundRule(GroundRule.ON_THE_RECORD)
        .addCharacterisations("high-level")
        .count(Quantity.of(2, Unit.COUNT))
        .status(Meeting.Status.POSSIBLE)
        .time(Time.builder().start(TimePoint.parse("--05")).modifier(Time.Modifier.ON_OR_BEFORE)
            .end(TimePoint.parse("--06")).endModifier(Time.Modifier.ON_OR_AFTER).hedge("perhaps")
            .words("from at least May until at least June").build())
        .addEvidence(source.find("Two high-level rounds of talks could follow, perhaps from at least May until at least June."))
        .build();
    Statement agreed = Statement.builder()
        .id("s-agreed").speaker("p-ana")
        .speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .cue(source.find("said Ana"))
        .text("We agreed on 12 drones")
        .language(LanguageTag.of("en"))
        .addTranslations(Translation.of(LanguageTag.of("uk"), "Ми домовилися про 12 дронів"))
        .addAddressees("p-bob")
        .addTargets("m-kyiv")
        .channel("Radio")
        .via("p-wire")
        .time(Time.at(PartialDate.parse("2025-01-17")))
        .occasion("m-kyiv")
        .reportedBy("p-wire")
        .addTopics(Topic.of("drones", source.find("12 drones")))
        .addEvidence(source.find("\"We agreed on 12 drones\", said Ana."))
        .confidence(new BigDecimal("0.95"))
        .addInferred("time.at")
        .build();
    Statement report = Statement.builder()
        .id("s-report").speaker("p-sources")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY)
        .cue(source.find("said", 2))
        .text("at least 200 drones and about €40 million ($43 million) were discussed between 14 and"
            + " 15 June")
        .reportedBy("s-agreed")
        .addEvidence(source.find("Sources familiar with the talks, who asked not to be named, said at"
            + " least 200 drones and about €40 million ($43 million) were discussed between 14 and 15"
            + " June."))
        .build();
    Statement denial = Statement.builder()
        .id("s-denial").speaker("p-bob")
        .speech(SpeechMode.NARRATION).act(SpeechAct.DENY)
        .cue(source.find("denied"))
        .text("Bob denied the report")
        .time(Time.builder().at(TimePoint.parse("2025-03-18")).words("yesterday").build())
        .addLinks(Statement.Link.of(Statement.Link.Relation.DENIES, "s-report"))
        .addEvidence(source.find("Bob denied the report yesterday."))
        .addInferred("time.at")
        .build();
    Claim drones = Claim.builder()
        .id("c-drones").holder("s-report")
        .subject(Term.quantity(Quantity.builder().atLeast(new BigDecimal("200")).unit(Unit.COUNT)
            .what("drones").build()))
        .predicate("were discussed")
        .time(Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15")))
        .factuality(Factuality.of(Factuality.Certainty.CERTAIN, Factuality.Polarity.POSITIVE))
        .addAssessments(Claim.Assessment.of("p-bob", Factuality.of(Factuality.Certainty.CERTAIN,
            Factuality.Polarity.NEGATIVE, source.find("denied"))))
        .addEvidence(source.find("at least 200 drones"))
        .confidence(new BigDecimal("0.5"))
        .build();
    Claim money = Claim.builder()
        .id("c-money").holder("s-report")
        .subject(Term.quantity(Quantity.builder().amount(new BigDecimal("40000000")).approximate(true)
            .unit(Unit.currency("EUR"))
            .addEquivalents(Quantity.of("43000000", Unit.currency("USD"))).build()))
        .predicate("were discussed")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.TIME,
            Term.time(Time.between(PartialDate.parse("--06-14"), PartialDate.parse("--06-15")))))
        .addEvidence(source.find("about €40 million ($43 million)"))
        .build();
    Claim agreedOn = Claim.builder()
        .id("c-agreed").holder("s-agreed")
        .subject(Term.text("We")).predicate("agreed on")
        .value(Term.quantity(Quantity.of(12, Unit.COUNT)))
        .kind(Claim.Kind.ASSERTION)
        .addEvidence(source.find("agreed on 12 drones"))
        .build();
    Claim prices = Claim.builder()
        .id("c-prices").holder("s-agreed")
        .subject(Term.text("Prices")).predicate("rose")
        .value(Term.change(Change.up(Quantity.of("2", Unit.PERCENTAGE_POINT))
            .withBaseline(Time.words("the week before"))
            .withRelative(Quantity.of("40", Unit.PERCENT))
            .withFromLevel(Quantity.between("3", "5", Unit.PERCENT))
            .withToLevel(Quantity.builder().moreThan(new BigDecimal("5")).lessThan(new BigDecimal("7.5"))
                .unit(Unit.PERCENT).build())))
        .addEvidence(source.find("Prices rose 2 points on the week before"))
        .build();
    Claim visit = Claim.builder()
        .id("c-visit").holder("s-agreed")
        .subject(Term.entity("p-ana")).predicate("may visit")
        .value(Term.entity("pl-lviv"))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE, Term.entity("c-agreed")))
        .kind(Claim.Kind.INTENTION)
        .factuality(Factuality.of(Factuality.Certainty.POSSIBLE, Factuality.Polarity.POSITIVE,
            source.find("may")))
        .time(Time.builder().at(TimePoint.parse("2026")).modifier(Time.Modifier.START)
            .words("early next year").build())
        .addEvidence(source.find("The minister may visit Lviv, Ukraine, early next year"))
        .addInferred("time.at")
        .build();
    Statement cited = Statement.builder()
        .id("s-study").speaker("p-study")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.SAY)
        .cue(source.find("cited"))
        .text("the deficit, revised, was $55.2 billion, the lowest of the three quarters")
        .reportedBy("p-bureau")
        .addEvidence(source.find("Its bureau in the capital cited a study: the deficit, revised, was"
            + " $55.2 billion, the lowest of the three quarters."))
        .build();
    Statement act = Statement.builder()
        .id("s-act").speaker("p-spokesman").onBehalfOf("p-team")
        .speech(SpeechMode.DIRECT).act(SpeechAct.PROMISE)
        .cue(source.find("the team's spokesman said"))
        .text("We will act on the strike")
        .addTopics(Topic.of("the strike", source.findWithin("act on the strike", "the strike")).withAbout("e-strike"))
        .addEvidence(source.find("\"We will act on the strike\", the team's spokesman said."))
        .addInferred("onBehalfOf")
        .build();
    Statement reporter = Statement.builder()
        .id("s-reporter").speech(SpeechMode.INDIRECT).act(SpeechAct.SAY)
        .text("that")
        .status(Event.Status.HYPOTHETICAL)
        .addEvidence(source.find("If a reporter writes that"))
        .build();
    org.newsfacts.Evidence bobsTurn = source.find("BOB:");
    Statement when = Statement.builder()
        .id("s-when").speech(SpeechMode.DIRECT).act(SpeechAct.ASK)
        .label(source.find("Q:"))
        .text("When?")
        .addEvidence(source.find("When?"))
        .build();
    Statement beforeTalks = Statement.builder()
        .id("s-before").speaker("p-bob").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .label(bobsTurn)
        .text("A day before the price talks.")
        .time(Time.builder().from(Time.anchored(Time.Modifier.BEFORE, "m-next"))
            .offset(Quantity.of(1, Unit.measure("d"))).words("A day before the price talks").build())
        .addLinks(Statement.Link.of(Statement.Link.Relation.ANSWERS, "s-when"))
        .addEvidence(source.find("A day before the price talks."))
        .build();
    Statement failed = Statement.builder()
        .id("s-failed").speaker("p-bob").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .label(bobsTurn)
        .text("Talks already failed. Rebel drones hit docks to stop trade.")
        .addEvidence(source.find("Talks already failed. Rebel drones hit docks to stop trade."))
        .build();
    Statement more = Statement.builder()
        .id("s-more").speaker("p-bob").speech(SpeechMode.DIRECT).act(SpeechAct.PROMISE)
        .label(bobsTurn)
        .text("More in the coming days, and")
        .time(Time.relative(Time.Relative.FUTURE, "in the coming days"))
        .truncated(true)
        .addEvidence(source.find("More in the coming days, and"))
        .build();
    Event hit = Event.builder()
        .id("e-hit").what("Rebel drones hit docks")
        .status(Event.Status.HAPPENED).statusBy("s-failed")
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.INSTRUMENT, Term.entity("p-drones")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.PURPOSE, Term.text("to stop trade")))
        .addEvidence(source.find("Rebel drones hit docks to stop trade."))
        .build();
    Claim rents = Claim.builder()
        .id("c-rents").holder("s-wire")
        .subject(Term.text("Rents")).predicate("were")
        .value(Term.change(Change.builder().direction(Change.Direction.UNCHANGED).approximate(true)
            .words("little changed").against(Term.text("the forecast")).build()))
        .addEvidence(source.find("Rents were little changed from the forecast."))
        .build();
    Claim moreToCome = Claim.builder()
        .id("c-more").holder("s-more")
        .subject(Term.text("More")).predicate("in the coming days, and")
        .truncated(true)
        .addEvidence(source.find("More in the coming days, and"))
        .build();
    Claim talksFailed = Claim.builder()
        .id("c-failed").holder("s-failed")
        .subject(Term.text("Talks")).predicate("failed")
        .time(Time.relative(Time.Relative.PAST, "already"))
        .addEvidence(source.find("Talks already failed."))
        .build();
    Statement fully = Statement.builder()
        .id("s-fully").speaker("p-ana").speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .cue(source.find("Ana said at length"))
        .text("He [Bob] agreed fully")
        .manner("at length")
        .place("pl-kyiv")
        .addInsertions(source.find("[Bob]"))
        .time(Time.builder().relative(Time.Relative.PAST).offset(Quantity.builder().moreThan(BigDecimal.ONE)
            .unit(Unit.measure("mo")).build()).words("more than a month ago").build())
        .addEvidence(source.find("\"He [Bob] agreed fully\", Ana said at length more than a month ago."))
        .build();
    Statement claimed = Statement.builder()
        .id("s-unstated")
        .speech(SpeechMode.INDIRECT).act(SpeechAct.CLAIM)
        .cue(source.find("It was claimed"))
        .text("prices would fall")
        .addLinks(Statement.Link.of(Statement.Link.Relation.DOUBTS, "s-agreed"))
        .addEvidence(source.find("It was claimed that prices would fall."))
        .build();
    Meeting next = Meeting.builder()
        .id("m-next")
        .addPurposes("to agree the price")
        .status(Meeting.Status.PLANNED)
        .time(Time.builder().at(TimePoint.of(PartialDate.ofWeek(2025, 13))).words("next week").build())
        .addLinks(Meeting.Link.of(Meeting.Link.Relation.FOLLOWS, "m-kyiv"))
        .addEvidence(source.find("Another meeting, to agree the price, is planned for next week."))
        .addInferred("time.at")
        .build();
    Claim deficit = Claim.builder()
        .id("c-deficit").holder("s-study")
        .subject(Term.text("the deficit"))
        .value(Term.quantity(Quantity.rounded("55.2", 9, Unit.currency("USD")).withQualifiers(
            java.util.List.of("revised"))))
        .addEvidence(source.find("the deficit, revised, was $55.2 billion"))
        .build();
    Claim starts = Claim.builder()
        .id("c-starts").holder("s-study")
        .subject(Term.text("Starts")).predicate("were")
        .value(Term.change(Change.up(Quantity.builder().amount(new BigDecimal("4.7")).margin(new BigDecimal("1.6"))
                .marginLevel(new BigDecimal("90")).unit(Unit.PERCENT)
                .revisedFrom(Quantity.of("4.9", Unit.PERCENT)).build())
            .withToLevel(Quantity.builder().amount(new BigDecimal("1127000")).unit(Unit.COUNT)
                .per(Unit.measure("a")).build())))
        .addEvidence(source.find("Starts were 1,127,000 at an annual rate, up 4.7 percent (±1.6 percent at 90"
            + " percent confidence), revised from 4.9 percent."))
        .build();
    Claim calls = Claim.builder()
        .id("c-calls").holder("s-wire")
        .subject(Term.entity("p-ana")).predicate("calls").value(Term.entity("p-bob"))
        .time(Time.builder().every(Quantity.of(1, Unit.measure("wk"))).habitual(true).words("every week").build())
        .addEvidence(source.find("Ana calls Bob every week."))
        .build();
    Claim lowest = Claim.builder()
        .id("c-lowest").holder("s-study")
        .subject(Term.entity("c-deficit")).predicate("was")
        .value(Term.rank(Rank.of("the lowest").withPosition(1).fromTheBottom()
            .withAmong("the three quarters")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.PART_OF, Term.text("the three quarters")))
        .addArguments(Claim.Argument.of(Claim.Argument.Kind.CIRCUMSTANCE, Term.text("revised")))
        .addBasedOn("p-study")
        .addEvidence(source.find("the lowest of the three quarters"))
        .build();
    Statement narration = Statement.builder()
        .id("s-wire").speaker("p-wire")
        .speech(SpeechMode.NARRATION).act(SpeechAct.INFORM)
        .text("Several hundred people protested")
        .addEvidence(source.find("Several hundred people protested."))
        .build();
    Claim protest = Claim.builder()
        .id("c-protest").holder("s-wire")
        .subject(Term.quantity(Quantity.builder().words("Several hundred").unit(Unit.COUNT).what("people")
            .build()))
        .predicate("protested")
        .addEvidence(source.find("Several hundred people protested"))
        .build();
    Claim duration = Claim.builder()
        .id("c-duration").holder("m-kyiv")
        .subject(Term.entity("m-kyiv")).predicate("took place on")
        .value(Term.time(Time.builder().at(TimePoint.of(PartialDate.parse("--01-17"), LocalTime.of(10, 0),
            ZoneOffset.UTC)).addAlsoAt(TimePoint.parse("T12:00+02:00")).partOfDay(Time.PartOfDay.MORNING).duration(Quantity.builder().atMost(new BigDecimal("2")).unit(Unit.measure("h"))
            .build()).build()))
        .addEvidence(source.find("On 17 January"))
        .build();
    return FactSheet.builder()
        .provenance(Provenance.builder()
            .method(Provenance.Method.REVIEWED)
            .addMadeBy(Provenance.Agent.of(Provenance.Agent.Kind.MODEL, "example-model", "1.0"))
            .addReviewedBy(Provenance.Agent.of(Provenance.Agent.Kind.PERSON, "A. Editor"))
            .created(Instant.parse("2025-03-20T08:00:00Z"))
            .sourceDigest(Provenance.digest(TEXT))
            .build())
        .source(source)
        .addParticipants(wire, ana, bob, team, sources, bureau, study, rebels, spokesman, rebelDrones, aides)
        .addPlaces(kyiv, ukraine, lviv, port, docks)
        .addMeetings(talks, june, next, rounds)
        .addEvents(strike, hit, raids, drought)
        .addStatements(agreed, report, denial, narration, cited, claimed, act, reporter, when, beforeTalks,
            failed, more, fully, twice, background)
        .addClaims(drones, money, agreedOn, prices, visit, duration, protest, deficit, lowest, starts, calls,
            talksFailed, moreToCome, rents, worst, exports, rise)
        .build();
  }
}
