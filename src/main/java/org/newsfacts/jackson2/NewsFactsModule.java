package org.newsfacts.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;

/**
 * The newsfacts module for Jackson 2 databind: every type of the model (the sheet, each entity,
 * each value and enum) written and read by an {@code ObjectMapper} in exactly the library's
 * canonical format, with the library's strictness, on its own or inside the caller's classes.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // found by ServiceLoader
 * // or: new ObjectMapper().registerModule(new NewsFactsModule());
 *
 * String json = mapper.writeValueAsString(new Envelope("r-1", sheet, sheet.claims()));
 * Envelope back = mapper.readValue(json, Envelope.class);
 * Claim claim = mapper.readValue(claimJson, Claim.class);
 * }</pre>
 *
 * <p>Each value is written by the library's own writer through the mapper's generator, and read by
 * the library's own reader from the mapper's parser, in one pass. A value that is not valid is an
 * {@link InvalidFactsException}, a {@code JsonMappingException} that carries every
 * {@link Violation} with its rule, and whose path and location are those of the caller's document.
 *
 * <p>Output: with the mapper's default settings the bytes are those of
 * {@code FactSheetJson.builder().indent(false)}, without its final newline; indented with
 * {@link #prettyPrinter()} ({@code mapper.writer(NewsFactsModule.prettyPrinter())}), they equal
 * {@link FactSheetJson#strict()}'s. Through a tree, enable
 * {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} to keep amounts with more than 15
 * significant digits exact. Tested with Jackson 2.22; it needs 2.16 or later.
 */
public final class NewsFactsModule extends Module {
  private static final Bridge.Codec<FactSheetJson> CODEC = Bridge.codec();
  private static final Version VERSION = VersionUtil.parseVersion(
      NewsFactsModule.class.getPackage().getImplementationVersion(), "org.newsfacts", "newsfacts");

  private final FactSheetJson json;

  /** Creates the module with the library's strict reading: {@link FactSheetJson#strict()}. */
  public NewsFactsModule() {
    this(FactSheetJson.strict());
  }

  /**
   * Creates the module that reads with the settings of a reader of the library: whether unknown
   * properties are allowed, and the most elements of an array. The other limits are those of the
   * mapper's parser.
   *
   * @param json the reader whose settings to use
   */
  public NewsFactsModule(FactSheetJson json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * {@return a new pretty printer that lays out JSON as the library does: two spaces, {@code "key":
   * value}} For {@code mapper.writer(NewsFactsModule.prettyPrinter())}.
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** {@return {@code "newsfacts"}} */
  @Override
  public String getModuleName() {
    return "newsfacts";
  }

  /** {@return the library's version, from its jar's manifest} */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Registers a serializer and a deserializer for every type of the model, and for map keys of
   * the types written as strings.
   *
   * @param context the mapper's setup
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    for (Class<?> type : Bridge.<Violation, Rule>model().types()) {
      add(serializers, deserializers, keySerializers, keyDeserializers, type);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addKeySerializers(keySerializers);
    context.addKeyDeserializers(keyDeserializers);
  }

  private <T> void add(SimpleSerializers serializers, SimpleDeserializers deserializers,
      SimpleSerializers keySerializers, SimpleKeyDeserializers keyDeserializers, Class<T> type) {
    boolean object = CODEC.isObject(type);
    serializers.addSerializer(type, new Writer<>(type, object));
    deserializers.addDeserializer(type, new Reader<>(type, json));
    keySerializers.addSerializer(type, new KeyWriter<>(type, object));
    if (!object) {
      keyDeserializers.addDeserializer(type, new KeyReader(type));
    }
  }

  /** Writes a value with the library's writer through the mapper's generator. */
  private static final class Writer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final boolean object;

    Writer(Class<T> type, boolean object) {
      this.type = type;
      this.object = object;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      try {
        CODEC.write(new Jackson2Output(generator), value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /**
     * With a type id, for mappers with default typing (a cache's): the id names the public type
     * (org.newsfacts.Claim), which this module reads; an object's id is its first property.
     */
    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializerProvider provider,
        TypeSerializer types) throws IOException {
      WritableTypeId id = types.writeTypePrefix(generator,
          types.typeId(value, type, object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      try {
        if (object) {
          CODEC.writeMembers(new Jackson2Output(generator), value);
        } else {
          CODEC.write(new Jackson2Output(generator), value);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      types.writeTypeSuffix(generator, id);
    }
  }

  /** Reads a value with the library's reader from the mapper's parser. */
  private static final class Reader<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final FactSheetJson json;

    Reader(Class<T> type, FactSheetJson json) {
      this.type = type;
      this.json = json;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      try {
        return CODEC.read(json, new Jackson2Tokens(parser), type);
      } catch (JsonReadException e) {
        throw new InvalidFactsException(parser, type, start, e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** Writes a map key: a value written as a string is its string; an object cannot be a key. */
  private static final class KeyWriter<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final boolean object;

    KeyWriter(Class<T> type, boolean object) {
      this.type = type;
      this.object = object;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      if (object) {
        throw JsonMappingException.from(generator, type.getName().replace('$', '.') + " is written as a"
            + " JSON object, which cannot be a key of a JSON object: key the map by the value's id or text");
      }
      generator.writeFieldName(CODEC.key(value));
    }
  }

  /** Reads a map key of a type written as a string. */
  private static final class KeyReader extends KeyDeserializer {
    private final Class<?> type;

    KeyReader(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return CODEC.fromKey(type, key);
      } catch (RuntimeException e) {
        throw context.weirdKeyException(type, key, e.getMessage());
      }
    }
  }
}
