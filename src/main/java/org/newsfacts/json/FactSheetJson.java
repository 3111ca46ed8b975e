package org.newsfacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.JsonOutput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes {@link FactSheet}s as JSON: the one entry point, configured once, thread-safe
 * and meant to be shared.
 *
 * <pre>{@code
 * FactSheetJson json = FactSheetJson.strict();
 * FactSheet sheet = json.read(Path.of("sheet.json"));      // JsonReadException if anything is wrong
 * String text = json.write(sheet);                          // canonical: equal sheets, equal bytes
 * List<Violation> problems = json.check(Path.of("other.json"));   // every problem, no exception
 * }</pre>
 *
 * <p><b>Reading is strict.</b> The document is one JSON object in UTF-8 with {@code formatVersion}
 * {@value #FORMAT_VERSION} at its root. Unknown properties (unless allowed with
 * {@link Builder#allowUnknownProperties(boolean)}), duplicate keys, trailing content, comments,
 * {@code null}s, values of the wrong type (no coercion of {@code "1"} to {@code 1} or back),
 * unpaired surrogates and documents beyond the {@linkplain Builder limits} are errors. Every
 * violation is reported at once, each with the path of the bad value and its line and column, in
 * one {@link JsonReadException}; a valid document is then checked as a {@link FactSheet}, whose
 * violations are reported the same way. Nothing else escapes: no Jackson exception and no
 * {@code NullPointerException}.
 *
 * <p><b>Writing is canonical.</b> UTF-8, two-space indentation, properties in a fixed order, absent
 * values and empty lists left out, a newline at the end. Equal sheets give identical bytes, and
 * reading what was written gives an equal sheet.
 *
 * <p>Default limits: 64 MiB per document, nesting depth 32, 16 Mi characters per string, 32
 * characters per number, 100,000 elements per array or keys per object.
 */
public final class FactSheetJson {
  /** The version of the JSON format this library reads and writes. */
  public static final int FORMAT_VERSION = 2;
  /** The property at the root of a sheet's document that holds its format version. */
  static final String VERSION_PROPERTY = "formatVersion";

  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();
  private static final Form<FactSheet> SHEET = MODEL.form(FactSheet.class);
  private static final FactSheetJson STRICT = builder().build();

  private final JsonFactory factory;
  private final boolean allowUnknownProperties;
  private final int maxCollectionSize;
  private final long maxDocumentBytes;

  private FactSheetJson(Builder builder) {
    this.allowUnknownProperties = builder.allowUnknownProperties;
    this.maxCollectionSize = builder.maxCollectionSize;
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(builder.maxDocumentBytes)
            .maxNestingDepth(builder.maxNestingDepth)
            .maxStringLength(builder.maxStringLength)
            .maxNameLength(Math.min(builder.maxStringLength, 1_000))
            .maxNumberLength(builder.maxNumberLength)
            .build())
        // Interned names are the decoder's own literals: its lookups succeed on identity.
        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        .build();
  }

  /**
   * The JSON Schema (draft 2020-12) of this format version, for users of other languages. It checks
   * the shape of a document; the reader also checks what needs the whole sheet (unique ids,
   * references, evidence against the text) and values such as impossible dates. The jar also ships
   * it as {@code org/newsfacts/json/factsheet-2.schema.json}.
   *
   * @return the schema, made from the same description of the format that reading and writing
   *     follow
   */
  public static String schema() {
    return Schema.TEXT;
  }

  /** The schema, made once, when first asked for. */
  private static final class Schema {
    static final String TEXT = SchemaWriter.sheetSchema();
  }

  /** {@return the shared reader and writer with strict reading and the default limits} */
  public static FactSheetJson strict() {
    return STRICT;
  }

  /** {@return a builder for a reader and writer with other settings} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param json the document
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   */
  public FactSheet read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.startsWith("\uFEFF")) {
      throw byteOrderMark();
    }
    return parse(factory -> factory.createParser(json));
  }

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param json the document, in UTF-8
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   */
  public FactSheet read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(json, json.length);
  }

  FactSheet read(byte[] json, int length) {
    if (startsWithByteOrderMark(json, length)) {
      throw byteOrderMark();
    }
    int invalid = Utf8.firstInvalid(json, length);
    if (invalid >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < invalid; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_SYNTAX, String.format(
          "invalid UTF-8: byte 0x%02X at offset %d does not begin a valid sequence", json[invalid],
          invalid), line, invalid - lineStart + 1)), null);
    }
    return parse(factory -> factory.createParser(json, 0, length));
  }

  /**
   * Reads one document from a stream, which is left open. The document is read whole (it is at
   * most {@link Builder#maxDocumentBytes(long)} long), then as {@link #read(byte[])}.
   *
   * @param json the document, in UTF-8
   * @return the sheet
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   * @throws UncheckedIOException if the stream cannot be read
   */
  public FactSheet read(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] document;
    try {
      document = json.readNBytes((int) Math.min(maxDocumentBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact sheet: " + e.getMessage(), e);
    }
    if (document.length > maxDocumentBytes) {
      throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_LIMIT,
          "the document is longer than " + maxDocumentBytes + " bytes", 0, 0)), null);
    }
    return read(document, document.length);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
    return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static JsonReadException byteOrderMark() {
    return new JsonReadException(List.of(MODEL.violation("", Rule.JSON_SYNTAX, "the document starts"
        + " with a byte order mark (U+FEFF), which JSON text must not have", 1, 1)), null);
  }

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param file a file holding the document, in UTF-8
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   * @throws UncheckedIOException if the file cannot be read
   */
  public FactSheet read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Everything that is wrong with a document, without throwing: for showing a user every problem.
   *
   * @param json the document
   * @return every violation; empty if the document is a valid fact sheet
   */
  public List<Violation> check(String json) {
    return violations(() -> read(json));
  }

  /**
   * {@return every violation; empty if the document is a valid fact sheet}
   *
   * @param json the document, in UTF-8
   */
  public List<Violation> check(byte[] json) {
    return violations(() -> read(json));
  }

  /**
   * {@return every violation; empty if the document is a valid fact sheet}
   *
   * @param file a file holding the document, in UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Violation> check(Path file) {
    return violations(() -> read(file));
  }

  private static List<Violation> violations(Runnable read) {
    try {
      read.run();
      return List.of();
    } catch (JsonReadException e) {
      return e.violations();
    }
  }

  /**
   * Reads a JSON Lines stream, one fact sheet per line, lazily: memory stays bounded by the longest
   * line allowed ({@link Builder#maxDocumentBytes(long)}), whatever the size of the stream. The
   * first bad line ends the stream with a {@link JsonReadException} whose violations carry the
   * line's number as their line. The input stream is not closed.
   *
   * <pre>{@code
   * try (InputStream in = Files.newInputStream(path)) {
   *   long claims = json.readLines(in).mapToLong(sheet -> sheet.claims().size()).sum();
   * }
   * }</pre>
   *
   * @param in the stream, in UTF-8; lines end with LF or CRLF
   * @return the sheets, in order
   */
  public Stream<FactSheet> readLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    return StreamSupport.stream(new LineReader(this, in, null, maxDocumentBytes), false);
  }

  /**
   * Reads a JSON Lines stream as {@link #readLines(InputStream)} does, but passes each bad line,
   * with its number and every violation, to {@code badLines} and goes on with the next: no line is
   * dropped silently.
   *
   * <pre>{@code
   * List<BadLine> bad = new ArrayList<>();
   * List<FactSheet> good = json.readLines(in, bad::add).collect(Collectors.toList());
   * }</pre>
   *
   * @param in the stream, in UTF-8; lines end with LF or CRLF
   * @param badLines receives each line that is not a valid fact sheet
   * @return the valid sheets, in order
   */
  public Stream<FactSheet> readLines(InputStream in, Consumer<BadLine> badLines) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(badLines, "badLines");
    return StreamSupport.stream(new LineReader(this, in, badLines, maxDocumentBytes), false);
  }

  /**
   * Writes sheets as JSON Lines: each in its canonical compact form on one line, ending with LF.
   * The stream is flushed and left open.
   *
   * @param sheets the sheets, consumed in order
   * @param out where to write, in UTF-8
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeLines(Stream<FactSheet> sheets, OutputStream out) {
    Objects.requireNonNull(sheets, "sheets");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = factory.createGenerator(JsonOutput.COMPACT,
        JsonOutput.nonClosing(out), JsonEncoding.UTF8)) {
      sheets.forEachOrdered(sheet -> {
        Encoder.write(generator, SHEET, sheet);
        generator.writeRaw('\n');
      });
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the fact sheets", e);
    }
  }

  /**
   * {@return its canonical JSON text, ending with a newline}
   *
   * @param sheet a sheet
   */
  public String write(FactSheet sheet) {
    return new String(writeBytes(sheet), StandardCharsets.UTF_8);
  }

  /**
   * {@return its canonical JSON, in UTF-8, ending with a newline}
   *
   * @param sheet a sheet
   */
  public byte[] writeBytes(FactSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    // Output in segments joined once, instead of a growing array copied on the way.
    ByteArrayBuilder bytes = new ByteArrayBuilder();
    writePretty(sheet, bytes);
    return bytes.toByteArray();
  }

  /**
   * Writes the canonical JSON of a sheet to a stream, which is flushed and left open.
   *
   * @param sheet a sheet
   * @param out where to write, in UTF-8
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(FactSheet sheet, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(out, "out");
    writePretty(sheet, JsonOutput.nonClosing(out));
  }

  private void writePretty(FactSheet sheet, OutputStream out) {
    try (JsonGenerator generator = factory.createGenerator(JsonOutput.PRETTY, out, JsonEncoding.UTF8)) {
      Encoder.write(generator, SHEET, sheet);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the fact sheet", e);
    }
  }

  /**
   * Writes the canonical JSON of a sheet to a file, replacing it.
   *
   * @param sheet a sheet
   * @param file where to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(FactSheet sheet, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(sheet, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FactSheet parse(Function<JsonFactory, JsonParser> open) {
    try (JsonParser parser = open.apply(factory)) {
      return Decoder.document(parser, SHEET, allowUnknownProperties, maxCollectionSize);
    } catch (StreamConstraintsException e) {
      // the parser checks the length of a document it is given whole before the first token
      throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_LIMIT, e.getOriginalMessage(),
          0, 0)), null);
    }
  }

  /** The settings of a {@link FactSheetJson}. */
  public static final class Builder {
    private boolean allowUnknownProperties;
    private long maxDocumentBytes = 64L << 20;
    private int maxNestingDepth = 32;
    private int maxStringLength = 16 << 20;
    private int maxNumberLength = 32;
    private int maxCollectionSize = 100_000;

    private Builder() {}

    /**
     * Whether to skip unknown properties instead of reporting them.
     *
     * @param allow whether properties this version of the format does not know are skipped rather
     *     than reported; off by default
     * @return this builder
     */
    public Builder allowUnknownProperties(boolean allow) {
      this.allowUnknownProperties = allow;
      return this;
    }

    /**
     * Sets the largest document read.
     *
     * @param bytes the largest document read, in bytes (characters for text input); 64 MiB by default
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the deepest nesting read.
     *
     * @param depth the deepest nesting of objects and arrays; 32 by default (the format needs 6)
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string read.
     *
     * @param length the longest string, in characters; 16 Mi by default
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number read.
     *
     * @param length the longest number, in characters; 32 by default
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive(length, "maxNumberLength");
      return this;
    }

    /**
     * Sets the largest array or object read.
     *
     * @param size the most elements in one array or keys in one object; 100,000 by default
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxCollectionSize(int size) {
      this.maxCollectionSize = (int) positive(size, "maxCollectionSize");
      return this;
    }

    /** {@return a reader and writer with these settings} */
    public FactSheetJson build() {
      return new FactSheetJson(this);
    }

    private static long positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return value;
    }
  }
}
