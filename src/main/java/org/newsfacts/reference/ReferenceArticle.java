package org.newsfacts.reference;

import java.nio.charset.StandardCharsets;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;

/**
 * Reference data for tests: one real news item, modelled completely, shipped in the jar; the
 * first of the {@link ReferenceCorpus}.
 *
 * <p>The item is a Spanish article of the news agency Ukrinform (credit: Ukrinform), "Umerov invita
 * a los países del Sudeste de Europa a sumarse al trabajo de las coaliciones de defensa". Its fact
 * sheet holds every participant, meeting, statement and claim the text reports, each with evidence
 * spans that match the text character for character, and nothing the text does not say.
 *
 * <pre>{@code
 * FactSheet sheet = ReferenceArticle.sheet();
 * assertThat(sheet.claims()).hasSize(10);
 * String text = ReferenceArticle.text();      // the article, exactly as published
 * byte[] json = ReferenceArticle.sheetJson(); // the canonical JSON of the sheet
 * }</pre>
 */
public final class ReferenceArticle {
  private static final String TEXT = "article.es.txt";
  private static final String SHEET = "ukrinform-umerov-southeast-europe.json";
  private static final String CREDIT = "CREDIT.txt";

  private ReferenceArticle() {}

  /** {@return the article's text exactly as published, headline first, in UTF-8 as shipped} */
  public static String text() {
    return new String(resource(TEXT), StandardCharsets.UTF_8);
  }

  /** {@return the credit for the article, the terms under which it is shipped, and how it is used} */
  public static String credit() {
    return new String(resource(CREDIT), StandardCharsets.UTF_8);
  }

  /** {@return the canonical JSON of the article's fact sheet, as shipped; a fresh copy each call} */
  public static byte[] sheetJson() {
    return resource(SHEET);
  }

  /** {@return the article's fact sheet, read from the shipped JSON} */
  public static FactSheet sheet() {
    return FactSheetJson.strict().read(resource(SHEET));
  }

  private static byte[] resource(String name) {
    return ReferenceCorpus.resource(name);
  }
}
