package org.newsfacts.json;

import java.net.URI;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.ExternalId;
import org.newsfacts.FactSheet;
import org.newsfacts.Fixtures;
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
import org.newsfacts.Term;
import org.newsfacts.Topic;
import org.newsfacts.Translation;
import org.newsfacts.Unit;

/** The sheets pinned by the golden files in {@code src/test/resources/golden}. */
public final class GoldenSheets {
  private GoldenSheets() {}

  /** Only what is required: a source and nothing else. */
  public static FactSheet minimal() {
    return FactSheet.builder()
        .source(Source.builder().headline("H").language(LanguageTag.of("es")).text("H\nTexto.").build())
        .build();
  }

  /** The fixture sheet with every attribute of every type set, and each kind of term. */
  public static FactSheet everyField() {
    Source source = Fixtures.source()
        .withPublisher("Example Wire")
        .withUrl(URI.create("https://example.org/news/1"))
        .withPublished(PartialDate.parse("2025-01-18"));
    FactSheet base = Fixtures.sheet().source(source).build();
    Participant ana = Fixtures.ana()
        .addRoles(Role.of("minister", "p-team"))
        .country(CountryCode.of("UA"))
        .addExternalIds(ExternalId.of("example", "A-1"))
        .build();
    Participant team = Participant.builder()
        .id("p-team").kind(Participant.Kind.GROUP).name("Ana met Bob")
        .addMembers("p-ana", "p-bob")
        .statedCount(2)
        .addEvidence(source.find("Ana met Bob"))
        .build();
    Meeting meeting = Fixtures.meeting()
        .ordinal(Ordinal.of(1, "Kyiv talks"))
        .place(Place.of("Kyiv", CountryCode.of("UA")))
        .mode(Meeting.Mode.IN_PERSON)
        .addTopics(Topic.of("12 drones", source.find("12 drones")))
        .build();
    Claim date = Claim.builder().id("c-date").holder("m-kyiv")
        .subject(Term.entity("m-kyiv")).predicate("took place on")
        .value(Term.date(PartialDate.parse("--01-17")))
        .modality(Modality.ASSERTED)
        .addEvidence(source.find("On 17 January"))
        .build();
    Claim text = Claim.builder().id("c-text").holder("s-agreed")
        .subject(Term.text("We")).predicate("agreed on")
        .value(Term.text("12 drones"))
        .time(PartialDate.parse("2025-01"))
        .modality(Modality.INTENDED)
        .addEvidence(source.find("We agreed on 12 drones"))
        .build();
    Claim percent = Claim.builder().id("c-share").holder("s-agreed")
        .subject(Term.text("drones")).predicate("share")
        .value(Term.quantity(Quantity.of("-12.5", Unit.PERCENT)))
        .time(PartialDate.parse("2025"))
        .modality(Modality.DENIED)
        .addEvidence(source.find("drones"))
        .build();
    return FactSheet.builder().from(base)
        .participants(java.util.List.of(ana, base.participant("p-bob").orElseThrow(), team))
        .meetings(java.util.List.of(meeting))
        .statements(java.util.List.of(base.statements().get(0)
            .withChannel("Radio")
            .withReportedBy("p-bob")
            .withTranslations(Translation.of(LanguageTag.of("uk"), "Ми домовилися про 12 дронів"))))
        .addClaims(date, text, percent)
        .build();
  }
}
