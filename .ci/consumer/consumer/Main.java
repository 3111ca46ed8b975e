package consumer;

import java.math.BigDecimal;
import java.util.List;
import org.newsfacts.Claim;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Factuality;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.Unit;
import org.newsfacts.Violation;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/** A consumer that touches every kind of type of the library, compiled with -Xlint:all -Werror. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    FactSheet reference = ReferenceArticle.sheet();
    byte[] again = FactSheetJson.strict().writeBytes(reference);
    if (!java.util.Arrays.equals(again, ReferenceArticle.sheetJson())) {
      throw new AssertionError("bytes differ");
    }
    if (FactSheetJson.strict().check("{}").isEmpty()) {
      throw new AssertionError("no violation");
    }

    Source source = Source.builder().language(LanguageTag.of("en"))
        .text("Ana met Bob on 17 January. \"We agreed on 12 drones\", said Ana.").build();
    Evidence ana = source.find("Ana", 1);
    Participant first = Participant.builder().id("p-ana").kind(Participant.Kind.PERSON).name("Ana")
        .addEvidence(ana).build();
    Participant second = Participant.builder().id("p-bob").kind(Participant.Kind.PERSON).name("Bob")
        .addEvidence(source.find("Bob")).build();
    Meeting meeting = Meeting.builder().id("m-1").name("Ana met Bob").addParticipants("p-ana", "p-bob")
        .time(Time.at(PartialDate.parse("--01-17"))).addEvidence(source.find("Ana met Bob on 17 January"))
        .build();
    Statement said = Statement.builder().id("s-1").speaker("p-ana").speech(SpeechMode.DIRECT)
        .act(SpeechAct.SAY).text("We agreed on 12 drones").addEvidence(source.find("We agreed on 12 drones"))
        .build();
    Claim claim = Claim.builder().id("c-1").holder("s-1").subject(Term.text("drones"))
        .predicate("agreed on")
        .value(Term.quantity(Quantity.of(new BigDecimal("12"), Unit.COUNT)))
        .factuality(Factuality.FACT).addEvidence(source.find("12 drones")).build();
    FactSheet sheet = FactSheet.builder().source(source).addParticipants(first, second)
        .addMeetings(meeting).addStatements(said).addClaims(claim).build();
    List<Violation> none = FactSheetJson.strict().check(FactSheetJson.strict().write(sheet));
    if (!none.isEmpty() || !FactSheetJson.strict().read(FactSheetJson.strict().write(claim), Claim.class).equals(claim)) {
      throw new AssertionError(none.toString());
    }
    System.out.println("consumer: read " + reference.claims().size() + " claims, wrote the same bytes;"
        + " built and read back a sheet of " + sheet.claims().size() + " claim");
  }
}
