package org.newsfacts.compare;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.newsfacts.compare.Comparison.Kind;
import org.newsfacts.compare.Comparison.Score;

/**
 * The scores of many comparisons together: the counts of every document added up, so that each
 * fact weighs the same whatever document it stands in (micro-averaging over a corpus).
 *
 * <pre>{@code
 * Tally tally = new Tally();
 * for (int i = 0; i < gold.size(); i++) {
 *   tally.add(Comparison.of(gold.get(i), predicted.get(i)));
 * }
 * tally.overall().f1(false);   // partial F1 over the corpus
 * System.out.print(tally);     // the table
 * }</pre>
 *
 * <p>Not thread-safe: one tally per thread, or add under a lock.
 */
public final class Tally {
  private final Map<Kind, Score> scores = new EnumMap<>(Kind.class);
  private int documents;

  /** Creates an empty tally, whose scores are those of two empty sheets. */
  public Tally() {
    for (Kind kind : Kind.values()) {
      scores.put(kind, new Score(0, 0, 0, 0));
    }
  }

  /**
   * Adds the counts of one comparison.
   *
   * @param comparison the comparison of one document
   * @return this
   */
  public Tally add(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    for (Kind kind : Kind.values()) {
      scores.put(kind, scores.get(kind).plus(comparison.score(kind)));
    }
    documents++;
    return this;
  }

  /** {@return how many comparisons were added} */
  public int documents() {
    return documents;
  }

  /**
   * {@return the counts and scores of one kind of fact over every document}
   *
   * @param kind the kind
   */
  public Score score(Kind kind) {
    return scores.get(Objects.requireNonNull(kind, "kind"));
  }

  /** {@return the counts and scores of every kind of fact over every document} */
  public Score overall() {
    return Comparison.sum(scores.values());
  }

  /** {@return the scores as a table, one row a kind and one for all, strict then partial} */
  @Override
  public String toString() {
    return Comparison.table(scores, overall());
  }
}
