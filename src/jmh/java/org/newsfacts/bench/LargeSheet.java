package org.newsfacts.bench;

import java.util.ArrayList;
import java.util.List;
import org.newsfacts.Claim;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.Factuality;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Quantity;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Time;
import org.newsfacts.Unit;

/**
 * A synthetic sheet of a given size: n direct statements and n claims, each with evidence, by 20
 * speakers at 10 meetings.
 */
final class LargeSheet {
  private LargeSheet() {}

  static FactSheet build(int n) {
    if (n < 20) {
      throw new IllegalArgumentException("every one of the 20 speakers needs a statement: n >= 20");
    }
    StringBuilder text = new StringBuilder("Reunión de ministros sobre defensa\n");
    int[] quoteStart = new int[n];
    int[] quoteEnd = new int[n];
    int[] sentenceStart = new int[n];
    int[] sentenceEnd = new int[n];
    for (int i = 0; i < n; i++) {
      sentenceStart[i] = text.length();
      text.append('"');
      quoteStart[i] = text.length();
      text.append("En 2025 la producción de la industria número ").append(i)
          .append(" puede alcanzar los ").append(i + 1).append(" mil millones de dólares");
      quoteEnd[i] = text.length();
      text.append("\", señaló el ministro ").append(i % 20).append(".");
      sentenceEnd[i] = text.length();
      text.append('\n');
    }
    String body = text.toString();
    Source source = Source.builder().headline("Reunión de ministros sobre defensa")
        .language(LanguageTag.of("es")).publisher("Agencia").text(body).build();

    List<Participant> participants = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      String name = "el ministro " + k;
      int at = body.indexOf(name + ".");
      participants.add(Participant.builder().id("p-" + k).kind(Participant.Kind.PERSON).name(name)
          .addRoles(Role.of("ministro")).addEvidence(Evidence.of(at, at + name.length(), name)).build());
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int m = 0; m < 10; m++) {
      meetings.add(Meeting.builder().id("m-" + m).name("Reunión de ministros sobre defensa")
          .status(Meeting.Status.HELD).time(Time.at(PartialDate.ofMonthDay(1 + m, 10)))
          .addParticipants("p-" + m, "p-" + (m + 10))
          .addEvidence(Evidence.of(0, 8, "Reunión ")).build());
    }
    List<Statement> statements = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String quote = body.substring(quoteStart[i], quoteEnd[i]);
      String sentence = body.substring(sentenceStart[i], sentenceEnd[i]);
      int cue = quoteEnd[i] + 3;
      statements.add(Statement.builder().id("s-" + i).speaker("p-" + (i % 20))
          .speech(SpeechMode.DIRECT).act(SpeechAct.SAY).text(quote).reportedBy("p-0")
          .cue(Evidence.of(cue, cue + 6, "señaló"))
          .occasion("m-" + (i % 10))
          .addEvidence(Evidence.of(sentenceStart[i], sentenceEnd[i], sentence)).build());
      claims.add(Claim.builder().id("c-" + i).holder("s-" + i)
          .subject(Term.text("la producción de la industria número " + i))
          .predicate("puede alcanzar")
          .value(Term.quantity(Quantity.of((i + 1) * 1_000_000_000L, Unit.currency("USD"))))
          .time(Time.at(PartialDate.ofYear(2025))).kind(Claim.Kind.PREDICTION)
          .factuality(Factuality.of(Factuality.Certainty.POSSIBLE, Factuality.Polarity.POSITIVE))
          .addEvidence(Evidence.of(quoteStart[i], quoteEnd[i], quote)).build());
    }
    return FactSheet.builder().source(source).participants(participants).meetings(meetings)
        .statements(statements).claims(claims).build();
  }
}
