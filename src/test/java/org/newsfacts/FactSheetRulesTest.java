package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactSheetRulesTest {

  @Test
  void theFixtureIsValid() {
    FactSheet sheet = Fixtures.sheet().build();

    assertThat(Fixtures.sheet().violations()).isEmpty();
    assertThat(sheet.participant("p-ana")).isPresent();
    assertThat(sheet.meeting("p-ana")).isEmpty();
    assertThat(sheet.statementsBy("p-ana")).extracting(Statement::id).containsExactly("s-agreed");
    assertThat(sheet.claimsHeldBy("s-agreed")).extracting(Claim::id).containsExactly("c-drones");
  }

  @Test
  void idsAreUniqueAcrossTheSheet() {
    List<Violation> violations = Fixtures.sheet()
        .addClaims(Fixtures.claim().id("m-kyiv").build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("claims[1].id", "id.duplicate"));
    assertThat(violations.get(0).message()).contains("meetings[0]");
  }

  @Test
  void referencesMustResolve() {
    List<Violation> violations = Fixtures.sheet()
        .statements(List.of(Fixtures.statement().speaker("p-eve").occasion("m-none").build()))
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactly(
        tuple("statements[0].speaker", "ref.unresolved"),
        tuple("statements[0].occasion", "ref.unresolved"));
  }

  @Test
  void referencesMustResolveToTheRightKind() {
    List<Violation> violations = Fixtures.sheet()
        .meetings(List.of(Fixtures.meeting().addParticipants("s-agreed").build()))
        .claims(List.of(Fixtures.claim().holder("pl-kyiv").subject(Term.entity("c-drones")).build()))
        .addParticipants(Fixtures.ana().id("p-team").kind(Participant.Kind.GROUP)
            .addMembers("m-kyiv").addRoles(Role.of("host", "c-drones")).build())
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id()).containsExactlyInAnyOrder(
        tuple("participants[2].roles[0].of", "ref.kind"),
        tuple("participants[2].members[0]", "ref.kind"),
        tuple("meetings[0].participants[2].participant", "ref.kind"),
        tuple("claims[0].holder", "ref.kind"),
        tuple("claims[0].subject.entity", "ref.cycle"));
  }

  @Test
  void evidenceMustCoverExactlyItsTextInTheSource() {
    List<Violation> violations = Fixtures.sheet()
        .addParticipants(Fixtures.bob().id("p-bob2").addEvidence(Evidence.of(0, 3, "Bob")).build())
        .violations();

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("participants[2].evidence[1].text");
      assertThat(v.rule().id()).isEqualTo("evidence.mismatch");
      assertThat(v.message()).contains("\"Ana\"", "\"Bob\"");
    });
  }

  @Test
  void evidenceMustLieInsideTheSource() {
    int length = Fixtures.TEXT.codePointCount(0, Fixtures.TEXT.length());
    List<Violation> violations = Fixtures.sheet()
        .meetings(List.of(Fixtures.meeting().addTopics(Topic.of("x", Evidence.of(length - 1, length + 1, "x.")))
            .build()))
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("meetings[0].topics[0].evidence[0].end", "evidence.out-of-bounds"));
  }

  @Test
  void aSpanEndingAtTheLastCodePointIsInside() {
    int length = Fixtures.TEXT.codePointCount(0, Fixtures.TEXT.length());
    FactSheet sheet = Fixtures.sheet()
        .meetings(List.of(Fixtures.meeting().addTopics(Topic.of("end", Evidence.of(length - 2, length, "a.")))
            .build()))
        .build();

    assertThat(sheet.meetings().get(0).topics()).hasSize(1);
  }

  @Test
  void directQuotesMustStandVerbatimInTheirEvidence() {
    List<Violation> violations = Fixtures.sheet()
        .statements(List.of(Fixtures.statement().text("We agreed on twelve drones").build()))
        .violations();

    assertThat(violations).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(tuple("statements[0].text", "quote.not-verbatim"));
  }

  @Test
  void reportedSpeechMayUseOtherWords() {
    FactSheet sheet = Fixtures.sheet()
        .statements(List.of(Fixtures.statement().speech(SpeechMode.INDIRECT)
            .text("Ana and Bob agreed on drones").build()))
        .build();

    assertThat(sheet.statements().get(0).speech()).isEqualTo(SpeechMode.INDIRECT);
  }

  @Test
  void reportsEveryViolationOfTheSheetAtOnce() {
    assertThatThrownBy(() -> Fixtures.sheet()
        .addParticipants(Fixtures.bob().build())
        .statements(List.of(Fixtures.statement().speaker("p-eve").text("not said").build()))
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.rule().id())
              .containsExactly("id.duplicate", "ref.unresolved", "quote.not-verbatim");
          assertThat(e.getMessage()).startsWith("Invalid FactSheet: 3 violations")
              .contains("statements[0].speaker: [ref.unresolved]");
        });
  }

  @Test
  void aSheetNeedsASource() {
    assertThat(FactSheet.builder().violations()).extracting(Violation::path).containsExactly("source");
  }

  /** The message of a span set at {@code [start, end)} in a text of one participant's evidence. */
  private static String whereFor(String text, int start, String words) {
    Source source = Source.builder().language(LanguageTag.of("en")).text(text).build();
    Participant p = Participant.builder().id("p-x").kind(Participant.Kind.PERSON).name(words)
        .addEvidence(Evidence.of(start, start + words.codePointCount(0, words.length()), words)).build();
    List<Violation> violations = FactSheet.builder().source(source).addParticipants(p).violations();
    assertThat(violations).hasSize(1);
    String message = violations.get(0).message();
    return message.substring(message.lastIndexOf("; ") + 2);
  }

  @Test
  void aMisplacedSpanSaysWhereItsWordsStandNearestItsStart() {
    assertThat(whereFor("a b c b d", 0, "b")).isEqualTo("its words stand at [2,3)");
    assertThat(whereFor("a b c b d", 5, "b")).isEqualTo("its words stand at [6,7)");
    assertThat(whereFor("a b c b d", 4, "b")).isEqualTo("its words stand at [2,3)");
    assertThat(whereFor("b a a a a a b", 8, "b")).isEqualTo("its words stand at [12,13)");
    assertThat(whereFor("a b c", 0, "zz")).isEqualTo("its words stand nowhere in the text");
    // offsets in code points, past characters outside the Basic Multilingual Plane
    assertThat(whereFor("😀 x 😀 y", 0, "y")).isEqualTo("its words stand at [6,7)");
    assertThat(whereFor("😀😀 xy", 0, "xy")).isEqualTo("its words stand at [3,5)");
  }

  @Test
  void onlyTheFirstTwentyMisplacedSpansAreSearchedFor() {
    Source source = Source.builder().language(LanguageTag.of("en")).text("x y").build();
    FactSheet.Builder sheet = FactSheet.builder().source(source);
    for (int i = 0; i < 21; i++) {
      sheet.addParticipants(Participant.builder().id("p-" + i).kind(Participant.Kind.PERSON).name("y")
          .addEvidence(Evidence.of(0, 1, "y")).build());
    }

    List<Violation> violations = sheet.violations();

    assertThat(violations).hasSize(21);
    assertThat(violations.subList(0, 20)).allSatisfy(v -> assertThat(v.message()).endsWith("; its words stand at [2,3)"));
    assertThat(violations.get(20).message()).doesNotContain("its words");
  }
}
