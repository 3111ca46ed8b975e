package org.newsfacts.properties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.Evidence;
import org.newsfacts.ExternalId;
import org.newsfacts.FactSheet;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.Modality;
import org.newsfacts.Ordinal;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Quantity;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Topic;
import org.newsfacts.Translation;
import org.newsfacts.Unit;

/**
 * Random valid values of every type, from a seed, with {@link SplittableRandom}: the same seed
 * gives the same value. Strings mix ASCII, accents, quotation marks, escapes, control characters
 * and characters outside the Basic Multilingual Plane; spans are cut from the generated text in
 * code points.
 */
public final class SheetGenerator {
  private static final String[] WORDS = {
    "Umerov", "reunión", "países", "Kyiv", "\"cita\"", "“dijo”", "35", "mil", "millones", "dólares",
    "a\\b", "tab\there", "😀", "𝔘𝔫𝔦", "Ucrania", "año", "ß", "日本", "line\u2028sep", "x\u0001y", "{}",
    "[]", ":", ",", "null", "é"
  };
  private static final String[] LANGUAGES = {"es", "en", "uk", "uk-UA", "es-419", "sr-Latn", "de-CH"};
  private static final String[] CURRENCIES = {"USD", "EUR", "UAH", "JPY", "CHF"};
  private static final String[] COUNTRIES = Locale.getISOCountries();

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
    List<Participant> participants = new ArrayList<>();
    int people = 1 + random.nextInt(6);
    for (int i = 0; i < people; i++) {
      participants.add(participant("p" + i, participants));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      meetings.add(meeting("m" + i, participants));
    }
    List<Statement> statements = new ArrayList<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      statements.add(statement("s" + i, participants, meetings));
    }
    List<Claim> claims = new ArrayList<>();
    List<String> holders = new ArrayList<>();
    statements.forEach(s -> holders.add(s.id()));
    meetings.forEach(m -> holders.add(m.id()));
    List<String> entities = new ArrayList<>();
    participants.forEach(p -> entities.add(p.id()));
    meetings.forEach(m -> entities.add(m.id()));
    for (int i = holders.isEmpty() ? 0 : random.nextInt(5); i > 0; i--) {
      claims.add(claim("c" + i, holders, entities));
    }
    return FactSheet.builder().source(source).addAllParticipants(participants)
        .addAllMeetings(meetings).addAllStatements(statements).addAllClaims(claims).build();
  }

  private Source source() {
    String headline = words(1 + random.nextInt(6));
    StringBuilder body = new StringBuilder(headline);
    for (int line = 1 + random.nextInt(4); line > 0; line--) {
      body.append('\n').append(words(5 + random.nextInt(30)));
    }
    Source.Builder b = Source.builder().headline(headline).language(LanguageTag.of(pick(LANGUAGES)))
        .text(body.toString());
    if (random.nextBoolean()) {
      b.publisher(words(1 + random.nextInt(2)));
    }
    if (random.nextBoolean()) {
      b.url(java.net.URI.create("https://example.org/" + random.nextInt(1000)));
    }
    if (random.nextBoolean()) {
      b.published(date());
    }
    return b.build();
  }

  private Participant participant(String id, List<Participant> earlier) {
    Participant.Kind kind = pick(Participant.Kind.values());
    Participant.Builder b = Participant.builder().id(id).kind(kind).name(words(1 + random.nextInt(3)))
        .addAllEvidence(spans(1 + random.nextInt(3)));
    for (int i = random.nextInt(3); i > 0; i--) {
      String title = words(1 + random.nextInt(3));
      b.addRoles(random.nextBoolean() && !earlier.isEmpty() ? Role.of(title, pick(earlier).id()) : Role.of(title));
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
    return b.build();
  }

  private Meeting meeting(String id, List<Participant> participants) {
    Meeting.Builder b = Meeting.builder().id(id).name(words(1 + random.nextInt(5)))
        .mode(pick(Meeting.Mode.values())).addAllEvidence(spans(1 + random.nextInt(2)));
    if (random.nextBoolean()) {
      b.ordinal(Ordinal.of(1 + random.nextInt(100), words(1 + random.nextInt(3))));
    }
    if (random.nextBoolean()) {
      b.date(date());
    }
    if (random.nextBoolean()) {
      String name = words(1 + random.nextInt(2));
      b.place(random.nextBoolean() ? Place.of(name, CountryCode.of(pick(COUNTRIES))) : Place.of(name));
    }
    for (Participant p : participants) {
      if (random.nextBoolean()) {
        b.addParticipants(p.id());
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addTopics(Topic.of(words(1 + random.nextInt(4)), spans(1 + random.nextInt(2)).toArray(new Evidence[0])));
    }
    return b.build();
  }

  private Statement statement(String id, List<Participant> participants, List<Meeting> meetings) {
    SpeechMode speech = pick(SpeechMode.values());
    List<Evidence> evidence = spans(1 + random.nextInt(2));
    String text = speech == SpeechMode.DIRECT ? quoteOf(evidence.get(0)) : words(1 + random.nextInt(8));
    Statement.Builder b = Statement.builder().id(id).speaker(pick(participants).id()).speech(speech)
        .act(pick(SpeechAct.values())).text(text).addAllEvidence(evidence);
    for (int i = random.nextInt(2); i > 0; i--) {
      b.addTranslations(Translation.of(LanguageTag.of(pick(LANGUAGES)), words(1 + random.nextInt(5))));
    }
    if (random.nextBoolean()) {
      b.channel(words(1));
    }
    if (random.nextBoolean()) {
      b.reportedBy(pick(participants).id());
    }
    if (!meetings.isEmpty() && random.nextBoolean()) {
      b.occasion(pick(meetings).id());
    }
    return b.build();
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

  private Claim claim(String id, List<String> holders, List<String> entities) {
    Claim.Builder b = Claim.builder().id(id).holder(pick(holders)).subject(term(entities))
        .predicate(words(1 + random.nextInt(4))).modality(pick(Modality.values()))
        .addAllEvidence(spans(1 + random.nextInt(2)));
    if (random.nextBoolean()) {
      b.value(term(entities));
    }
    if (random.nextBoolean()) {
      b.time(date());
    }
    return b.build();
  }

  private Term term(List<String> entities) {
    switch (random.nextInt(4)) {
      case 0:
        return Term.text(words(1 + random.nextInt(4)));
      case 1:
        return Term.entity(pick(entities));
      case 2:
        return Term.quantity(quantity());
      default:
        return Term.date(date());
    }
  }

  Quantity quantity() {
    switch (random.nextInt(3)) {
      case 0:
        return Quantity.of(random.nextLong(0, Long.MAX_VALUE), Unit.COUNT);
      case 1:
        return Quantity.of(decimal(), Unit.PERCENT);
      default:
        return Quantity.of(decimal(), Unit.currency(pick(CURRENCIES)));
    }
  }

  private BigDecimal decimal() {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(150), new java.util.Random(random.nextLong()));
    BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(-5, 20));
    return value.precision() > 60 ? value.round(new java.math.MathContext(60)) : value;
  }

  PartialDate date() {
    int year = random.nextInt(10000);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
    switch (random.nextInt(4)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofYearMonth(year, month);
      case 2:
        return PartialDate.ofMonthDay(month, Math.min(day, java.time.Month.of(month).maxLength()));
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
