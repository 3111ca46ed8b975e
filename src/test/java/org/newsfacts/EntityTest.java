package org.newsfacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTest {

  private static List<Violation> violationsOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.violations();
    }
    throw new AssertionError("expected a ValidationException");
  }

  @Test
  void reportsEveryMissingAttributeOfAStatementAtOnce() {
    List<Violation> violations = violationsOf(() -> Statement.builder().build());

    assertThat(violations).extracting(Violation::path)
        .containsExactly("id", "speech", "act", "text", "evidence");   // a speaker the text may not give
    assertThat(violations).extracting(v -> v.rule().id()).containsOnly("required");
  }

  @Test
  void reportsNullListElementsWithTheirIndex() {
    List<Violation> violations = violationsOf(() -> Fixtures.ana()
        .addRoles(Role.of("minister"), (Role) null)
        .addEvidence((Evidence) null)
        .build());

    assertThat(violations).extracting(Violation::path).containsExactly("roles[1]", "evidence[3]");
  }

  @Test
  void rejectsBlankTextAndMalformedIds() {
    List<Violation> violations = violationsOf(() -> Fixtures.ana().id("not an id").name("  ").build());

    assertThat(violations).extracting(Violation::path, v -> v.rule().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("id", "id.syntax"),
            org.assertj.core.groups.Tuple.tuple("name", "blank"));
  }

  @Test
  void aStatedCountMustAgreeWithTheListedMembers() {
    List<Violation> violations = violationsOf(() -> Participant.builder()
        .id("p-group").kind(Participant.Kind.GROUP).name("9 países")
        .addMembers("p-a", "p-b")
        .statedCount(9)
        .addEvidence(Evidence.of(0, 1, "x"))
        .build());

    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("members");
      assertThat(v.rule().id()).isEqualTo("count.mismatch");
      assertThat(v.message()).contains("9", "2");
    });
  }

  @Test
  void aStatedCountWithoutListedMembersIsFine() {
    Participant group = Participant.builder()
        .id("p-group").kind(Participant.Kind.GROUP).name("9 países")
        .statedCount(9)
        .addEvidence(Evidence.of(0, 1, "x"))
        .build();

    assertThat(group.statedCount()).hasValue(9);
    assertThat(group.members()).isEmpty();
  }

  @Test
  void withCopiesAreCheckedLikeBuiltValues() {
    Participant ana = Fixtures.ana().build();

    assertThat(ana.withName("Anna").name()).contains("Anna");
    assertThat(ana.name()).contains("Ana");
    assertThatThrownBy(() -> ana.withName(" ")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("name: [blank]");
    assertThatThrownBy(() -> ana.withId(null)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("id: [required]");
  }

  @Test
  void absentOptionalValuesAreEmptyNotNull() {
    Meeting meeting = Meeting.builder().id("m").name("x").addEvidence(Evidence.of(0, 1, "x"))
        .time((Time) null)
        .build();

    assertThat(meeting.time()).isEmpty();
    assertThat(meeting.place()).isEmpty();
    assertThat(meeting.ordinal()).isEmpty();
    assertThat(meeting.medium()).isEqualTo(Meeting.Medium.UNKNOWN);
    assertThat(meeting.status()).isEqualTo(Meeting.Status.UNKNOWN);
    assertThat(meeting.participants()).isEmpty();
  }

  @Test
  void returnedCollectionsCannotBeModified() {
    Meeting meeting = Fixtures.meeting().build();

    assertThatThrownBy(() -> meeting.participants().add(Meeting.Attendee.of("p-eve")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> meeting.evidence().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderUsedAgainAfterBuildDoesNotChangeWhatItBuilt() {
    Meeting.Builder builder = Fixtures.meeting();
    Meeting first = builder.build();
    builder.addParticipants("p-eve");
    Meeting second = builder.build();

    assertThat(first.participants()).extracting(Meeting.Attendee::participant).containsExactly("p-ana", "p-bob");
    assertThat(second.participants()).extracting(Meeting.Attendee::participant)
        .containsExactly("p-ana", "p-bob", "p-eve");
  }

  @Test
  void aCollectionPassedToABuilderIsCopied() {
    List<Evidence> spans = new java.util.ArrayList<>(List.of(Fixtures.source().find("Kyiv", 1)));
    Meeting meeting = Fixtures.meeting().addAllEvidence(spans).build();
    spans.add(Fixtures.source().find("Kyiv", 2));

    assertThat(meeting.evidence()).hasSize(2);
  }

  @Test
  void smallValuesCheckThemselves() {
    assertThat(violationsOf(() -> Ordinal.of(0, " "))).extracting(v -> v.rule().id())
        .containsExactly("ordinal.range", "blank");
    assertThat(violationsOf(() -> Role.of("ministro", "bad id"))).extracting(Violation::path)
        .containsExactly("of");
    assertThat(violationsOf(() -> ExternalId.of("wikidata", " "))).extracting(Violation::path)
        .containsExactly("value");
    assertThat(violationsOf(() -> Translation.of(null, "x"))).extracting(Violation::path)
        .containsExactly("language");
    assertThat(violationsOf(() -> Topic.of("x"))).extracting(Violation::path)
        .containsExactly("evidence");
    assertThat(violationsOf(() -> Term.text(" "))).extracting(v -> v.rule().id()).containsExactly("blank");
    assertThat(violationsOf(() -> Term.entity("a b"))).extracting(v -> v.rule().id())
        .containsExactly("id.syntax");
    assertThat(violationsOf(() -> Term.quantity(null))).extracting(v -> v.rule().id())
        .containsExactly("required");
  }

  @Test
  void sourceAcceptsOnlyAbsoluteWebAddresses() {
    Source.Builder source = Source.builder().from(Fixtures.source());

    assertThat(source.url(java.net.URI.create("https://example.org/a")).build().url()).isPresent();
    assertThat(violationsOf(() -> source.url(java.net.URI.create("file:/etc/passwd")).build()))
        .extracting(v -> v.rule().id()).containsExactly("url.invalid");
  }

  @Test
  void findsSpansInCodePoints() {
    Source source = Fixtures.source();

    Evidence kyiv = source.find("Kyiv", 1);
    assertThat(kyiv.start()).isEqualTo(19);
    assertThat(source.text().codePoints().skip(kyiv.start()).limit(4)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()).isEqualTo("Kyiv");
    assertThat(source.findAll("Ana")).hasSize(3);
    assertThatThrownBy(() -> source.find("Ana")).hasMessageContaining("evidence.ambiguous");
    assertThatThrownBy(() -> source.find("Eve")).hasMessageContaining("evidence.not-found");
    assertThatThrownBy(() -> source.find("Ana", 4)).hasMessageContaining("evidence.not-found");
  }

  @Test
  void anArrayPassedToAFactoryIsCopied() {
    Evidence[] spans = {Evidence.of(0, 1, "x")};
    Topic topic = Topic.of("x", spans);
    spans[0] = Evidence.of(5, 6, "y");

    assertThat(topic.evidence()).containsExactly(Evidence.of(0, 1, "x"));
  }

  @Test
  void violationsCannotBeModified() {
    ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        ValidationException.class, () -> Statement.builder().build());

    assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSheetsListsAndIndexCannotBeModified() {
    FactSheet sheet = Fixtures.sheet().build();

    assertThatThrownBy(() -> sheet.claims().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sheet.statementsBy("p-ana").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sheet.claimsHeldBy("s-agreed").clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> sheet.source().findAll("Ana").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theReferenceJsonIsAFreshCopyEachTime() {
    byte[] first = org.newsfacts.reference.ReferenceArticle.sheetJson();
    java.util.Arrays.fill(first, (byte) 0);

    assertThat(org.newsfacts.reference.ReferenceArticle.sheetJson()[0]).isEqualTo((byte) '{');
  }
}
