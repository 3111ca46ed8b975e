package org.newsfacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Jackson3Output;
import org.newsfacts.internal.Jackson3Tokens;
import org.newsfacts.internal.JsonOutput;
import org.newsfacts.internal.Output;
import org.newsfacts.internal.Tokens;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes {@link FactSheet}s, and every other type of the model, as JSON: the one entry
 * point, configured once, thread-safe and meant to be shared.
 *
 * <pre>{@code
 * FactSheetJson json = FactSheetJson.strict();
 * FactSheet sheet = json.read(Path.of("sheet.json"));      // JsonReadException if anything is wrong
 * String text = json.write(sheet);                          // canonical: equal sheets, equal bytes
 * Claim claim = json.read("{\"id\": \"c-1\", ...}", Claim.class);   // any type of the model
 * String date = json.write(PartialDate.parse("--01-17"));    // "\"--01-17\"\n"
 * List<Violation> problems = json.check(Path.of("other.json"));   // every problem, no exception
 * }</pre>
 *
 * <p><b>Reading is strict.</b> A sheet's document is one JSON object in UTF-8 with
 * {@code formatVersion} {@value #FORMAT_VERSION} at its root; a single value of another type is its
 * JSON alone. Unknown properties (unless allowed with
 * {@link Builder#allowUnknownProperties(boolean)}), duplicate keys, trailing content, comments,
 * {@code null}s, values of the wrong type (no coercion of {@code "1"} to {@code 1} or back),
 * unpaired surrogates and documents beyond the {@linkplain Builder limits} are errors. Every
 * violation is reported at once, each with the path of the bad value and its line and column, in
 * one {@link JsonReadException}; a valid document is then checked as a value of its type (a sheet
 * with the rules of the whole sheet), whose violations are reported the same way. Nothing else
 * escapes: no Jackson exception and no {@code NullPointerException}. A file or stream that cannot
 * be read is an {@link UncheckedIOException}.
 *
 * <p><b>Writing is canonical.</b> UTF-8, two-space indentation (or one line, with
 * {@link Builder#indent(boolean)} off), properties in a fixed order, absent values and empty lists
 * left out, a newline at the end. Equal values give identical bytes, and reading what was written
 * gives an equal value.
 *
 * <p><b>Inside larger documents</b>, {@link #read(JsonParser, Class)} reads a value where a Jackson
 * parser stands and {@link #write(Object, JsonGenerator)} writes one with a Jackson generator; the
 * modules in {@code org.newsfacts.jackson3} and {@code org.newsfacts.jackson2} do the same for
 * Jackson databind.
 *
 * <p>Default limits: 64 MiB per document, nesting depth 32, 16 Mi characters per string, 32
 * characters per number, 100,000 elements per array or keys per object.
 */
public final class FactSheetJson {
  /** The version of the JSON format this library reads and writes. */
  public static final int FORMAT_VERSION = 2;
  /** The property at the root of a sheet's document that holds its format version. */
  static final String VERSION_PROPERTY = "formatVersion";
  /** The largest document the reader can hold: the largest byte array the JVM makes. */
  private static final long MAX_DOCUMENT = Integer.MAX_VALUE - 8;

  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();
  private static final Form<FactSheet> SHEET = MODEL.form(FactSheet.class);
  private static final FactSheetJson STRICT = builder().build();

  private final JsonFactory factory;
  private final boolean allowUnknownProperties;
  private final boolean indent;
  private final int maxCollectionSize;
  private final long maxDocumentBytes;
  private final int parallelism;

  private FactSheetJson(Builder builder) {
    this.parallelism = builder.parallelism;
    this.allowUnknownProperties = builder.allowUnknownProperties;
    this.indent = builder.indent;
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
        // Names are not interned: a hostile document of a hundred thousand distinct keys would
        // cost as many String.intern calls. The parser's canonical instances are found by
        // identity once seen (Shape.indexOf).
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
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

  /** {@return the shared reader and writer with strict reading, indented writing and the default limits} */
  public static FactSheetJson strict() {
    return STRICT;
  }

  /** {@return a builder for a reader and writer with other settings} */
  public static Builder builder() {
    return new Builder();
  }

  // --- reading sheets ----------------------------------------------------------------------------

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param json the document
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   */
  public FactSheet read(String json) {
    return read(json, FactSheet.class);
  }

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param json the document, in UTF-8
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   */
  public FactSheet read(byte[] json) {
    return read(json, FactSheet.class);
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
    return read(json, FactSheet.class);
  }

  /**
   * Reads one document from a reader, which is left open, whole (at most
   * {@link Builder#maxDocumentBytes(long)} characters), then as {@link #read(String)}.
   *
   * @param json the document
   * @return the sheet
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   * @throws UncheckedIOException if the reader cannot be read
   */
  public FactSheet read(Reader json) {
    return read(json, FactSheet.class);
  }

  /**
   * {@return the sheet read from a JSON document}
   *
   * @param file a file holding the document, in UTF-8
   * @throws JsonReadException with every violation, if the document is not a valid fact sheet
   * @throws UncheckedIOException if the file cannot be read
   */
  public FactSheet read(Path file) {
    return read(file, FactSheet.class);
  }

  // --- reading any type --------------------------------------------------------------------------

  /**
   * {@return a value of a type of the model read from its JSON: a claim, a participant, a partial
   * date, a sheet}
   *
   * @param json the JSON of one value
   * @param type the type, such as {@code Claim.class} or {@code PartialDate.class}
   * @param <T> the type
   * @throws JsonReadException with every violation, if the JSON is not a valid value of the type
   * @throws IllegalArgumentException if the type is not one of the model's
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Form<T> form = form(type);
    if (json.length() > maxDocumentBytes) {
      throw tooLong("characters");
    }
    if (json.startsWith("\uFEFF")) {
      throw byteOrderMark();
    }
    return parse(form, factory -> factory.createParser(ObjectReadContext.empty(), json));
  }

  /**
   * {@return a value of a type of the model read from its JSON in UTF-8}
   *
   * @param json the JSON of one value, in UTF-8
   * @param type the type, such as {@code Claim.class}
   * @param <T> the type
   * @throws JsonReadException with every violation, if the JSON is not a valid value of the type
   * @throws IllegalArgumentException if the type is not one of the model's
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(json, 0, json.length, form(type));
  }

  /**
   * {@return a value of a type of the model read from a file of its JSON in UTF-8}
   *
   * @param file the file
   * @param type the type, such as {@code Claim.class}
   * @param <T> the type
   * @throws JsonReadException with every violation, if the JSON is not a valid value of the type
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return a value of a type of the model read from a stream of its JSON in UTF-8, which is left open}
   *
   * @param json the stream
   * @param type the type, such as {@code Claim.class}
   * @param <T> the type
   * @throws JsonReadException with every violation, if the JSON is not a valid value of the type
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Form<T> form = form(type);
    byte[] document;
    boolean more;
    try {
      document = json.readNBytes((int) Math.min(maxDocumentBytes + 1, MAX_DOCUMENT));
      // at the largest limit, the byte past it cannot be held: look whether one comes
      more = document.length == MAX_DOCUMENT && json.read() >= 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
    }
    if (document.length > maxDocumentBytes || more) {
      throw tooLong("bytes");
    }
    return read(document, 0, document.length, form);
  }

  /**
   * {@return a value of a type of the model read from a reader of its JSON, which is left open}
   *
   * @param json the reader
   * @param type the type, such as {@code Claim.class}
   * @param <T> the type
   * @throws JsonReadException with every violation, if the JSON is not a valid value of the type
   * @throws UncheckedIOException if the reader cannot be read
   */
  public <T> T read(Reader json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    form(type);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = json.read(buffer); n >= 0; n = json.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > maxDocumentBytes) {
          throw tooLong("characters");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
    }
    return read(text.toString(), type);
  }

  /**
   * Reads a value of a type of the model where a Jackson parser stands, inside a larger document:
   * at its current token, or at its next if it has none. The parser is left on the value's last
   * token, to go on with the rest of the document. The value is checked as strictly as a document
   * of its own, except for the limits, which are the parser's.
   *
   * <pre>{@code
   * try (JsonParser parser = factory.createParser(envelope)) {
   *   parser.nextToken();                       // the envelope's start
   *   parser.nextToken();                       // "sheet"
   *   parser.nextToken();                       // the sheet's start
   *   FactSheet sheet = json.read(parser, FactSheet.class);
   * }
   * }</pre>
   *
   * @param parser a parser standing on the first token of the value
   * @param type the type, such as {@code FactSheet.class}
   * @param <T> the type
   * @return the value
   * @throws JsonReadException with every violation, if the value is not valid; paths are relative
   *     to the value, lines and columns those of the larger document
   */
  public <T> T read(JsonParser parser, Class<T> type) {
    Objects.requireNonNull(parser, "parser");
    return read(new Jackson3Tokens(parser), type);
  }

  /** {@return a value read where the tokens of any parser stand, inside a larger document} */
  <T> T read(Tokens tokens, Class<T> type) {
    return Decoder.value(tokens, form(type), allowUnknownProperties, maxCollectionSize);
  }

  /**
   * Everything that is wrong with a sheet's document, without throwing: for showing a user every
   * problem.
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

  /**
   * {@return every violation of the JSON of a value of a type of the model; empty if it is valid}
   *
   * @param json the JSON of one value
   * @param type the type, such as {@code Claim.class}
   */
  public List<Violation> check(String json, Class<?> type) {
    return violations(() -> read(json, type));
  }

  private static List<Violation> violations(Runnable read) {
    try {
      read.run();
      return List.of();
    } catch (JsonReadException e) {
      return e.violations();
    }
  }

  /** Reads the document that stands from {@code offset}, {@code length} bytes long. */
  <T> T read(byte[] json, int offset, int length, Form<T> form) {
    if (length > maxDocumentBytes) {
      throw tooLong("bytes");
    }
    if (startsWithByteOrderMark(json, offset, length)) {
      throw byteOrderMark();
    }
    int end = offset + length;
    int invalid = Utf8.firstInvalid(json, offset, end);
    if (invalid >= 0) {
      int line = 1;
      int lineStart = offset;
      for (int i = offset; i < invalid; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_SYNTAX, String.format(
          "invalid UTF-8: byte 0x%02X at offset %d does not begin a valid sequence", json[invalid],
          invalid - offset), line, invalid - lineStart + 1)), null);
    }
    // No JSON text holds a raw NUL; one among the first four bytes would make the parser take
    // the document for UTF-16 or UTF-32, where JSON exchanged between systems is UTF-8.
    for (int i = 0; i < Math.min(4, length); i++) {
      if (json[offset + i] == 0) {
        throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_SYNTAX, "a NUL byte at offset " + i
            + ": the document is not JSON in UTF-8 (UTF-16 and UTF-32 are not read)", 1, i + 1)), null);
      }
    }
    return parse(form, factory -> factory.createParser(ObjectReadContext.empty(), json, offset, length));
  }

  FactSheet read(byte[] json, int offset, int length) {
    return read(json, offset, length, SHEET);
  }

  private JsonReadException tooLong(String unit) {
    return new JsonReadException(List.of(MODEL.violation("", Rule.JSON_LIMIT,
        "the document is longer than " + maxDocumentBytes + " " + unit, 0, 0)), null);
  }

  private static boolean startsWithByteOrderMark(byte[] bytes, int offset, int length) {
    return length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF;
  }

  private static JsonReadException byteOrderMark() {
    return new JsonReadException(List.of(MODEL.violation("", Rule.JSON_SYNTAX, "the document starts"
        + " with a byte order mark (U+FEFF), which JSON text must not have", 1, 1)), null);
  }

  private <T> T parse(Form<T> form, Function<JsonFactory, JsonParser> open) {
    try (JsonParser parser = open.apply(factory)) {
      return Decoder.document(new Jackson3Tokens(parser), form, allowUnknownProperties, maxCollectionSize);
    } catch (StreamConstraintsException e) {
      // the parser checks the length of a document it is given whole before the first token
      throw new JsonReadException(List.of(MODEL.violation("", Rule.JSON_LIMIT, e.getOriginalMessage(),
          0, 0)), null);
    }
  }

  /** {@return the form of a type of the model} */
  private static <T> Form<T> form(Class<T> type) {
    Objects.requireNonNull(type, "type");
    Form<T> form = MODEL.form(type);
    if (form == null) {
      throw new IllegalArgumentException(type.getName() + " is not a type of the newsfacts model");
    }
    return form;
  }

  // --- JSON Lines --------------------------------------------------------------------------------

  /**
   * Reads a JSON Lines stream, one fact sheet per line, lazily: memory stays bounded by the longest
   * line allowed ({@link Builder#maxDocumentBytes(long)}), whatever the size of the stream. Lines
   * are decoded on {@link Builder#parallelism(int) every core} (a few batches of lines read ahead,
   * decoded in {@link ForkJoinPool#commonPool()} and by the consuming thread) and come out in
   * order: the returned stream itself is sequential, and needs no {@code parallel()}. The
   * first bad line ends the stream with a {@link JsonReadException} whose violations carry the
   * line's number as their line. The input stream is not closed; a failure to read it is an
   * {@link UncheckedIOException} when the stream is consumed.
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
    return StreamSupport.stream(lines(in, null), false);
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
    return StreamSupport.stream(lines(in, badLines), false);
  }

  private java.util.Spliterator<FactSheet> lines(InputStream in, Consumer<BadLine> badLines) {
    return parallelism == 1 ? new LineReader(this, in, badLines, maxDocumentBytes)
        : new ParallelLines(this, in, badLines, maxDocumentBytes, ForkJoinPool.commonPool(), parallelism);
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
    if (parallelism > 1) {
      ParallelLines.write(sheets, out, this::line, ForkJoinPool.commonPool(), parallelism);
      return;
    }
    try (JsonGenerator generator = factory.createGenerator(JsonOutput.COMPACT,
        JsonOutput.nonClosing(out), JsonEncoding.UTF8)) {
      Jackson3Output output = new Jackson3Output(generator);
      sheets.forEachOrdered(sheet -> {
        Encoder.write(output, SHEET, Objects.requireNonNull(sheet, "a sheet of the stream"));
        generator.writeRaw('\n');
      });
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the fact sheets", e);
    }
  }

  /** {@return a sheet as one line of JSON Lines, in UTF-8, ending with LF} */
  private byte[] line(FactSheet sheet) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
    try (JsonGenerator generator = factory.createGenerator(JsonOutput.COMPACT, bytes, JsonEncoding.UTF8)) {
      Encoder.write(new Jackson3Output(generator), SHEET, Objects.requireNonNull(sheet, "a sheet of the stream"));
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the fact sheets", e);
    }
    return bytes.toByteArray();
  }

  // --- writing -----------------------------------------------------------------------------------

  /**
   * {@return the canonical JSON text of a sheet or of any other value of the model, ending with a
   * newline}
   *
   * @param value a sheet, claim, participant, partial date, quantity, ...
   * @throws IllegalArgumentException if the value is not of a type of the model
   */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * {@return the canonical JSON of a value of the model, in UTF-8, ending with a newline}
   *
   * @param value a sheet, claim, participant, partial date, quantity, ...
   * @throws IllegalArgumentException if the value is not of a type of the model
   */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    Form<Object> form = formOf(value);
    // Output in segments joined once, instead of a growing array copied on the way.
    ByteArrayBuilder bytes = new ByteArrayBuilder();
    writeDocument(form, value, bytes);
    return bytes.toByteArray();
  }

  /**
   * Writes the canonical JSON of a value of the model to a stream, which is flushed and left open.
   *
   * @param value a sheet, claim, participant, ...
   * @param out where to write, in UTF-8
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    writeDocument(formOf(value), value, JsonOutput.nonClosing(out));
  }

  /**
   * Writes the canonical JSON of a value of the model to a writer, which is flushed and left open.
   *
   * @param value a sheet, claim, participant, ...
   * @param out where to write
   * @throws UncheckedIOException if the writer cannot be written
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    Form<Object> form = formOf(value);
    try (JsonGenerator generator = factory.createGenerator(context(), nonClosing(out))) {
      Encoder.write(new Jackson3Output(generator), form, value);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the value", e);
    }
  }

  /**
   * Writes the canonical JSON of a value of the model to a file, replacing it.
   *
   * @param value a sheet, claim, participant, ...
   * @param file where to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a value of the model with a Jackson generator, inside a larger document: a sheet with
   * its format version, any other value as its JSON alone. The generator's own settings
   * (indentation, ...) apply.
   *
   * @param value a sheet, claim, participant, ...
   * @param generator where to write
   * @throws IllegalArgumentException if the value is not of a type of the model
   */
  public void write(Object value, JsonGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    write(new Jackson3Output(generator), value);
  }

  /** Writes a value of the model to the output of any generator. */
  static void write(Output out, Object value) {
    Objects.requireNonNull(value, "value");
    Encoder.write(out, formOf(value), value);
  }

  /** Writes the members of a value written as an object into an object the caller started. */
  static void writeMembers(Output out, Object value) {
    Objects.requireNonNull(value, "value");
    Encoder.writeMembers(out, formOf(value), value);
  }

  /** {@return the form of a type of the model} */
  static Form<?> formOf(Class<?> type) {
    return form(type);
  }

  private void writeDocument(Form<Object> form, Object value, OutputStream out) {
    try (JsonGenerator generator = factory.createGenerator(context(), out, JsonEncoding.UTF8)) {
      Encoder.write(new Jackson3Output(generator), form, value);
      generator.writeRaw('\n');
    } catch (JacksonException e) {
      throw JsonOutput.writeFailure("the value", e);
    }
  }

  private ObjectWriteContext context() {
    return indent ? JsonOutput.PRETTY : JsonOutput.COMPACT;
  }

  @SuppressWarnings("unchecked")
  private static Form<Object> formOf(Object value) {
    return (Form<Object>) form(value.getClass());
  }

  private static Writer nonClosing(Writer out) {
    return new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** The settings of a {@link FactSheetJson}. */
  public static final class Builder {
    private boolean allowUnknownProperties;
    private boolean indent = true;
    private long maxDocumentBytes = 64L << 20;
    private int maxNestingDepth = 32;
    private int maxStringLength = 16 << 20;
    private int maxNumberLength = 32;
    private int maxCollectionSize = 100_000;
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Sets how many threads read and write JSON Lines: the calling thread and, beyond one, workers
     * of {@link ForkJoinPool#commonPool()} (so at most one more than its parallelism).
     *
     * @param threads 1 to read and write on the calling thread alone; by default the number of
     *     available processors
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1 or more than 256
     */
    public Builder parallelism(int threads) {
      this.parallelism = (int) within(threads, "parallelism", 256);
      return this;
    }

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
     * Whether to write with two spaces of indentation, one property or element a line (the default),
     * or in one line. JSON Lines are always written in one line.
     *
     * @param indent true by default
     * @return this builder
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /**
     * Sets the largest document read.
     *
     * @param bytes the largest document read, in bytes (characters for text input); 64 MiB by
     *     default, at most {@value #MAX_DOCUMENT_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1 or more than the most a JVM array holds
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = within(bytes, "maxDocumentBytes", MAX_DOCUMENT_BYTES);
      return this;
    }

    /** The largest document a reader can hold: the largest byte array of a JVM. */
    public static final long MAX_DOCUMENT_BYTES = MAX_DOCUMENT;

    /**
     * Sets the deepest nesting read.
     *
     * @param depth the deepest nesting of objects and arrays; 32 by default (the format needs 12)
     * @return this builder
     * @throws IllegalArgumentException if it is less than 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) within(depth, "maxNestingDepth", Integer.MAX_VALUE);
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
      this.maxStringLength = (int) within(length, "maxStringLength", Integer.MAX_VALUE);
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
      this.maxNumberLength = (int) within(length, "maxNumberLength", Integer.MAX_VALUE);
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
      this.maxCollectionSize = (int) within(size, "maxCollectionSize", Integer.MAX_VALUE);
      return this;
    }

    /** {@return a reader and writer with these settings} */
    public FactSheetJson build() {
      return new FactSheetJson(this);
    }

    private static long within(long value, String name, long max) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " must be from 1 to " + max + ", not " + value);
      }
      return value;
    }
  }
}
