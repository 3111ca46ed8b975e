package org.newsfacts.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsfacts.assertj.NewsFactsAssertions.assertThat;
import static org.newsfacts.assertj.NewsFactsAssertions.assertThatViolations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.SpeechAct;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;

/** The README's AssertJ example runs, and the README shows it as this test has it. */
class ReadmeAssertionsExampleTest {
  private static final Path SELF = Path.of("src/test/java/org/newsfacts/assertj/ReadmeAssertionsExampleTest.java");

  @Test
  void theAssertjExampleRuns() {
    FactSheet gold = ReferenceArticle.sheet();
    FactSheet extracted = FactSheetJson.strict().read(FactSheetJson.strict().write(gold)
        .replace("\"p-umerov\"", "\"person-1\""));
    Claim orphan = Claim.builder().from(gold.claims().get(0)).holder("s-nowhere").build();

    // README assertj example start
    assertThat(extracted).isEquivalentTo(gold);              // ids aside; fails with the differences
    assertThat(extracted).hasPartialF1AtLeast(gold, 0.9)     // fails with the table of scores
        .hasParticipantNamed("Umerov")
        .hasStatementMatching(s -> s.act() == SpeechAct.THANK, "a thanks")
        .hasClaimMatching(c -> c.value().isPresent(), "a claim with a value");
    assertThatViolations(() -> gold.withClaims(List.of(orphan)))
        .hasViolation("claims[0].holder", Rule.REF_UNRESOLVED)
        .hasOnlyViolationsOf(Rule.REF_UNRESOLVED);
    // README assertj example end
  }

  @Test
  void theReadmeShowsTheExampleAsItRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String test = Files.readString(SELF, StandardCharsets.UTF_8);

    assertThat(between(readme)).isEqualTo(between(test));
  }

  private static String between(String text) {
    String start = "// README assertj example start";
    int from = text.indexOf(start);
    int to = text.indexOf("// README assertj example end", from);
    assertThat(from).isNotNegative();
    return text.substring(from, to).replaceAll("(?m)^ +", "");
  }
}
