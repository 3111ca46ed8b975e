package org.newsfacts.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsfacts.FactSheet;

/**
 * How an extractor's sheet compares with a gold sheet of the same text, whatever ids each uses:
 * which facts of the gold sheet it found, which it missed, which it made up, and how each fact it
 * found differs, with precision, recall and F1 per kind of fact and overall.
 *
 * <pre>{@code
 * Comparison comparison = Comparison.of(gold, predicted);
 * comparison.overall().f1(true);          // strict F1 over every kind of fact
 * comparison.score(Kind.CLAIM).recall(false);
 * comparison.differences();               // claims[c-capabilities].value: expected ..., was ...
 * System.out.print(comparison);           // the table and the differences
 * }</pre>
 *
 * <p><b>Alignment.</b> Facts are paired by content, never by id: participants and places by
 * their names (or descriptions) and the spans that name them; meetings, events, statements and
 * claims by the overlap of their evidence spans, then by what they hold once the facts they refer
 * to are paired (a statement's speaker, a claim's holder, subject and value). Each fact is paired
 * at most once, best pairs first. Candidates come from an index of the spans and of the names,
 * so the cost grows with the number of facts and of their overlaps, not with its square.
 *
 * <p><b>Scores.</b> For each kind, with G facts in the gold sheet, P in the predicted one and M of
 * them paired: partial precision is M / P, partial recall M / G; strict precision and recall
 * count only the S pairs that are equal in everything, spans included, once ids are mapped: S / P
 * and S / G. F1 is their harmonic mean (0 when both are 0). Overall scores add the counts of every
 * kind (micro-averaging). Two empty sheets score 1.
 */
public final class Comparison {
  /** The kinds of fact a comparison counts. */
  public enum Kind {
    /** Participants. */
    PARTICIPANT("participants"),
    /** Places. */
    PLACE("places"),
    /** Meetings. */
    MEETING("meetings"),
    /** Events that are not meetings. */
    EVENT("events"),
    /** Statements. */
    STATEMENT("statements"),
    /** Claims. */
    CLAIM("claims");

    private final String collection;

    Kind(String collection) {
      this.collection = collection;
    }

    /** {@return the name of the sheet's list of such facts: {@code claims}} */
    public String collection() {
      return collection;
    }
  }

  /**
   * One way the predicted sheet differs from the gold one: a fact it lacks, a fact it has that the
   * gold sheet lacks, or a value of a paired fact.
   *
   * @param kind the kind of fact
   * @param path where, in the gold sheet's ids: {@code claims[c-capabilities].value}; for an
   *     unexpected fact, the predicted sheet's id
   * @param expected the gold value in words, or {@code null} for an unexpected fact
   * @param actual the predicted value in words, or {@code null} for a missing fact
   */
  public record Difference(Kind kind, String path, String expected, String actual) {
    /** {@return the difference in one line: {@code claims[c-x].value: expected 35 USD, was 3 USD}} */
    @Override
    public String toString() {
      if (actual == null) {
        return path + ": missing (" + oneLine(expected) + ")";
      }
      if (expected == null) {
        return path + ": unexpected (" + oneLine(actual) + ")";
      }
      return path + ": expected " + oneLine(expected) + ", was " + oneLine(actual);
    }

    /** {@return the words with their line breaks shown as escapes, so that a difference is one line} */
    private static String oneLine(String words) {
      return words.replace("\r", "\\r").replace("\n", "\\n");
    }
  }

  /**
   * The counts of one kind of fact, or of all, and the scores they give.
   *
   * @param gold the facts of the gold sheet
   * @param predicted the facts of the predicted sheet
   * @param paired the facts paired by alignment
   * @param exact the pairs equal in everything
   */
  public record Score(int gold, int predicted, int paired, int exact) {
    /**
     * {@return the precision: paired (or exact, when strict) facts over predicted facts; 1 when
     * nothing was predicted and nothing expected}
     *
     * @param strict whether only exact pairs count
     */
    public double precision(boolean strict) {
      return ratio(strict ? exact : paired, predicted);
    }

    /**
     * {@return the recall: paired (or exact) facts over gold facts; 1 when nothing was expected}
     *
     * @param strict whether only exact pairs count
     */
    public double recall(boolean strict) {
      return ratio(strict ? exact : paired, gold);
    }

    /**
     * {@return the harmonic mean of precision and recall, 0 when both are 0}
     *
     * @param strict whether only exact pairs count
     */
    public double f1(boolean strict) {
      double p = precision(strict);
      double r = recall(strict);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private double ratio(int count, int of) {
      return of == 0 ? (gold == 0 && predicted == 0 ? 1 : 0) : (double) count / of;
    }

    Score plus(Score other) {
      return new Score(gold + other.gold, predicted + other.predicted, paired + other.paired, exact + other.exact);
    }
  }

  private final Map<Kind, Score> scores;
  private final List<Difference> differences;
  private final Map<String, String> pairs;

  Comparison(Map<Kind, Score> scores, List<Difference> differences, Map<String, String> pairs) {
    this.scores = Collections.unmodifiableMap(new EnumMap<>(scores));
    this.differences = List.copyOf(differences);
    this.pairs = Map.copyOf(pairs);
  }

  /**
   * {@return how a predicted sheet compares with a gold sheet of the same text}
   *
   * @param gold the sheet taken as right
   * @param predicted the sheet to score, such as an extractor's
   */
  public static Comparison of(FactSheet gold, FactSheet predicted) {
    return new Aligner(Objects.requireNonNull(gold, "gold"), Objects.requireNonNull(predicted, "predicted"))
        .compare();
  }

  /**
   * {@return the counts and scores of one kind of fact}
   *
   * @param kind the kind
   */
  public Score score(Kind kind) {
    return scores.get(Objects.requireNonNull(kind, "kind"));
  }

  /** {@return the counts and scores of every kind of fact together (micro-averaged)} */
  public Score overall() {
    return sum(scores.values());
  }

  /** {@return the counts of every score added up} */
  static Score sum(Iterable<Score> scores) {
    Score all = new Score(0, 0, 0, 0);
    for (Score score : scores) {
      all = all.plus(score);
    }
    return all;
  }

  /** {@return every difference: missing facts, unexpected facts and differing values, in sheet order} */
  public List<Difference> differences() {
    return differences;
  }

  /** {@return whether the predicted sheet says exactly what the gold sheet says, ids aside} */
  public boolean equivalent() {
    return differences.isEmpty();
  }

  /** {@return for each paired fact, the predicted sheet's id to the gold sheet's id} */
  public Map<String, String> pairs() {
    return pairs;
  }

  /**
   * {@return the scores as a table, one row a kind and one for all, then the differences (the
   * first hundred)}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(table(scores, overall()));
    int shown = Math.min(differences.size(), 100);
    for (int i = 0; i < shown; i++) {
      text.append(differences.get(i)).append('\n');
    }
    if (differences.size() > shown) {
      text.append("... and ").append(differences.size() - shown).append(" more differences\n");
    }
    return text.toString();
  }

  /** {@return the scores as a table: one row a kind, one for all; strict, then partial} */
  static String table(Map<Kind, Score> scores, Score overall) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-13s %25s | %23s | %23s%n", "", "",
        "strict", "partial"));
    text.append(String.format(Locale.ROOT, "%-13s %5s %5s %6s %5s | %9s %6s %5s | %9s %6s %5s%n", "kind", "gold",
        "pred", "paired", "exact", "precision", "recall", "F1", "precision", "recall", "F1"));
    List<Map.Entry<String, Score>> rows = new ArrayList<>();
    scores.forEach((kind, score) -> rows.add(Map.entry(kind.collection(), score)));
    rows.add(Map.entry("all", overall));
    for (Map.Entry<String, Score> row : rows) {
      Score s = row.getValue();
      text.append(String.format(Locale.ROOT, "%-13s %5d %5d %6d %5d | %9.3f %6.3f %5.3f | %9.3f %6.3f %5.3f%n",
          row.getKey(), s.gold(), s.predicted(), s.paired(), s.exact(), s.precision(true), s.recall(true),
          s.f1(true), s.precision(false), s.recall(false), s.f1(false)));
    }
    return text.toString();
  }
}
