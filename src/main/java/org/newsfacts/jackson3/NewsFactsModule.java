package org.newsfacts.jackson3;

import java.io.UncheckedIOException;
import java.util.Objects;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Jackson3Output;
import org.newsfacts.internal.Jackson3Tokens;
import org.newsfacts.internal.JsonOutput;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleKeyDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The newsfacts module for Jackson 3 databind: every type of the model (the sheet, each entity,
 * each value and enum) written and read by a {@code JsonMapper} in exactly the library's canonical
 * format, with the library's strictness, on its own or inside the caller's records and beans.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // found by ServiceLoader
 * // or: JsonMapper.builder().addModule(new NewsFactsModule()).build();
 *
 * record Envelope(String requestId, FactSheet sheet, List<Claim> highlights) {}
 * String json = mapper.writeValueAsString(new Envelope("r-1", sheet, sheet.claims()));
 * Envelope back = mapper.readValue(json, Envelope.class);
 * Claim claim = mapper.readValue(claimJson, Claim.class);
 * }</pre>
 *
 * <p>Each value is written by the library's own writer through the mapper's generator, and read by
 * the library's own reader from the mapper's parser, in one pass: no intermediate text or tree. A
 * value that is not valid is an {@link InvalidFactsException}, a {@code DatabindException} that
 * carries every {@link Violation} with its rule, and whose path and location are those of the
 * caller's document. Unknown properties inside the library's values are errors whatever the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}, unless the module is made from a
 * {@link FactSheetJson} that allows them.
 *
 * <p>Output: with the mapper's default settings the bytes are those of
 * {@code FactSheetJson.builder().indent(false)}, without its final newline; indented, they equal
 * {@link FactSheetJson#strict()}'s when the mapper uses {@link #prettyPrinter()}:
 * {@code JsonMapper.builder().defaultPrettyPrinter(NewsFactsModule.prettyPrinter())
 * .enable(SerializationFeature.INDENT_OUTPUT)}.
 *
 * <p>Numbers: the reader reads amounts exactly from the mapper's parser. Through a tree
 * ({@code readTree}, {@code convertValue}), Jackson keeps decimals as {@code double}s unless
 * {@code JsonNodeFeature}/{@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS} is on: enable
 * it for amounts with more than 15 significant digits.
 */
public final class NewsFactsModule extends JacksonModule {
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
   * value}} For {@code JsonMapper.builder().defaultPrettyPrinter(...)}.
   */
  public static PrettyPrinter prettyPrinter() {
    return JsonOutput.prettyPrinter();
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
  private static final class Writer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final boolean object;

    Writer(Class<T> type, boolean object) {
      this.type = type;
      this.object = object;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      CODEC.write(new Jackson3Output(generator), value);
    }

    /**
     * With a type id, for mappers with default typing (a cache's): the id names the public type
     * (org.newsfacts.Claim), which this module reads; an object's id is its first property.
     */
    @Override
    public void serializeWithType(T value, JsonGenerator generator, SerializationContext context,
        TypeSerializer types) {
      WritableTypeId id = types.writeTypePrefix(generator, context,
          types.typeId(value, type, object ? JsonToken.START_OBJECT : JsonToken.VALUE_STRING));
      if (object) {
        CODEC.writeMembers(new Jackson3Output(generator), value);
      } else {
        serialize(value, generator, context);
      }
      types.writeTypeSuffix(generator, context, id);
    }
  }

  /** Reads a value with the library's reader from the mapper's parser. */
  private static final class Reader<T> extends ValueDeserializer<T> {
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
    public T deserialize(JsonParser parser, DeserializationContext context) {
      TokenStreamLocation start = parser.currentTokenLocation();
      try {
        return CODEC.read(json, new Jackson3Tokens(parser), type);
      } catch (JsonReadException e) {
        throw new InvalidFactsException(parser, type, start, e);
      } catch (UncheckedIOException e) {
        throw JacksonIOException.construct(e.getCause(), parser);
      }
    }
  }

  /** Writes a map key: a value written as a string is its string; an object cannot be a key. */
  private static final class KeyWriter<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final boolean object;

    KeyWriter(Class<T> type, boolean object) {
      this.type = type;
      this.object = object;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializationContext context) {
      if (object) {
        throw DatabindException.from(generator, type.getName().replace('$', '.') + " is written as a JSON"
            + " object, which cannot be a key of a JSON object: key the map by the value's id or text");
      }
      generator.writeName(CODEC.key(value));
    }
  }

  /** Reads a map key of a type written as a string. */
  private static final class KeyReader extends KeyDeserializer {
    private final Class<?> type;

    KeyReader(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return CODEC.fromKey(type, key);
      } catch (RuntimeException e) {
        throw context.weirdKeyException(type, key, e.getMessage());
      }
    }
  }
}
