package org.newsfacts;

/** A small article and a valid sheet over it, for tests that change one thing at a time. */
public final class Fixtures {
  /** Contains a character outside the BMP, so that code points and UTF-16 units differ. */
  public static final String TEXT = "Ana meets Bob 😀 in Kyiv\n"
      + "On 17 January, Ana met Bob in Kyiv. \"We agreed on 12 drones\", said Ana.";

  private Fixtures() {}

  public static Source source() {
    return Source.builder()
        .headline("Ana meets Bob 😀 in Kyiv")
        .language(LanguageTag.of("en"))
        .text(TEXT)
        .build();
  }

  public static Participant.Builder ana() {
    Source source = source();
    return Participant.builder().id("p-ana").kind(Participant.Kind.PERSON).name("Ana")
        .addAllEvidence(source.findAll("Ana"));
  }

  public static Participant.Builder bob() {
    return Participant.builder().id("p-bob").kind(Participant.Kind.PERSON).name("Bob")
        .addEvidence(source().find("Bob", 2));
  }

  public static Place.Builder kyiv() {
    return Place.builder().id("pl-kyiv").name("Kyiv").addAllEvidence(source().findAll("Kyiv"));
  }

  public static Meeting.Builder meeting() {
    return Meeting.builder().id("m-kyiv").name("Ana met Bob in Kyiv")
        .status(Meeting.Status.HELD)
        .time(Time.at(PartialDate.parse("--01-17")))
        .place("pl-kyiv")
        .addParticipants("p-ana", "p-bob")
        .addEvidence(source().find("On 17 January, Ana met Bob in Kyiv"));
  }

  public static Statement.Builder statement() {
    return Statement.builder().id("s-agreed").speaker("p-ana")
        .speech(SpeechMode.DIRECT).act(SpeechAct.SAY)
        .text("We agreed on 12 drones")
        .occasion("m-kyiv")
        .addEvidence(source().find("\"We agreed on 12 drones\", said Ana."));
  }

  public static Claim.Builder claim() {
    return Claim.builder().id("c-drones").holder("s-agreed")
        .subject(Term.entity("p-ana"))
        .predicate("agreed on")
        .value(Term.quantity(Quantity.of(12, Unit.COUNT)))
        .addEvidence(source().find("agreed on 12 drones"));
  }

  public static FactSheet.Builder sheet() {
    return FactSheet.builder()
        .source(source())
        .addParticipants(ana().build(), bob().build())
        .addPlaces(kyiv().build())
        .addMeetings(meeting().build())
        .addStatements(statement().build())
        .addClaims(claim().build());
  }
}
