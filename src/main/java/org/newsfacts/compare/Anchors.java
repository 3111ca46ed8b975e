package org.newsfacts.compare;

import java.util.Objects;
import java.util.Optional;
import org.newsfacts.Evidence;
import org.newsfacts.Source;
import org.newsfacts.internal.Loose;
import org.newsfacts.internal.Search;

/**
 * Moves an evidence span to where its words stand in the text: the occurrence nearest to where the
 * span says they stand, exactly, or else up to white space and the kind of quotation marks and
 * dashes. For extractors whose offsets drift (a count in UTF-16 units instead of code points, a
 * text cleaned before extraction, a model that copies the words but not the place).
 *
 * <pre>{@code
 * Optional<Anchors.Moved> moved = Anchors.reanchor(source, Evidence.of(40, 44, "Kyiv"));
 * moved.get().to();     // the span of the nearest "Kyiv"
 * moved.get().how();    // "moved 3 code points later"
 * }</pre>
 */
public final class Anchors {
  private Anchors() {}

  /**
   * A span moved to where its words stand.
   *
   * @param from the span as given
   * @param to the span where its words stand
   * @param how what was done: {@code moved 3 code points later}, or also {@code matched up to white
   *     space, quotation marks and dashes}
   */
  public record Moved(Evidence from, Evidence to, String how) {
    /** {@return {@code [40,44) -> [43,47): moved 3 code points later}} */
    @Override
    public String toString() {
      return "[" + from.start() + "," + from.end() + ") -> [" + to.start() + "," + to.end() + "): " + how;
    }
  }

  /**
   * {@return the span moved to where its words stand nearest to it, or empty when it already stands
   * at its offsets or its words stand nowhere in the text, not even up to white space and quotation
   * marks}
   *
   * @param source the text
   * @param span a span that may be misplaced
   */
  public static Optional<Moved> reanchor(Source source, Evidence span) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(span, "span");
    return reanchor(source.text(), new CodePointIndex(source.text()), span);
  }

  static Optional<Moved> reanchor(String text, CodePointIndex index, Evidence span) {
    int at = index.charIndex(span.start());
    String words = span.text();
    if (at >= 0 && text.startsWith(words, at) && index.charIndex(span.end()) == at + words.length()) {
      return Optional.empty();
    }
    int near = at >= 0 ? at : text.length();
    int found = nearest(text, words, near);
    if (found >= 0) {
      Evidence to = index.span(text, found, found + words.length());
      return Optional.of(new Moved(span, to, shift(span, to)));
    }
    Loose normal = new Loose(text);
    String pattern = Loose.normalize(words);
    if (pattern.isBlank()) {
      return Optional.empty();
    }
    int match = nearest(normal.text, pattern, normal.normalIndex(near));
    if (match < 0) {
      return Optional.empty();
    }
    int start = normal.original[match];
    int end = normal.endOf(text, match, pattern.length());
    Evidence to = index.span(text, start, end);
    return Optional.of(new Moved(span, to, shift(span, to) + ", matched up to white space, quotation"
        + " marks and dashes"));
  }

  /** {@return where the words of a span that does not cover its text stand nearest to it, in words} */
  static String whereTheWordsStand(Source source, Evidence span) {
    return reanchor(source, span).map(m -> "its words stand at [" + m.to().start() + "," + m.to().end() + ")")
        .orElse("its words stand nowhere in the text");
  }

  private static String shift(Evidence from, Evidence to) {
    int by = to.start() - from.start();
    return by == 0 ? "kept its start, new end" : "moved " + Math.abs(by) + " code points "
        + (by > 0 ? "later" : "earlier");
  }

  /** {@return the char index of the occurrence of the words nearest to a char index, or -1} */
  private static int nearest(String text, String words, int near) {
    if (words.isEmpty()) {
      return -1;
    }
    return Search.of(words).nearest(text, near);
  }
}
