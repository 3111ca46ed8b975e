package org.newsfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;
import org.newsfacts.Fixtures;
import org.newsfacts.json.GoldenSheets;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportsTest {
  private static final String SCHEMA = "https://schema.org/";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final FactSheet SHEET = ReferenceArticle.sheet();

  /** One RDF statement; {@code datatype} is null for IRIs and blank nodes. */
  record Quad(String subject, String predicate, String object, String datatype) {}

  /** Expands the export with Titanium; any attempt to fetch a remote document fails the test. */
  private static List<Quad> rdf(String jsonLd) throws Exception {
    List<Quad> quads = new ArrayList<>();
    JsonLd.toRdf(JsonDocument.of(new ByteArrayInputStream(jsonLd.getBytes(StandardCharsets.UTF_8))))
        .loader((url, options) -> {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no fetching: " + url);
        })
        .provide((subject, predicate, object, datatype, language, direction, graph) -> {
          quads.add(new Quad(subject, predicate, object, datatype));
          return null;
        });
    return quads;
  }

  private static Set<String> subjects(List<Quad> quads, String predicate, String object) {
    return quads.stream().filter(q -> q.predicate().equals(predicate) && q.object().equals(object))
        .map(Quad::subject).collect(Collectors.toSet());
  }

  private static String only(Set<String> values) {
    assertThat(values).hasSize(1);
    return values.iterator().next();
  }

  private static List<Quad> about(List<Quad> quads, String subject, String property) {
    return quads.stream().filter(q -> q.subject().equals(subject) && q.predicate().equals(SCHEMA + property))
        .collect(Collectors.toList());
  }

  @Test
  void theSchemaOrgExportIsSelfContainedJsonLdWithTheArticlesStatements() throws Exception {
    List<Quad> quads = rdf(SchemaOrgExport.toJsonLd(SHEET));

    assertThat(subjects(quads, RDF_TYPE, SCHEMA + "Event")).hasSize(3);
    assertThat(subjects(quads, RDF_TYPE, SCHEMA + "Quotation")).hasSize(9);
    assertThat(subjects(quads, RDF_TYPE, SCHEMA + "Claim")).hasSize(10);
    assertThat(subjects(quads, RDF_TYPE, SCHEMA + "Country")).hasSize(10);
    assertThat(subjects(quads, RDF_TYPE, SCHEMA + "Person")).hasSize(1);

    String article = only(subjects(quads, RDF_TYPE, SCHEMA + "NewsArticle"));
    assertThat(about(quads, article, "inLanguage")).extracting(Quad::object).containsExactly("es");
    String publisher = about(quads, article, "publisher").get(0).object();
    assertThat(about(quads, publisher, "name")).extracting(Quad::object).containsExactly("Ukrinform");

    String umerov = only(subjects(quads, SCHEMA + "name", "Umerov"));
    assertThat(about(quads, umerov, "jobTitle")).extracting(Quad::object).containsExactly("ministro de Defensa");

    String kyiv = only(subjects(quads, SCHEMA + "name",
        "la primera reunión ministerial de Ucrania y los países del Sudeste de Europa"));
    assertThat(about(quads, kyiv, "startDate")).singleElement().satisfies(date -> {
      assertThat(date.object()).isEqualTo("--01-17");
      assertThat(date.datatype()).isEqualTo(XSD + "gMonthDay");
    });
    String place = about(quads, kyiv, "location").get(0).object();
    assertThat(about(quads, place, "name")).extracting(Quad::object).containsExactly("Kyiv");
    assertThat(about(quads, kyiv, "attendee")).hasSize(2);

    String invite = only(subjects(quads, SCHEMA + "text", SHEET.statement("s-invite").orElseThrow().text()));
    assertThat(about(quads, invite, "spokenByCharacter")).extracting(Quad::object).containsExactly(umerov);
    assertThat(about(quads, invite, "inLanguage")).extracting(Quad::object).containsExactly("es");
    assertThat(about(quads, invite, "isPartOf")).extracting(Quad::object).containsExactly(article);

    String capabilities = only(subjects(quads, SCHEMA + "text", SHEET.statement("s-capabilities").orElseThrow().text()));
    String claim = only(subjects(quads, SCHEMA + "appearance", capabilities).stream()
        .filter(c -> about(quads, c, "temporalCoverage").size() == 1).collect(Collectors.toSet()));
    assertThat(about(quads, claim, "temporalCoverage")).extracting(Quad::object).containsExactly("2025");
    String amount = about(quads, claim, "mentions").get(0).object();
    assertThat(about(quads, amount, "value")).singleElement().satisfies(value -> {
      assertThat(value.object()).isEqualTo("35000000000");
      assertThat(value.datatype()).isEqualTo(XSD + "decimal");
    });
    assertThat(about(quads, amount, "currency")).extracting(Quad::object).containsExactly("USD");
  }

  @Test
  void everyDatePrecisionHasItsOwnXsdType() throws Exception {
    List<Quad> quads = rdf(SchemaOrgExport.toJsonLd(GoldenSheets.everyField()));

    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "startDate"))
        .extracting(Quad::object, Quad::datatype).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("--01-17", XSD + "gMonthDay"),
            org.assertj.core.groups.Tuple.tuple("--06-14", XSD + "gMonthDay"),
            org.assertj.core.groups.Tuple.tuple("--03-02", XSD + "gMonthDay"));
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "endDate"))
        .extracting(Quad::object).containsExactly("--06-15");
    // "from at least May until at least June" bounds both ends: neither is a start or end date.
    assertThat(quads).extracting(Quad::object).doesNotContain("--05", "--06");
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "datePublished"))
        .extracting(Quad::object, Quad::datatype)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-03-19T10:15+02:00", XSD + "dateTime"));
  }

  @Test
  void aClaimNamesWhatItIsBasedOnAndATimeWithoutADateGivesOnlyItsWords() throws Exception {
    List<Quad> quads = rdf(SchemaOrgExport.toJsonLd(GoldenSheets.everyField()));

    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "alternativeHeadline"))
        .extracting(Quad::object).containsExactly("Ana met Bob in Kyiv");
    String study = only(subjects(quads, SCHEMA + "name", "a study"));
    String lowest = only(subjects(quads, SCHEMA + "isBasedOn", study));
    assertThat(about(quads, lowest, "text")).extracting(Quad::object).singleElement().asString()
        .contains("the lowest");
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "temporalCoverage")).extracting(Quad::object)
        .contains("already").noneMatch(coverage -> coverage.contains("past") || coverage.contains("m-next"));
    String drones = only(subjects(quads, SCHEMA + "description", "Rebel drones"));
    assertThat(quads).filteredOn(q -> q.subject().equals(drones) && q.predicate().equals(RDF_TYPE))
        .extracting(Quad::object).containsExactly(SCHEMA + "Thing");
  }

  @Test
  void meetingsCarryTheirStatusMediumAndPlaceAndAmountsTheirBounds() throws Exception {
    List<Quad> quads = rdf(SchemaOrgExport.toJsonLd(GoldenSheets.everyField()));
    String kyiv = only(subjects(quads, SCHEMA + "name", "Ana met Bob in Kyiv"));
    String june = only(subjects(quads, SCHEMA + "name", "the talks"));
    String lviv = only(subjects(quads, SCHEMA + "name", "Lviv"));

    assertThat(about(quads, kyiv, "eventStatus")).extracting(Quad::object)
        .containsExactly(SCHEMA + "EventScheduled");
    assertThat(about(quads, kyiv, "eventAttendanceMode")).extracting(Quad::object)
        .containsExactly(SCHEMA + "OfflineEventAttendanceMode");
    assertThat(about(quads, june, "eventStatus")).extracting(Quad::object)
        .containsExactly(SCHEMA + "EventRescheduled");
    assertThat(about(quads, june, "eventAttendanceMode")).extracting(Quad::object)
        .containsExactly(SCHEMA + "OnlineEventAttendanceMode");
    String place = about(quads, kyiv, "location").get(0).object();
    assertThat(about(quads, place, "name")).extracting(Quad::object).containsExactly("Kyiv");
    String within = about(quads, lviv, "containedInPlace").get(0).object();
    assertThat(about(quads, within, "name")).extracting(Quad::object).containsExactly("Ukraine");
    // "at least 200", and the "between 3 and 5" a change starts from; never an excluded bound
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "minValue"))
        .extracting(Quad::object).containsExactlyInAnyOrder("200", "3");
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "maxValue"))
        .extracting(Quad::object).containsExactlyInAnyOrder("5");
    assertThat(quads).filteredOn(q -> q.predicate().equals(SCHEMA + "description"))
        .extracting(Quad::object).contains("Sources familiar with the talks", "Several hundred");
  }

  @Test
  void oneAnnotationPerStatementAndClaimTargetingEachSpanTwice() throws Exception {
    JsonNode collection = new JsonMapper().readTree(WebAnnotationExport.toJsonLd(SHEET));
    int[] article = ReferenceArticle.text().codePoints().toArray();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(ReferenceArticle.text().getBytes(StandardCharsets.UTF_8)));

    assertThat(collection.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
    assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
    JsonNode items = collection.get("first").get("items");
    assertThat(items.size()).isEqualTo(19).isEqualTo(collection.get("total").asInt());
    Set<String> ids = new HashSet<>();
    for (JsonNode annotation : items) {
      assertThat(ids.add(annotation.get("id").asString())).isTrue();
      assertThat(annotation.get("type").asString()).isEqualTo("Annotation");
      assertThat(annotation.get("body").get("value").asString()).isNotBlank();
      for (JsonNode target : annotation.get("target")) {
        assertThat(target.get("source").asString()).isEqualTo("urn:newsfacts:text:sha-256:" + sha);
        JsonNode quote = target.get("selector").get(0);
        JsonNode position = target.get("selector").get(1);
        assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
        assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertThat(quote.get("exact").asString()).isEqualTo(new String(article, start, end - start));
        String prefix = quote.has("prefix") ? quote.get("prefix").asString() : "";
        String suffix = quote.has("suffix") ? quote.get("suffix").asString() : "";
        assertThat(new String(article, start - prefix.codePointCount(0, prefix.length()),
            end - start + prefix.codePointCount(0, prefix.length()) + suffix.codePointCount(0, suffix.length())))
            .isEqualTo(prefix + quote.get("exact").asString() + suffix);
      }
    }
  }

  @Test
  void annotationsTargetTheArticlesUrlWhenItHasOne() {
    FactSheet sheet = Fixtures.sheet().source(Fixtures.source().withUrl(URI.create("https://example.org/a")))
        .build();
    JsonNode first = new JsonMapper().readTree(WebAnnotationExport.toJsonLd(sheet)).get("first").get("items").get(0);

    assertThat(first.get("id").asString()).isEqualTo("https://example.org/a#s-agreed");
    assertThat(first.get("target").get(0).get("source").asString()).isEqualTo("https://example.org/a");
    String prefix = first.get("target").get(0).get("selector").get(0).get("prefix").asString();
    assertThat(prefix.codePointCount(0, prefix.length())).isEqualTo(32);
  }
}
