package org.newsfacts.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Quantity;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.reference.ReferenceArticle;

/**
 * Example (c): queries over a sheet: every claim with a quantity, and every direct quote of a
 * speaker, with the exact place in the text that supports it.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.newsfacts.examples.QueryFacts}
 */
public final class QueryFacts {
  private QueryFacts() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    FactSheet sheet = ReferenceArticle.sheet();

    out.println("Claims with a quantity:");
    for (Claim claim : claimsWithQuantity(sheet)) {
      Quantity quantity = ((Term.OfQuantity) claim.value().orElseThrow()).quantity();
      out.println("  " + claim.id() + ": " + claim.predicate().orElse(":") + " " + quantity
          + claim.time().map(t -> " in " + t).orElse("") + " (" + claim.factuality() + ")");
      out.println("    text [" + claim.evidence().get(0).start() + "," + claim.evidence().get(0).end()
          + "): " + claim.evidence().get(0).text());
    }

    out.println("Direct quotes of Umerov:");
    for (Statement quote : directQuotes(sheet, "p-umerov")) {
      out.println("  " + quote.id() + " (" + quote.act().name().toLowerCase(java.util.Locale.ROOT)
          + "): «" + quote.text() + "»");
    }
  }

  /**
   * @param sheet a sheet
   * @return its claims whose value is a quantity, in sheet order
   */
  public static List<Claim> claimsWithQuantity(FactSheet sheet) {
    return sheet.claims().stream()
        .filter(claim -> claim.value().filter(Term.OfQuantity.class::isInstance).isPresent())
        .collect(Collectors.toList());
  }

  /**
   * @param sheet a sheet
   * @param speakerId the id of a participant
   * @return the statements that quote that participant directly, in sheet order
   */
  public static List<Statement> directQuotes(FactSheet sheet, String speakerId) {
    return sheet.statementsBy(speakerId).stream()
        .filter(statement -> statement.speech() == SpeechMode.DIRECT)
        .collect(Collectors.toList());
  }
}
