package org.newsfacts.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Meeting;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.TimePoint;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/**
 * Example (a): builds the facts of the reference article with the public builders, validates them,
 * prints a readable account, and checks that they equal the reference sheet shipped in the jar.
 *
 * <p>Run: {@code mvn -q test-compile exec:java}. With {@code -Dexec.args="--json FILE"} it writes
 * the sheet's canonical JSON to FILE instead (how the shipped file is made).
 */
public final class ArticleFacts {
  private ArticleFacts() {}

  /**
   * @param args {@code --json FILE} to write the canonical JSON to FILE instead of the account
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    FactSheet sheet = ArticleSheet.build(ReferenceArticle.text());
    if (args.length == 2 && args[0].equals("--json")) {
      FactSheetJson.strict().write(sheet, Path.of(args[1]));
      return;
    }
    print(sheet, out);
    boolean same = sheet.equals(ReferenceArticle.sheet());
    out.println();
    out.println("Valid: yes (a FactSheet cannot be built invalid)");
    out.println("Equal to the reference sheet shipped in the jar: " + (same ? "yes" : "NO"));
    if (!same) {
      System.exit(1);
    }
  }

  /**
   * Prints who met whom, what was said and how, and which claims with which numbers.
   *
   * @param sheet the sheet
   * @param out where to print
   */
  public static void print(FactSheet sheet, PrintStream out) {
    out.println("Source: \"" + sheet.source().headline().orElse("(no headline)") + "\"");
    out.println("  language " + sheet.source().language() + ", published by "
        + sheet.source().publisher().orElse("(not given)") + ", on "
        + sheet.source().published().map(Object::toString).orElse("(date not given)"));

    out.println();
    out.println("Participants (" + sheet.participants().size() + ")");
    for (Participant p : sheet.participants()) {
      StringBuilder line = new StringBuilder("  " + p.label() + " — " + word(p.kind()));
      p.roles().forEach(role -> line.append(", ").append(role.title()));
      p.country().ifPresent(country -> line.append(", ").append(country)
          .append(p.inferred().contains("country") ? " (inferred)" : ""));
      if (!p.members().isEmpty()) {
        line.append(", ").append(p.members().size()).append(" listed");
      }
      p.statedCount().ifPresent(count -> line.append(", ").append(count).append(" stated"));
      if (p.publisher()) {
        line.append(", publisher of the item");
      }
      out.println(line);
    }

    out.println();
    out.println("Places (" + sheet.places().size() + ")");
    for (Place place : sheet.places()) {
      out.println("  " + place.label() + place.kind().map(k -> " — " + word(k)).orElse(""));
    }

    out.println();
    out.println("Meetings (" + sheet.meetings().size() + ")");
    for (Meeting m : sheet.meetings()) {
      out.println("  " + m.name());
      m.ordinal().ifPresent(o -> out.println("    number " + o.number() + " of \"" + o.series() + "\""));
      out.println("    status: " + word(m.status()) + (m.inferred().contains("status") ? " (inferred)" : "")
          + m.statusBy().map(id -> ", as " + id + " says").orElse("") + "; medium: " + word(m.medium()));
      out.println("    time: " + m.time().map(t -> t + (t.at().flatMap(TimePoint::date)
          .filter(d -> d.year().isEmpty()).isPresent() ? " (no year given)" : "")).orElse("not given")
          + "; place: " + m.place().flatMap(sheet::place).map(Place::label).orElse("not given"));
      if (!m.participants().isEmpty()) {
        out.println("    who: " + m.participants().stream().map(a -> name(sheet, a.participant()))
            .collect(Collectors.joining(", ")));
      }
      m.topics().forEach(topic -> out.println("    topic: " + topic.label()));
      sheet.claimsHeldBy(m.id()).forEach(c -> out.println("    resolved: " + claim(sheet, c)));
    }

    out.println();
    out.println("Statements (" + sheet.statements().size() + ")");
    for (Statement s : sheet.statements()) {
      StringBuilder how = new StringBuilder(word(s.speech()) + ", " + word(s.act()));
      s.cue().ifPresent(cue -> how.append(" \"").append(cue.text()).append('"'));
      s.channel().ifPresent(channel -> how.append(", via ").append(channel));
      s.reportedBy().ifPresent(id -> how.append(", reported by ").append(name(sheet, id)));
      s.occasion().ifPresent(id -> how.append(", on ").append(id));
      out.println("  " + s.speaker().map(id -> name(sheet, id)).orElse("(the text does not say who)")
          + " (" + how + "):");
      out.println("    " + (s.speech() == SpeechMode.DIRECT ? "«" + s.text() + "»" : s.text()));
    }

    out.println();
    out.println("Claims (" + sheet.claims().size() + ")");
    for (Claim c : sheet.claims()) {
      out.println("  [" + c.factuality() + ", " + word(c.kind()) + c.time().map(t -> ", " + t).orElse("")
          + "] " + claim(sheet, c) + "   (" + c.holder() + ")");
    }
  }

  private static String claim(FactSheet sheet, Claim c) {
    return term(sheet, c.subject()) + " | " + c.predicate().orElse("")
        + c.value().map(v -> " | " + term(sheet, v)).orElse("");
  }

  private static String term(FactSheet sheet, Term term) {
    if (term instanceof Term.OfEntity) {
      return name(sheet, ((Term.OfEntity) term).id());
    }
    return term.toString();
  }

  private static String name(FactSheet sheet, String id) {
    return sheet.participant(id).map(Participant::label)
        .or(() -> sheet.meeting(id).flatMap(Meeting::name))
        .or(() -> sheet.place(id).map(Place::label))
        .orElse(id);
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
