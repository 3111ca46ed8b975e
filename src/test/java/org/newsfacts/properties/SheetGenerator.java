package org.newsfacts.properties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsfacts.Change;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.Event;
import org.newsfacts.Evidence;
import org.newsfacts.ExternalId;
import org.newsfacts.FactSheet;
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

/**
 * Random valid values of every type, from a seed, with {@link SplittableRandom}: the same seed
 * gives the same value. Strings mix ASCII, accents, quotation marks, escapes, tabs and line breaks
 * and characters outside the Basic Multilingual Plane; spans are cut from the generated text in
 * code points; references point only backwards, so that chains have no cycles.
 */
public final class SheetGenerator {
  private static final String[] WORDS = {
    "Umerov", "reunión", "países", "Kyiv", "\"cita\"", "“dijo”", "35", "mil", "millones", "dólares",
    "a\\b", "tab\there", "😀", "𝔘𝔫𝔦", "Ucrania", "año", "ß", "日本", "line\u2028sep", "cr\r\nlf", "{}",
    "[]", ":", ",", "null", "é"
  };
  private static final String[] LANGUAGES = {"es", "en", "uk", "uk-UA", "es-419", "sr-Latn", "de-CH"};
  private static final String[] CURRENCIES = {"USD", "EUR", "UAH", "JPY", "CHF"};
  private static final String[] MEASURES = {"km", "t", "Mt", "kW.h", "[bbl_us]", "har", "Cel", "km/h"};
  private static final String[] TIMES = {"s", "min", "h", "d", "wk", "mo", "a"};
  private static final String[] COUNTRIES = Locale.getISOCountries();
  private static final String[] ZONES = {"Europe/Kyiv", "America/New_York", "Asia/Tokyo"};
  private static final Factuality.Certainty[] LEANING = {
    Factuality.Certainty.CERTAIN, Factuality.Certainty.PROBABLE, Factuality.Certainty.POSSIBLE};

  private final SplittableRandom random;
  private Source source;
  private int[] text;

  private SheetGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * @param seed the seed
   * @return a random valid sheet, the same for the same seed
   */
  public static FactSheet sheet(long seed) {
    return new SheetGenerator(seed).sheet();
  }

  private FactSheet sheet() {
    source = source();
    text = source.text().codePoints().toArray();
    List<String> placeIds = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Place place = place("pl" + i, placeIds);
      places.add(place);
      placeIds.add(place.id());
    }
    List<Participant> participants = new ArrayList<>();
    int people = 1 + random.nextInt(6);
    boolean publisher = false;
    for (int i = 0; i < people; i++) {
      boolean thePublisher = !publisher && random.nextInt(4) == 0;
      publisher |= thePublisher;
      participants.add(participant("p" + i, participants, thePublisher, placeIds));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      meetings.add(meeting("m" + i, participants, meetings, placeIds));
    }
    List<Event> events = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      events.add(event("e" + i, participants, meetings, events, placeIds));
    }
    List<String> entities = new ArrayList<>();
    participants.forEach(p -> entities.add(p.id()));
    entities.addAll(placeIds);
    meetings.forEach(m -> entities.add(m.id()));
    events.forEach(e -> entities.add(e.id()));
    List<Statement> statements = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      Statement statement = statement("s" + i, participants, meetings, statements, entities);
      statements.add(statement);
    }
    statements.forEach(s -> entities.add(s.id()));
    List<Claim> claims = new ArrayList<>();
    List<String> holders = new ArrayList<>();
    statements.forEach(s -> holders.add(s.id()));
    meetings.forEach(m -> holders.add(m.id()));
    for (int i = holders.isEmpty() ? 0 : random.nextInt(5); i > 0; i--) {
      Claim claim = claim("c" + i, holders, entities, participants);
      claims.add(claim);
      entities.add(claim.id());
    }
    FactSheet.Builder b = FactSheet.builder().source(source).participants(participants)
        .statements(statements).claims(claims);
    places.forEach(b::addPlaces);
    meetings.forEach(b::addMeetings);
    events.forEach(b::addEvents);
    if (random.nextBoolean()) {
      b.provenance(provenance());
    }
    return b.build();
  }

  private Provenance provenance() {
    Provenance.Method method = pick(Provenance.Method.values());
    Provenance.Builder b = Provenance.builder().method(method)
        .addMadeBy(Provenance.Agent.of(pick(Provenance.Agent.Kind.values()), words(1 + random.nextInt(2)),
            words(1)));
    if (method == Provenance.Method.REVIEWED) {
      b.addReviewedBy(Provenance.Agent.of(Provenance.Agent.Kind.PERSON, words(2)));
    }
    if (random.nextBoolean()) {
      b.created(Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L)));
    }
    if (random.nextBoolean()) {
      b.sourceDigest(Provenance.digest(source.text()));
    }
    return b.build();
  }

  private Source source() {
    String headline = words(1 + random.nextInt(6));
    StringBuilder body = new StringBuilder(headline);
    for (int line = 1 + random.nextInt(4); line > 0; line--) {
      body.append('\n').append(words(5 + random.nextInt(30)));
    }
    Source.Builder b = Source.builder().language(LanguageTag.of(pick(LANGUAGES))).text(body.toString());
    if (random.nextBoolean()) {
      b.headline(headline);
    }
    if (random.nextBoolean()) {
      b.publisher(words(1 + random.nextInt(2)));
    }
    if (random.nextBoolean()) {
      b.url(java.net.URI.create("https://example.org/" + random.nextInt(1000)));
    }
    if (random.nextInt(4) == 0) {
      b.republishedFrom(java.net.URI.create("http://example.gov/release/" + random.nextInt(1000)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addLabels(words(1 + random.nextInt(3)));
    }
    if (random.nextInt(4) == 0) {
      b.addExternalIds(ExternalId.of(words(1), words(1)));
    }
    if (random.nextInt(4) == 0) {
      b.excerpt(true);
    }
    if (random.nextBoolean()) {
      b.published(point());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addAuthors(words(2));
    }
    if (random.nextBoolean()) {
      Source.Revision revision = Source.Revision.of(words(1 + random.nextInt(2)));
      b.revision(random.nextBoolean() ? revision.withNote(words(3)).withTime(point()) : revision);
    }
    if (random.nextBoolean()) {
      b.translated(true);
      if (random.nextBoolean()) {
        b.originalLanguage(LanguageTag.of(pick(LANGUAGES)));
      }
    }
    return b.build();
  }

  private Place place(String id, List<String> earlier) {
    Place.Builder b = Place.builder().id(id).name(words(1 + random.nextInt(2)));
    spans(1 + random.nextInt(2)).forEach(b::addEvidence);
    if (random.nextBoolean()) {
      b.kind(pick(Place.Kind.values()));
    }
    if (random.nextBoolean()) {
      b.country(CountryCode.of(pick(COUNTRIES))).addInferred("country");
    }
    if (!earlier.isEmpty() && random.nextBoolean()) {
      b.within(pick(earlier));
    }
    confidence(b::confidence);
    return b.build();
  }

  private Participant participant(String id, List<Participant> earlier, boolean publisher,
      List<String> places) {
    Participant.Kind kind = pick(Participant.Kind.values());
    Participant.Builder b = Participant.builder().id(id).kind(kind);
    if (random.nextInt(4) == 0) {
      b.unnamed(true).description(words(2 + random.nextInt(4)));
      if (random.nextBoolean()) {
        b.anonymity(words(3));
      }
    } else {
      b.name(words(1 + random.nextInt(3)));
    }
    if (publisher) {
      b.publisher(true);
    }
    if (!publisher || random.nextBoolean()) {
      b.addAllEvidence(spans(1 + random.nextInt(3)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      String title = words(1 + random.nextInt(3));
      Role role = random.nextBoolean() && !earlier.isEmpty() ? Role.of(title, pick(earlier).id()) : Role.of(title);
      b.addRoles(random.nextBoolean() && !earlier.isEmpty() ? role.withRelativeTo(pick(earlier).id()) : role);
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addCharacterisations(words(2));
    }
    if (random.nextBoolean()) {
      b.country(CountryCode.of(pick(COUNTRIES)));
    }
    if (kind == Participant.Kind.GROUP && !earlier.isEmpty()) {
      int members = random.nextInt(earlier.size() + 1);
      for (int i = 0; i < members; i++) {
        b.addMembers(earlier.get(i).id());
      }
      if (random.nextBoolean()) {
        b.statedCount(members == 0 ? 1 + random.nextInt(50) : members);
      }
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addExternalIds(ExternalId.of(words(1), words(1)));
    }
    if (!earlier.isEmpty() && random.nextInt(3) == 0) {
      b.addPartOf(pick(earlier).id());
    }
    if (!places.isEmpty() && random.nextInt(3) == 0) {
      b.addLocatedIn(pick(places));
    }
    confidence(b::confidence);
    return b.build();
  }

  private Meeting meeting(String id, List<Participant> participants, List<Meeting> earlier,
      List<String> places) {
    Meeting.Status status = pick(Meeting.Status.values());
    Meeting.Builder b = Meeting.builder().id(id).status(status).medium(pick(Meeting.Medium.values()));
    if (random.nextInt(5) != 0) {
      b.name(words(1 + random.nextInt(5)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addPurposes(words(1 + random.nextInt(6)));
    }
    spans(1 + random.nextInt(2)).forEach(b::addEvidence);
    if (random.nextBoolean()) {
      b.ordinal(Ordinal.of(1 + random.nextInt(100), words(1 + random.nextInt(3))));
    }
    // a meeting held is never after the item that reports it was published
    if (random.nextBoolean() && (status != Meeting.Status.HELD || source.published().isEmpty())) {
      b.time(time());
    }
    if ((status == Meeting.Status.POSTPONED || status == Meeting.Status.CANCELLED) && random.nextBoolean()) {
      b.previousTime(time());
    }
    if (!places.isEmpty() && random.nextBoolean()) {
      b.place(pick(places));
    }
    if (random.nextBoolean()) {
      b.statusBy(pick(participants).id());
    }
    for (Participant p : participants) {
      if (random.nextBoolean()) {
        b.addParticipants(random.nextBoolean() ? Meeting.Attendee.of(p.id())
            : Meeting.Attendee.of(p.id(), pick(Meeting.Attendee.Part.values())));
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addTopics(Topic.of(words(1 + random.nextInt(4)), spans(1 + random.nextInt(2)).toArray(new Evidence[0])));
    }
    for (Meeting other : earlier) {
      if (random.nextInt(3) == 0) {
        b.addLinks(Meeting.Link.of(pick(new Meeting.Link.Relation[] {Meeting.Link.Relation.FOLLOWS,
            Meeting.Link.Relation.PART_OF, Meeting.Link.Relation.REPLACES, Meeting.Link.Relation.DURING}),
            other.id()));
      }
    }
    confidence(b::confidence);
    return b.build();
  }

  private Event event(String id, List<Participant> participants, List<Meeting> meetings, List<Event> earlier,
      List<String> places) {
    Event.Status status = pick(Event.Status.values());
    Event.Builder b = Event.builder().id(id).what(words(1 + random.nextInt(4))).status(status);
    spans(1 + random.nextInt(2)).forEach(b::addEvidence);
    if (random.nextBoolean() && (status != Event.Status.HAPPENED || source.published().isEmpty())) {
      b.time(time());
    }
    if (!places.isEmpty() && random.nextBoolean()) {
      b.place(pick(places));
    }
    if (random.nextBoolean()) {
      b.statusBy(pick(participants).id());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addAgents(pick(participants).id());
    }
    if (random.nextBoolean()) {
      b.addAffected(!places.isEmpty() && random.nextBoolean() ? pick(places) : pick(participants).id());
    }
    List<String> others = new ArrayList<>();
    earlier.forEach(e -> others.add(e.id()));
    meetings.forEach(m -> others.add(m.id()));
    if (!others.isEmpty() && random.nextBoolean()) {
      b.addLinks(Event.Link.of(pick(Event.Link.Relation.values()), pick(others)));
    }
    confidence(b::confidence);
    return b.build();
  }

  private Statement statement(String id, List<Participant> participants, List<Meeting> meetings,
      List<Statement> earlier, List<String> entities) {
    SpeechMode speech = pick(SpeechMode.values());
    List<Evidence> evidence = spans(1 + random.nextInt(2));
    String content = speech == SpeechMode.DIRECT ? quoteOf(evidence.get(0)) : words(1 + random.nextInt(8));
    if (speech == SpeechMode.MIXED) {
      // a mixed statement's quoted parts must stand in its evidence: these random words quote nothing
      content = content.replaceAll("[\"\u201C\u201D\u00AB\u00BB\u201E]", "");
    }
    SpeechAct act = pick(SpeechAct.values());
    Statement.Builder b = Statement.builder().id(id).speech(speech).act(act).text(content);
    if (random.nextInt(5) != 0) {
      b.speaker(pick(participants).id());
    }
    if (random.nextInt(6) == 0) {
      b.onBehalfOf(pick(participants).id());
    }
    if (random.nextInt(8) == 0) {
      Event.Status status = pick(Event.Status.values());
      if (status != Event.Status.HAPPENED) {
        b.status(status);
      }
    }
    evidence.forEach(b::addEvidence);
    if (act == SpeechAct.OTHER || random.nextBoolean()) {
      b.cue(within(evidence.get(0)));
    }
    if (random.nextBoolean()) {
      b.language(LanguageTag.of(pick(LANGUAGES)));
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addTranslations(Translation.of(LanguageTag.of(pick(LANGUAGES)), words(1 + random.nextInt(5))));
    }
    if (random.nextBoolean()) {
      b.addAddressees(pick(participants).id());
    }
    if (random.nextBoolean()) {
      b.addTargets(pick(entities));
    }
    if (random.nextBoolean()) {
      b.channel(words(1));
    }
    if (random.nextBoolean()) {
      b.time(time());
    }
    if (random.nextBoolean()) {
      b.reportedBy(!earlier.isEmpty() && random.nextBoolean() ? pick(earlier).id() : pick(participants).id());
    }
    if (!meetings.isEmpty() && random.nextBoolean()) {
      b.occasion(pick(meetings).id());
    }
    if (!earlier.isEmpty() && random.nextBoolean()) {
      b.addLinks(Statement.Link.of(pick(Statement.Link.Relation.values()), pick(earlier).id()));
    }
    if (random.nextBoolean()) {
      b.addTopics(Topic.of(words(2), spans(1).get(0)));
    }
    confidence(b::confidence);
    return b.build();
  }

  /** @return a non-blank part of a span, so that a cue stands in its statement's evidence */
  private Evidence within(Evidence span) {
    int[] points = span.text().codePoints().toArray();
    for (int tries = 0; tries < 8; tries++) {
      int from = random.nextInt(points.length);
      int to = from + 1 + random.nextInt(points.length - from);
      String part = new String(points, from, to - from);
      if (!part.isBlank()) {
        return Evidence.of(span.start() + from, span.start() + to, part);
      }
    }
    return span;
  }

  /** @return a non-blank part of the span's text, so that the quote stands in its evidence */
  private String quoteOf(Evidence span) {
    String whole = span.text();
    int[] points = whole.codePoints().toArray();
    int from = random.nextInt(points.length);
    int to = from + 1 + random.nextInt(points.length - from);
    String part = new String(points, from, to - from);
    return part.isBlank() ? whole : part;
  }

  private Claim claim(String id, List<String> holders, List<String> entities, List<Participant> participants) {
    Claim.Builder b = Claim.builder().id(id).holder(pick(holders)).subject(term(entities))
        .kind(pick(Claim.Kind.values())).factuality(factuality());
    if (random.nextInt(5) != 0) {
      b.predicate(words(1 + random.nextInt(4)));
    }
    spans(1 + random.nextInt(2)).forEach(b::addEvidence);
    if (random.nextBoolean()) {
      b.value(term(entities));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addArguments(Claim.Argument.of(pick(Claim.Argument.Kind.values()), term(entities)));
    }
    if (random.nextBoolean()) {
      b.addAssessments(Claim.Assessment.of(pick(participants).id(), factuality()));
    }
    if (random.nextBoolean()) {
      b.time(time());
    }
    confidence(b::confidence);
    return b.build();
  }

  private Factuality factuality() {
    switch (random.nextInt(4)) {
      case 0:
        return Factuality.FACT;
      case 1:
        return Factuality.of(Factuality.Certainty.UNKNOWN, Factuality.Polarity.UNKNOWN);
      case 2:
        return Factuality.of(Factuality.Certainty.CERTAIN, Factuality.Polarity.UNKNOWN);
      default:
        return Factuality.of(pick(LEANING), random.nextBoolean() ? Factuality.Polarity.POSITIVE
            : Factuality.Polarity.NEGATIVE, spans(random.nextInt(2)).toArray(new Evidence[0]));
    }
  }

  private void confidence(java.util.function.Consumer<BigDecimal> set) {
    if (random.nextInt(4) == 0) {
      set.accept(BigDecimal.valueOf(random.nextInt(1001), 3));
    }
  }

  /** Entities are only those defined before: a claim is about an earlier claim, never itself. */
  private Term term(List<String> entities) {
    switch (random.nextInt(6)) {
      case 0:
        return Term.text(words(1 + random.nextInt(4)));
      case 1:
        return Term.entity(pick(entities));
      case 2:
        return Term.quantity(quantity());
      case 3:
        return Term.time(time());
      case 4: {
        Rank rank = Rank.of(words(1 + random.nextInt(3)));
        rank = random.nextBoolean() ? rank.withPosition(1 + random.nextInt(20)) : rank;
        rank = random.nextBoolean() ? rank.fromTheBottom() : rank;
        return Term.rank(random.nextBoolean() ? rank.withAmong(words(2)) : rank);
      }
      default:
        return Term.change(change());
    }
  }

  private Change change() {
    Change.Direction direction = pick(Change.Direction.values());
    Change.Builder b = Change.builder().direction(direction);
    boolean levels = direction != Change.Direction.UNCHANGED && direction != Change.Direction.EITHER && random.nextBoolean();
    if (direction != Change.Direction.UNCHANGED && random.nextBoolean()) {
      // with both levels, the change is their difference, in points
      b.by(levels ? Quantity.of(BigDecimal.ONE, Unit.PERCENTAGE_POINT)
          : Quantity.of(BigDecimal.valueOf(random.nextInt(1, 1000), random.nextInt(3)), Unit.PERCENTAGE_POINT));
    }
    if (random.nextBoolean()) {
      b.baseline(time());
    }
    if (levels) {
      BigDecimal from = BigDecimal.valueOf(random.nextInt(0, 500), 1);
      BigDecimal to = direction == Change.Direction.UP ? from.add(BigDecimal.ONE) : from.subtract(BigDecimal.ONE);
      b.fromLevel(Quantity.of(from, Unit.PERCENT)).toLevel(Quantity.of(to, Unit.PERCENT));
    }
    return b.build();
  }

  Quantity quantity() {
    Unit unit;
    switch (random.nextInt(4)) {
      case 0:
        unit = Unit.COUNT;
        break;
      case 1:
        unit = random.nextBoolean() ? Unit.PERCENT : Unit.PERCENTAGE_POINT;
        break;
      case 2:
        unit = Unit.measure(pick(MEASURES));
        break;
      default:
        unit = Unit.currency(pick(CURRENCIES));
        break;
    }
    Quantity.Builder b = Quantity.builder().unit(unit);
    BigDecimal amount = unit.equals(Unit.COUNT) ? BigDecimal.valueOf(random.nextLong(0, Long.MAX_VALUE))
        : decimal();
    switch (random.nextInt(5)) {
      case 0:
        b.amount(amount);
        break;
      case 1:
        b.amount(amount).approximate(true);
        break;
      case 2:
        b.atLeast(amount).lessThan(amount.add(BigDecimal.TEN));
        break;
      case 3:
        b.moreThan(amount);
        break;
      default:
        b.words(words(2));
        if (random.nextBoolean()) {
          b.atMost(amount);
        }
        break;
    }
    if (random.nextBoolean()) {
      b.what(words(1));
    }
    for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      b.addQualifiers(words(1 + random.nextInt(3)));
    }
    if (random.nextInt(4) == 0) {
      b.precision(BigDecimal.ONE.movePointLeft(-random.nextInt(0, 3)).min(smallestStep(b)));
    }
    if (b.build().amount().isPresent() && random.nextInt(5) == 0) {
      b.margin(BigDecimal.valueOf(random.nextInt(0, 100), 1));
    }
    if (random.nextInt(6) == 0 && !unit.equals(Unit.measure("d"))) {
      b.per(random.nextBoolean() ? Unit.measure("d") : Unit.measure("a"));
    }
    if (unit.kind() == Unit.Kind.CURRENCY && random.nextBoolean()) {
      String other = pick(CURRENCIES);
      if (!other.equals(unit.toString())) {
        b.addEquivalents(Quantity.of(decimal(), Unit.currency(other)));
      }
    }
    return b.build();
  }

  /** {@return a step every amount of the quantity so far is a multiple of: a power of ten} */
  private static BigDecimal smallestStep(Quantity.Builder b) {
    Quantity built = b.build();
    int scale = 0;
    for (java.util.Optional<BigDecimal> amount : List.of(built.amount(), built.atLeast(), built.moreThan(),
        built.atMost(), built.lessThan())) {
      if (amount.isPresent()) {
        scale = Math.max(scale, amount.get().stripTrailingZeros().scale());
      }
    }
    return BigDecimal.ONE.movePointLeft(scale);
  }

  private BigDecimal decimal() {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(150), new java.util.Random(random.nextLong()));
    BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-5, 20));
    return value.precision() > 40 ? value.round(new java.math.MathContext(40)) : value;
  }

  Time time() {
    switch (random.nextInt(6)) {
      case 0:
        return Time.at(point());
      case 1: {
        PartialDate first = datedDate();
        int days = random.nextInt(400);
        // the year 9999 is the last a date may have
        PartialDate last = first.date().map(d -> d.plusDays(days).getYear() > 9999 ? d : d.plusDays(days))
            .map(PartialDate::of).orElse(first);
        return Time.between(first, last);
      }
      case 2:
        return random.nextBoolean() ? Time.since(date()) : Time.until(date());
      case 3:
        return Time.lasting(Quantity.builder().amount(BigDecimal.valueOf(1 + random.nextInt(100)))
            .approximate(random.nextBoolean()).unit(Unit.measure(pick(TIMES))).build());
      case 4:
        return Time.builder().at(TimePoint.of(date())).modifier(pick(Time.Modifier.values()))
            .words(words(2)).build();
      default:
        return Time.words(words(1 + random.nextInt(3)));
    }
  }

  TimePoint point() {
    switch (random.nextInt(3)) {
      case 0:
        return TimePoint.of(date());
      case 1: {
        LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextBoolean() ? 0
            : random.nextInt(60));
        ZoneId zone = random.nextInt(3) == 0 ? null : random.nextBoolean()
            ? ZoneOffset.ofHoursMinutes(random.nextInt(-12, 14), 0) : ZoneId.of(pick(ZONES));
        // a time of day stands on a day: a full date, or a month and day
        PartialDate day = date();
        while (day.precision() != PartialDate.Precision.DATE && day.precision() != PartialDate.Precision.MONTH_DAY) {
          day = date();
        }
        return TimePoint.of(day, time, zone);
      }
      default:
        return TimePoint.ofTime(LocalTime.of(random.nextInt(24), random.nextInt(60)), ZoneOffset.UTC);
    }
  }

  /** {@return a full date} */
  private PartialDate datedDate() {
    int year = random.nextInt(10000);
    int month = 1 + random.nextInt(12);
    return PartialDate.ofDate(year, month, 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth()));
  }

  PartialDate date() {
    int year = random.nextInt(10000);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
    switch (random.nextInt(8)) {
      case 7:
        return PartialDate.ofWeek(year, 1 + random.nextInt(52));
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, month);
      case 2:
        return PartialDate.ofMonthDay(month, Math.min(day, java.time.Month.of(month).maxLength()));
      case 3:
        return PartialDate.ofMonth(month);
      case 4:
        return PartialDate.ofQuarter(year, 1 + random.nextInt(4));
      case 5:
        return PartialDate.ofHalf(year, 1 + random.nextInt(2));
      default:
        return PartialDate.ofDate(year, month, day);
    }
  }

  private List<Evidence> spans(int count) {
    List<Evidence> spans = new ArrayList<>();
    while (spans.size() < count) {
      int start = random.nextInt(text.length);
      int end = start + 1 + random.nextInt(Math.min(40, text.length - start));
      String covered = new String(text, start, end - start);
      if (!covered.isBlank()) {
        spans.add(Evidence.of(start, end, covered));
      }
    }
    return spans;
  }

  private String words(int count) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < count; i++) {
      words.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? pick(WORDS) : word());
    }
    return words.toString();
  }

  private String word() {
    StringBuilder word = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
