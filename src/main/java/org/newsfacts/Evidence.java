package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * A span of the source text that supports a fact, anchored as the W3C Web Annotation model does:
 * by position ({@link #start()} inclusive, {@link #end()} exclusive, both counted in Unicode code
 * points from the start of {@link Source#text()}) and by the exact text it covers.
 *
 * <p>A span is never empty and its text has exactly {@code end - start} code points. Whether the
 * text really stands at that place is checked by the {@link FactSheet} that holds the span; use
 * {@link Source#find(String)} to make a span that does. Final, immutable, thread-safe.
 */
public final class Evidence {
  static final Shape<Evidence> SHAPE = Shape.value("evidence", "A span of the source text: start"
          + " inclusive, end exclusive, in Unicode code points, and the exact text.", Evidence.class,
          v -> Evidence.of(v.<Integer>get(0), v.<Integer>get(1), v.get(2)))
      .required("start", Scalar.integer("minimum", 0, "maximum", Integer.MAX_VALUE), Evidence::start)
      .required("end", Scalar.integer("minimum", 1, "maximum", Integer.MAX_VALUE), Evidence::end)
      .required("text", Scalar.string(null, null, Scalar.Text.ANY, "minLength", 1), Evidence::text)
      .build();

  private final int start;
  private final int end;
  private final String text;

  private Evidence(int start, int end, String text) {
    this.start = start;
    this.end = end;
    this.text = text;
  }

  /**
   * {@return a span of the source between two code point offsets, with its exact text}
   *
   * @param start the first code point covered, from 0
   * @param end the code point after the last one covered
   * @param text the exact text covered
   * @throws ValidationException if start is negative, end is not after start, or the text is
   *     missing or not {@code end - start} code points long
   */
  public static Evidence of(int start, int end, String text) {
    Check check = new Check("Evidence");
    if (start < 0) {
      check.add("start", Rule.EVIDENCE_RANGE, "start " + start + " is negative");
    }
    if (end <= start) {
      check.add("end", Rule.EVIDENCE_RANGE, "end " + end + " is not after start " + start);
    }
    if (text != null) {
      check.characters("text", text);
    }
    if (check.required("text", text) && end > start
        && text.codePointCount(0, text.length()) != end - start) {
      check.add("text", Rule.EVIDENCE_LENGTH, "text has " + text.codePointCount(0, text.length())
          + " code points, but the span from " + start + " to " + end + " covers " + (end - start));
    }
    check.done();
    return new Evidence(start, end, text);
  }

  /** {@return the first code point covered, counted from 0} */
  public int start() {
    return start;
  }

  /** {@return the code point after the last one covered} */
  public int end() {
    return end;
  }

  /** {@return the exact text covered} */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Evidence
            && ((Evidence) other).start == start
            && ((Evidence) other).end == end
            && ((Evidence) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text);
  }

  /** {@return {@code [start,end) "text"}} */
  @Override
  public String toString() {
    return "[" + start + "," + end + ") \"" + text + "\"";
  }

  // Without the newsfacts module, Jackson fails with a message that names it: see Unregistered.
  @JsonValue
  Object jackson() {
    throw Unregistered.type(Evidence.class);
  }

  @JsonCreator
  static Evidence jackson(Object json) {
    throw Unregistered.type(Evidence.class);
  }
}
