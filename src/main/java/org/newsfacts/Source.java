package org.newsfacts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;

/**
 * The news item the facts come from: its headline, language and complete text as published, and
 * its publisher, address and publication date where known.
 *
 * <p>Every {@link Evidence} span of a sheet indexes {@link #text()} in Unicode code points.
 * {@link #find(String)} makes the span of a phrase:
 *
 * <pre>{@code
 * Source source = Source.builder()
 *     .headline("Umerov invita a los países del Sudeste de Europa ...")
 *     .language(LanguageTag.of("es"))
 *     .text(articleText)
 *     .publisher("Ukrinform")
 *     .build();
 * Evidence quote = source.find("35 mil millones de dólares");
 * }</pre>
 */
@Value.Immutable
@FactStyle
public abstract class Source implements WithSource {
  static final Shape<Source> SHAPE = Shape.entity("source", "The news item the facts come from.",
          Source.class, Source::builder, Builder::build)
      .required("headline", Forms.TEXT, Source::headline, Builder::headline)
      .required("language", LanguageTag.FORM, Source::language, Builder::language)
      .optional("publisher", Forms.TEXT, Source::publisher, Builder::publisher)
      .optional("url", Scalar.parsed(null, "An absolute http or https URL.", Source::uri, URI::toString,
          "pattern", "^https?://"), Source::url, Builder::url)
      .optional("published", PartialDate.FORM, Source::published, Builder::published)
      .required("text", Forms.TEXT, Source::text, Builder::text)
      .build();

  Source() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the headline as published} */
  public abstract String headline();

  /** {@return the language the text is written in} */
  public abstract LanguageTag language();

  /** {@return the complete text as published, headline included; what evidence spans index} */
  public abstract String text();

  /** {@return the publisher, as named, if known} */
  public abstract Optional<String> publisher();

  /** {@return where the item was published, an absolute http or https address, if known} */
  public abstract Optional<URI> url();

  /** {@return when it was published, if known} */
  public abstract Optional<PartialDate> published();

  /**
   * The span of the one place where {@code exact} stands in the text.
   *
   * @param exact the exact characters to find
   * @return the span covering them
   * @throws ValidationException if the text does not contain them, or contains them more than once
   */
  public final Evidence find(String exact) {
    Evidence first = find(exact, 1);
    if (text().indexOf(exact, text().offsetByCodePoints(0, first.start()) + 1) >= 0) {
      throw Check.single("Source", Rule.EVIDENCE_AMBIGUOUS, "'" + exact
          + "' stands more than once in the text; name the occurrence with find(exact, n)");
    }
    return first;
  }

  /**
   * The span of the {@code occurrence}-th place (from 1) where {@code exact} stands in the text.
   *
   * @param exact the exact characters to find
   * @param occurrence which occurrence, counted from 1
   * @return the span covering them
   * @throws ValidationException if there is no such occurrence
   */
  public final Evidence find(String exact, int occurrence) {
    int at = -1;
    if (exact != null && !exact.isEmpty()) {
      for (int seen = 0; seen < occurrence; seen++) {
        at = text().indexOf(exact, at + 1);
        if (at < 0) {
          break;
        }
      }
    }
    if (at < 0 || occurrence < 1) {
      throw Check.single("Source", Rule.EVIDENCE_NOT_FOUND,
          "'" + exact + "' does not stand " + (occurrence == 1 ? "" : occurrence + " times ")
              + "in the text");
    }
    int start = text().codePointCount(0, at);
    return Evidence.of(start, start + exact.codePointCount(0, exact.length()), exact);
  }

  /**
   * The spans of every place where {@code exact} stands in the text, in text order; occurrences
   * may not overlap.
   *
   * @param exact the exact characters to find
   * @return the spans; empty if the text does not contain them
   */
  public final List<Evidence> findAll(String exact) {
    List<Evidence> spans = new ArrayList<>();
    if (exact != null && !exact.isEmpty()) {
      int length = exact.codePointCount(0, exact.length());
      for (int at = text().indexOf(exact); at >= 0; at = text().indexOf(exact, at + exact.length())) {
        int start = text().codePointCount(0, at);
        spans.add(Evidence.of(start, start + length, exact));
      }
    }
    return List.copyOf(spans);
  }

  /**
   * {@return the text between two code point offsets, or {@code null} when they lie outside it}
   */
  final String slice(int start, int end) {
    int from = charIndex(start);
    int to = from < 0 ? -1 : charIndex(end);
    return to < 0 ? null : text().substring(from, to);
  }

  /** {@return whether the span's text stands at its offsets, without copying the source text} */
  final boolean covers(Evidence span) {
    int from = charIndex(span.start());
    return from >= 0 && text().startsWith(span.text(), from)
        && charIndex(span.end()) == from + span.text().length();
  }

  /** {@return the UTF-16 index of a code point offset, or -1 past the end of the text} */
  private int charIndex(int codePoint) {
    String text = text();
    if (!supplementary()) {
      return codePoint <= text.length() ? codePoint : -1;
    }
    return codePoint <= codePointCount() ? text.offsetByCodePoints(0, codePoint) : -1;
  }

  /** {@return the length of the text in code points} */
  @Value.Lazy
  int codePointCount() {
    return text().codePointCount(0, text().length());
  }

  /** {@return whether the text has characters outside the Basic Multilingual Plane} */
  @Value.Lazy
  boolean supplementary() {
    return codePointCount() != text().length();
  }

  @Value.Check
  final void check() {
    Check check = new Check("Source").properties(SHAPE, this);
    url().ifPresent(url -> {
      if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
        check.add("url", Rule.URL_INVALID, "'" + url + "' is not an absolute http or https address");
      }
    });
    check.done();
  }

  /** {@return the address in a text} */
  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw Check.single("URI", Rule.URL_INVALID, "'" + text + "' is not a URI: " + e.getReason());
    }
  }

  /** Builds a {@link Source}; {@link #build()} reports every missing or invalid attribute. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
