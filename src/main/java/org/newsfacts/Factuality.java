package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.WireNames;

/**
 * How a source presents a claim, as FactBank models it: its {@link Certainty} times its
 * {@link Polarity}, with the cue words that say so ("reportedly", "likely", "is expected to",
 * "podría", "negó"). The eight combinations FactBank allows are the valid ones:
 *
 * <table>
 *   <caption>Factuality values</caption>
 *   <tr><th>value</th><th>meaning</th><th>text</th></tr>
 *   <tr><td>{@code CT+}</td><td>certain, it is so</td><td>"the talks took place"</td></tr>
 *   <tr><td>{@code CT-}</td><td>certain, it is not so</td><td>"X denied that the talks took place"</td></tr>
 *   <tr><td>{@code PR+}, {@code PR-}</td><td>probably so, probably not</td><td>"likely", "is expected to"</td></tr>
 *   <tr><td>{@code PS+}, {@code PS-}</td><td>possibly so, possibly not</td><td>"may", "podría"</td></tr>
 *   <tr><td>{@code CTu}</td><td>the source knows, but does not say which</td><td>"X knows whether ..."</td></tr>
 *   <tr><td>{@code Uu}</td><td>the source does not commit</td><td>"reportedly", "it is unclear whether"</td></tr>
 * </table>
 *
 * <p>Factuality is not confidence: it is how committed a source is to what it says, not how sure an
 * extractor is of its output. Immutable and thread-safe.
 *
 * @param certainty how certain the source is
 * @param polarity whether the source says it is so or not
 * @param cues the spans of the words that mark the certainty or polarity, where there are any
 */
public record Factuality(Certainty certainty, Polarity polarity, List<Evidence> cues) {
  static final Shape<Factuality> SHAPE = Shape.value("factuality", "How a source presents a claim:"
          + " certainty times polarity (FactBank: CT+, CT-, PR+, PR-, PS+, PS-, CTu, Uu), with its cue"
          + " words.", Factuality.class, v -> new Factuality(v.get(0), v.get(1), v.list(2)))
      .required("certainty", Scalar.enumeration(Certainty.class), Factuality::certainty)
      .required("polarity", Scalar.enumeration(Polarity.class), Factuality::polarity)
      .list("cues", Evidence.SHAPE, Factuality::cues)
      .build();

  /** Stated as fact: certain and positive, {@code CT+}. */
  public static final Factuality FACT = new Factuality(Certainty.CERTAIN, Polarity.POSITIVE, List.of());

  /** How certain a source is. */
  public enum Certainty {
    /** Certain: {@code CT}. */
    CERTAIN,
    /** Probable: {@code PR}. */
    PROBABLE,
    /** Possible: {@code PS}. */
    POSSIBLE,
    /** Not committed: {@code U}. */
    UNKNOWN;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /** Whether a source says it is so. */
  public enum Polarity {
    /** It is so: {@code +}. */
    POSITIVE,
    /** It is not so: {@code -}. */
    NEGATIVE,
    /** The source does not say: {@code u}. */
    UNKNOWN;

    // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
    @JsonValue
    String jackson() {
      return WireNames.of(this);
    }
  }

  /**
   * Creates a factuality; the list of cues is copied.
   *
   * @param certainty how certain the source is
   * @param polarity whether the source says it is so or not
   * @param cues the spans of the words that mark it
   * @throws ValidationException if a part is missing or the combination is not one of the eight
   */
  public Factuality {
    Check check = new Check("Factuality");
    check.required("certainty", certainty);
    check.required("polarity", polarity);
    if (check.required("cues", cues)) {
      check.elements("cues", cues);
    }
    if (certainty != null && polarity != null
        && (certainty == Certainty.UNKNOWN) != (polarity == Polarity.UNKNOWN)
        && !(certainty == Certainty.CERTAIN && polarity == Polarity.UNKNOWN)) {
      check.add("polarity", Rule.FACTUALITY_INVALID, code(certainty, polarity) + " is not a factuality"
          + " value: an uncommitted source (U) has unknown polarity (Uu), and a probable or possible"
          + " one says so or not (PR+, PR-, PS+, PS-)");
    }
    check.done();
    cues = List.copyOf(cues);
  }

  /**
   * {@return a factuality without cue words}
   *
   * @param certainty how certain the source is
   * @param polarity whether the source says it is so or not
   * @throws ValidationException if the combination is not one of the eight
   */
  public static Factuality of(Certainty certainty, Polarity polarity) {
    return new Factuality(certainty, polarity, List.of());
  }

  /**
   * {@return a factuality with the spans of its cue words}
   *
   * @param certainty how certain the source is
   * @param polarity whether the source says it is so or not
   * @param cues the spans of "reportedly", "likely", "podría", "negó", ...
   * @throws ValidationException if the combination is not one of the eight
   */
  public static Factuality of(Certainty certainty, Polarity polarity, Evidence... cues) {
    return new Factuality(certainty, polarity, cues == null ? null : Arrays.asList(cues));
  }

  private static String code(Certainty certainty, Polarity polarity) {
    String c = certainty == Certainty.CERTAIN ? "CT" : certainty == Certainty.PROBABLE ? "PR"
        : certainty == Certainty.POSSIBLE ? "PS" : "U";
    return c + (polarity == Polarity.POSITIVE ? "+" : polarity == Polarity.NEGATIVE ? "-" : "u");
  }

  /** {@return the FactBank value, such as {@code CT+} or {@code PR-}, with the cue words if any} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(code(certainty, polarity));
    for (Evidence cue : cues) {
      text.append(" \"").append(cue.text()).append('"');
    }
    return text.toString();
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Factuality.class);
  }

  @JsonCreator
  static Factuality jackson(Object json) {
    throw Unregistered.type(Factuality.class);
  }
}
