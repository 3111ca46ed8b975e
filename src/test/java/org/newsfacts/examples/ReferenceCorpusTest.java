package org.newsfacts.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;
import org.newsfacts.Provenance;
import org.newsfacts.compare.Comparison;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import org.newsfacts.reference.ReferenceCorpus;

/** The shipped corpus: every item loads, is canonical and valid, is credited, and scores 1 against itself. */
class ReferenceCorpusTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();

  @Test
  void theCorpusListsTheUkrinformArticleFirstAndFourMore() {
    assertThat(ReferenceCorpus.articles()).extracting(ReferenceCorpus.Article::name).containsExactly(
        "ukrinform-umerov-southeast-europe", "state-blinken-lavrov-call-2021-05-12",
        "wh-readout-biden-netanyahu-2024-04-28", "state-es-blinken-albares-2022-01-18",
        "hud-census-residential-construction-2017-09");
    assertThat(ReferenceCorpus.articles().get(0).sheet()).isEqualTo(ReferenceArticle.sheet());
  }

  @Test
  void eachItemIsCanonicalCreditedAndPointsAtItsOwnText() {
    Set<String> texts = new HashSet<>();
    for (ReferenceCorpus.Article article : ReferenceCorpus.articles()) {
      FactSheet sheet = article.sheet();

      assertThat(new String(article.sheetJson(), StandardCharsets.UTF_8)).as(article.name())
          .isEqualTo(JSON.write(sheet));
      assertThat(article.credit()).as(article.name()).containsIgnoringCase("terms");
      assertThat(texts.add(article.text())).as(article.name()).isTrue();
      assertThat(sheet.statements()).as(article.name()).isNotEmpty();
      assertThat(Comparison.of(sheet, sheet).overall().f1(true)).isEqualTo(1.0);
    }
  }

  @Test
  void theSheetsOfUsGovernmentWorksSayTheyArePublicDomainAndWhoMadeThem() {
    for (ReferenceCorpus.Article article : ReferenceCorpus.articles().subList(1, 5)) {
      assertThat(article.credit()).contains("public domain", "17 U.S.C. 105");
      assertThat(article.sheet().provenance()).as(article.name()).hasValueSatisfying(p ->
          assertThat(p.method()).isEqualTo(Provenance.Method.AUTOMATIC));
    }
  }

  @Test
  void anUnknownNameListsTheNames() {
    assertThat(ReferenceCorpus.article("hud-census-residential-construction-2017-09").sheet().claims())
        .hasSize(18);
    assertThatThrownBy(() -> ReferenceCorpus.article("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no reference article is named 'nope'; the names are [ukrinform-umerov");
    assertThat(List.of(ReferenceCorpus.articles().get(1).toString())).containsExactly(
        "state-blinken-lavrov-call-2021-05-12");
  }
}
