package org.newsfacts.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;

/**
 * A small corpus of real news items and their gold fact sheets, shipped in the jar for other
 * projects' tests: an extractor's output for each text can be scored against its sheet with
 * {@link org.newsfacts.compare.Comparison}.
 *
 * <p>The items differ in what they test: an English call readout with a spokesperson's frame
 * ({@code state-blinken-lavrov-call-2021-05-12}), an English readout with relative dates, a joint
 * statement and planned crossings ({@code wh-readout-biden-netanyahu-2024-04-28}), a Spanish
 * translation of a meeting readout with a conditional warning ({@code
 * state-es-blinken-albares-2022-01-18}), and a statistical release full of amounts with
 * confidence intervals, revisions and changes ({@code hud-census-residential-construction-2017-09},
 * an excerpt). {@link ReferenceArticle}, the Ukrinform article, is the first of the list. Each
 * sheet states what its text states and nothing more; what it infers is marked as inferred.
 * Each item's {@link Article#credit()} names its source and the terms that let it be shipped.
 *
 * <pre>{@code
 * for (ReferenceCorpus.Article article : ReferenceCorpus.articles()) {
 *   FactSheet predicted = extractor.extract(article.text());
 *   assertThat(predicted).hasPartialF1AtLeast(article.sheet(), 0.7);
 * }
 * }</pre>
 */
public final class ReferenceCorpus {
  private static final String UKRINFORM = "ukrinform-umerov-southeast-europe";

  private ReferenceCorpus() {}

  /**
   * One item of the corpus.
   *
   * @param name the item's name: {@code wh-readout-biden-netanyahu-2024-04-28}
   */
  public record Article(String name) {
    /**
     * Names an item.
     *
     * @param name the name
     */
    public Article {
      Objects.requireNonNull(name, "name");
    }

    /** {@return the canonical JSON of the item's gold fact sheet, as shipped; a fresh copy each call} */
    public byte[] sheetJson() {
      return name.equals(UKRINFORM) ? ReferenceArticle.sheetJson() : resource("corpus/" + name + ".json");
    }

    /** {@return the item's gold fact sheet} */
    public FactSheet sheet() {
      return FactSheetJson.strict().read(sheetJson());
    }

    /** {@return the item's text, to which the sheet's evidence spans point: the sheet's source text} */
    public String text() {
      return sheet().source().text();
    }

    /** {@return the item's source and the terms under which it is shipped} */
    public String credit() {
      return name.equals(UKRINFORM) ? ReferenceArticle.credit()
          : new String(resource("corpus/" + name + ".credit.txt"), StandardCharsets.UTF_8);
    }

    /** {@return the item's name} */
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@return every item of the corpus, the Ukrinform article first} */
  public static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    articles.add(new Article(UKRINFORM));
    for (String line : new String(resource("corpus/INDEX.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        articles.add(new Article(line.strip()));
      }
    }
    return List.copyOf(articles);
  }

  /**
   * {@return an item of the corpus by name}
   *
   * @param name the item's name
   * @throws IllegalArgumentException if no item has that name; the message lists the names
   */
  public static Article article(String name) {
    Objects.requireNonNull(name, "name");
    List<Article> all = articles();
    for (Article article : all) {
      if (article.name().equals(name)) {
        return article;
      }
    }
    throw new IllegalArgumentException("no reference article is named '" + name + "'; the names are " + all);
  }

  static byte[] resource(String name) {
    try (InputStream in = ReferenceCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the reference resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
