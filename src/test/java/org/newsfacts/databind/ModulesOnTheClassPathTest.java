package org.newsfacts.databind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.PartialDate;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the class path, where most applications load their libraries, both Jackson modules are found
 * by the mappers' own module discovery: {@code findAndAddModules()} and
 * {@code findAndRegisterModules()} read the jar's {@code META-INF/services}. Run by the build's
 * class-path execution of the tests.
 */
class ModulesOnTheClassPathTest {
  private static final FactSheet SHEET = ReferenceArticle.sheet();

  /** A caller's own record, holding a sheet and a claim among its own values. */
  record Envelope(String requestId, FactSheet sheet, Claim claim, List<PartialDate> dates) {}

  private static Envelope envelope() {
    return new Envelope("r-1", SHEET, SHEET.claims().get(2), List.of(PartialDate.parse("--01-17")));
  }

  @Test
  void theTestsRunOnTheClassPath() {
    assertThat(FactSheet.class.getModule().isNamed()).isFalse();
  }

  @Test
  void jackson3FindsTheModuleAndARecordHoldingASheetAndAClaimRoundTrips() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    String json = mapper.writeValueAsString(envelope());

    assertThat(mapper.registeredModules()).anySatisfy(module ->
        assertThat(module).isInstanceOf(org.newsfacts.jackson3.NewsFactsModule.class));
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope());
    assertThat(json).contains("\"sheet\":" + FactSheetJson.builder().indent(false).build().write(SHEET).strip());
  }

  @Test
  void jackson2FindsTheModuleAndARecordHoldingASheetAndAClaimRoundTrips() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    String json = mapper.writeValueAsString(envelope());

    assertThat(mapper.getRegisteredModuleIds()).contains(org.newsfacts.jackson2.NewsFactsModule.class.getName());
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope());
    assertThat(json).contains("\"sheet\":" + FactSheetJson.builder().indent(false).build().write(SHEET).strip());
  }

  @Test
  void theReadmeExampleRuns() throws Exception {
    FactSheet sheet = SHEET;
    String claimJson = FactSheetJson.strict().write(sheet.claims().get(1));

    // README databind example start
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();        // Jackson 3
    ObjectMapper mapper2 = new ObjectMapper().findAndRegisterModules();           // Jackson 2

    record Envelope(String requestId, FactSheet sheet, List<Claim> highlights) {}
    String json = mapper.writeValueAsString(new Envelope("r-1", sheet, sheet.claims()));
    Envelope back = mapper.readValue(json, Envelope.class);
    Claim claim = mapper.readValue(claimJson, Claim.class);
    // README databind example end

    assertThat(back).isEqualTo(new Envelope("r-1", sheet, sheet.claims()));
    assertThat(claim).isEqualTo(sheet.claims().get(1));
    assertThat(mapper2.readValue(mapper2.writeValueAsString(back), Envelope.class)).isEqualTo(back);
  }

  @Test
  void aBadClaimInTheCallersDocumentIsAJacksonExceptionWithThePathAndTheRule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(envelope()).replace("\"holder\":\"", "\"holder\":\"nobody-");

    org.newsfacts.jackson3.InvalidFactsException e = catchThrowableOfType(
        org.newsfacts.jackson3.InvalidFactsException.class, () -> mapper.readValue(json, Envelope.class));

    assertThat(e.getPathReference()).endsWith("Envelope[\"sheet\"]");
    assertThat(e.violations()).extracting(Violation::rule).containsOnly(Rule.REF_UNRESOLVED);
  }

  @Test
  void withoutDiscoveryAPlainMapperFailsNamingTheModule() {
    JsonMapper plain = JsonMapper.builder().build();

    assertThat(catchThrowableOfType(tools.jackson.databind.DatabindException.class,
        () -> plain.writeValueAsString(envelope())))
        .hasMessageContaining("org.newsfacts.jackson3.NewsFactsModule");
  }
}
