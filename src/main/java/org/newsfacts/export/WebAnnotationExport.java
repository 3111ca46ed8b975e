package org.newsfacts.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.newsfacts.Evidence;
import org.newsfacts.FactSheet;
import org.newsfacts.Source;
import tools.jackson.core.JsonGenerator;

/**
 * The evidence of a fact sheet as W3C Web Annotations: an {@code AnnotationCollection} with one
 * annotation per statement and per claim. Each annotation's body is the statement's text or the
 * claim in words; each of its targets is one evidence span of the source, selected both by a
 * {@code TextQuoteSelector} (the exact text, with up to 32 code points of prefix and suffix) and
 * by a {@code TextPositionSelector} (start and end in code points, as the sheet counts them).
 *
 * <p>The target's source is the article's URL; when the sheet has none, it is
 * {@code urn:newsfacts:text:sha-256:HEX}, naming the exact text by the SHA-256 of its UTF-8 bytes.
 * Annotation ids are the source IRI with the sheet's id as fragment.
 *
 * <pre>{@code
 * String annotations = WebAnnotationExport.toJsonLd(ReferenceArticle.sheet());
 * }</pre>
 */
public final class WebAnnotationExport {
  private static final int CONTEXT = 32;

  private final FactSheet sheet;
  private final JsonGenerator out;
  private final String source;

  private WebAnnotationExport(FactSheet sheet, JsonGenerator out) {
    this.sheet = sheet;
    this.out = out;
    this.source = sourceIri(sheet.source());
  }

  /**
   * {@return its annotations as JSON-LD (Web Annotation context), pretty-printed, ending with a newline}
   *
   * @param sheet a sheet
   */
  public static String toJsonLd(FactSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    return Exports.write(out -> write(sheet, out));
  }

  /**
   * Writes the annotations of a sheet, in UTF-8, to a stream that is flushed and left open.
   *
   * @param sheet a sheet
   * @param out where to write
   */
  public static void write(FactSheet sheet, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(out, "out");
    Exports.write(out, generator -> new WebAnnotationExport(sheet, generator).collection());
  }

  /**
   * {@return the IRI the annotations target: its URL, or a URN of the SHA-256 of its text}
   *
   * @param source a source
   */
  static String sourceIri(Source source) {
    if (source.url().isPresent()) {
      return source.url().get().toString();
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.text().getBytes(StandardCharsets.UTF_8));
      return "urn:newsfacts:text:sha-256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private void collection() {
    out.writeStartObject();
    out.writeStringProperty("@context", "http://www.w3.org/ns/anno.jsonld");
    out.writeStringProperty("type", "AnnotationCollection");
    sheet.source().headline().ifPresent(headline -> out.writeStringProperty("label", headline));
    out.writeNumberProperty("total", sheet.statements().size() + sheet.claims().size());
    out.writeName("first");
    out.writeStartObject();
    out.writeStringProperty("type", "AnnotationPage");
    out.writeName("items");
    out.writeStartArray();
    sheet.statements().forEach(s -> annotation(s.id(), s.text(), s.evidence()));
    sheet.claims().forEach(c -> annotation(c.id(), Exports.words(sheet, c), c.evidence()));
    out.writeEndArray();
    out.writeEndObject();
    out.writeEndObject();
  }

  private void annotation(String id, String text, List<Evidence> evidence) {
    out.writeStartObject();
    out.writeStringProperty("id", source + "#" + id);
    out.writeStringProperty("type", "Annotation");
    out.writeStringProperty("motivation", "describing");
    out.writeName("body");
    out.writeStartObject();
    out.writeStringProperty("type", "TextualBody");
    out.writeStringProperty("value", text);
    out.writeStringProperty("format", "text/plain");
    out.writeStringProperty("language", sheet.source().language().toString());
    out.writeEndObject();
    out.writeName("target");
    out.writeStartArray();
    for (Evidence span : evidence) {
      target(span);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void target(Evidence span) {
    String text = sheet.source().text();
    int from = text.offsetByCodePoints(0, span.start());
    int to = text.offsetByCodePoints(from, span.end() - span.start());
    out.writeStartObject();
    out.writeStringProperty("source", source);
    out.writeName("selector");
    out.writeStartArray();
    out.writeStartObject();
    out.writeStringProperty("type", "TextQuoteSelector");
    out.writeStringProperty("exact", span.text());
    String prefix = text.substring(text.offsetByCodePoints(from, -Math.min(CONTEXT,
        text.codePointCount(0, from))), from);
    String suffix = text.substring(to, text.offsetByCodePoints(to, Math.min(CONTEXT,
        text.codePointCount(to, text.length()))));
    if (!prefix.isEmpty()) {
      out.writeStringProperty("prefix", prefix);
    }
    if (!suffix.isEmpty()) {
      out.writeStringProperty("suffix", suffix);
    }
    out.writeEndObject();
    out.writeStartObject();
    out.writeStringProperty("type", "TextPositionSelector");
    out.writeNumberProperty("start", span.start());
    out.writeNumberProperty("end", span.end());
    out.writeEndObject();
    out.writeEndArray();
    out.writeEndObject();
  }
}
