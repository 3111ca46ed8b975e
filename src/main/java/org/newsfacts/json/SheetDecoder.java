package org.newsfacts.json;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsfacts.Claim;
import org.newsfacts.CountryCode;
import org.newsfacts.Evidence;
import org.newsfacts.ExternalId;
import org.newsfacts.FactSheet;
import org.newsfacts.LanguageTag;
import org.newsfacts.Meeting;
import org.newsfacts.Modality;
import org.newsfacts.Ordinal;
import org.newsfacts.PartialDate;
import org.newsfacts.Participant;
import org.newsfacts.Place;
import org.newsfacts.Quantity;
import org.newsfacts.Role;
import org.newsfacts.Source;
import org.newsfacts.SpeechAct;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.Topic;
import org.newsfacts.Translation;
import org.newsfacts.Unit;
import org.newsfacts.ValidationException;
import org.newsfacts.Violation;

/**
 * Maps a document's {@link Node}s to a {@link FactSheet}, collecting every violation with its path
 * and position: wrong types, nulls, unknown properties, invalid values, then the sheet's own rules.
 * A value whose decoding failed is not reported a second time as missing.
 */
final class SheetDecoder {
  private final boolean allowUnknownProperties;
  private final List<Violation> found = new ArrayList<>();
  /** Paths whose value could not be decoded; violations at or below them are not repeated. */
  private final Set<String> failed = new HashSet<>();

  private SheetDecoder(boolean allowUnknownProperties) {
    this.allowUnknownProperties = allowUnknownProperties;
  }

  /**
   * Decodes a document's tree into a sheet.
   *
   * @throws JsonReadException with every violation, if the document is not a valid sheet
   */
  static FactSheet decode(Node root, boolean allowUnknownProperties) {
    SheetDecoder decoder = new SheetDecoder(allowUnknownProperties);
    FactSheet sheet = decoder.sheet(root);
    if (!decoder.found.isEmpty() || sheet == null) {
      throw new JsonReadException(decoder.found, null);
    }
    return sheet;
  }

  private FactSheet sheet(Node root) {
    Obj o = object(root, JsonPath.ROOT, SHEET);
    if (o == null) {
      return null;
    }
    Integer version = o.integer("formatVersion", 0, Integer.MAX_VALUE);
    if (version == null) {
      if (!o.has("formatVersion")) {
        o.report("formatVersion", "required", "formatVersion is required: this reader reads version "
            + FactSheetJson.FORMAT_VERSION);
      }
      return null;
    }
    if (version != FactSheetJson.FORMAT_VERSION) {
      o.report("formatVersion", "json.format-version", "this reader reads format version "
          + FactSheetJson.FORMAT_VERSION + ", not " + version);
      return null;
    }
    FactSheet.Builder b = FactSheet.builder()
        .source(o.object("source", this::source))
        .addAllParticipants(o.list("participants", this::participant))
        .addAllMeetings(o.list("meetings", this::meeting))
        .addAllStatements(o.list("statements", this::statement))
        .addAllClaims(o.list("claims", this::claim));
    // The whole-sheet rules need every part: run on a partial sheet, they would only report the
    // echoes (unresolved references) of what already failed.
    return failed.isEmpty() ? build(o, b::build) : null;
  }

  private Source source(Node node, JsonPath path) {
    Obj o = object(node, path, SOURCE);
    if (o == null) {
      return null;
    }
    Source.Builder b = Source.builder()
        .headline(o.string("headline"))
        .language(o.scalar("language", LanguageTag::of))
        .publisher(o.string("publisher"))
        .url(o.scalar("url", SheetDecoder::uri))
        .published(o.scalar("published", PartialDate::parse))
        .text(o.string("text"));
    return build(o, b::build);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new ValidationException("URI", List.of(Violation.of("", "url.invalid",
          "'" + text + "' is not a URI: " + e.getReason())));
    }
  }

  private Participant participant(Node node, JsonPath path) {
    Obj o = object(node, path, PARTICIPANT);
    if (o == null) {
      return null;
    }
    Participant.Builder b = Participant.builder()
        .id(o.string("id"))
        .kind(o.enumeration("kind", Participant.Kind.class))
        .name(o.string("name"))
        .addAllRoles(o.list("roles", this::role))
        .country(o.scalar("country", CountryCode::of))
        .addAllMembers(o.list("members", this::string))
        .addAllExternalIds(o.list("externalIds", this::externalId))
        .addAllEvidence(o.list("evidence", this::evidence));
    Integer count = o.integer("statedCount", 0, Integer.MAX_VALUE);
    if (count != null) {
      b.statedCount(count);
    }
    return build(o, b::build);
  }

  private Role role(Node node, JsonPath path) {
    Obj o = object(node, path, ROLE);
    if (o == null) {
      return null;
    }
    String title = o.string("title");
    String of = o.string("of");
    return build(o, () -> Role.of(title).withOf(of));
  }

  private ExternalId externalId(Node node, JsonPath path) {
    Obj o = object(node, path, EXTERNAL_ID);
    if (o == null) {
      return null;
    }
    String scheme = o.string("scheme");
    String value = o.string("value");
    return build(o, () -> ExternalId.of(scheme, value));
  }

  private Meeting meeting(Node node, JsonPath path) {
    Obj o = object(node, path, MEETING);
    if (o == null) {
      return null;
    }
    Meeting.Builder b = Meeting.builder()
        .id(o.string("id"))
        .name(o.string("name"))
        .ordinal(o.object("ordinal", this::ordinal))
        .date(o.scalar("date", PartialDate::parse))
        .place(o.object("place", this::place))
        .addAllParticipants(o.list("participants", this::string))
        .addAllTopics(o.list("topics", this::topic))
        .addAllEvidence(o.list("evidence", this::evidence));
    Meeting.Mode mode = o.enumeration("mode", Meeting.Mode.class);
    if (mode != null) {
      b.mode(mode);
    }
    return build(o, b::build);
  }

  private Ordinal ordinal(Node node, JsonPath path) {
    Obj o = object(node, path, ORDINAL);
    if (o == null) {
      return null;
    }
    Integer number = o.integer("number", Integer.MIN_VALUE, Integer.MAX_VALUE);
    String series = o.string("series");
    if (number == null && !o.has("number")) {
      o.report("number", "required", "number is required");
    }
    return number == null ? null : build(o, () -> Ordinal.of(number, series));
  }

  private Place place(Node node, JsonPath path) {
    Obj o = object(node, path, PLACE);
    if (o == null) {
      return null;
    }
    String name = o.string("name");
    CountryCode country = o.scalar("country", CountryCode::of);
    return build(o, () -> Place.of(name).withCountry(country));
  }

  private Topic topic(Node node, JsonPath path) {
    Obj o = object(node, path, TOPIC);
    if (o == null) {
      return null;
    }
    String label = o.string("label");
    List<Evidence> evidence = o.list("evidence", this::evidence);
    return build(o, () -> Topic.of(label, evidence.toArray(new Evidence[0])));
  }

  private Statement statement(Node node, JsonPath path) {
    Obj o = object(node, path, STATEMENT);
    if (o == null) {
      return null;
    }
    Statement.Builder b = Statement.builder()
        .id(o.string("id"))
        .speaker(o.string("speaker"))
        .speech(o.enumeration("speech", SpeechMode.class))
        .act(o.enumeration("act", SpeechAct.class))
        .text(o.string("text"))
        .addAllTranslations(o.list("translations", this::translation))
        .channel(o.string("channel"))
        .reportedBy(o.string("reportedBy"))
        .occasion(o.string("occasion"))
        .addAllEvidence(o.list("evidence", this::evidence));
    return build(o, b::build);
  }

  private Translation translation(Node node, JsonPath path) {
    Obj o = object(node, path, TRANSLATION);
    if (o == null) {
      return null;
    }
    LanguageTag language = o.scalar("language", LanguageTag::of);
    String text = o.string("text");
    return build(o, () -> Translation.of(language, text));
  }

  private Claim claim(Node node, JsonPath path) {
    Obj o = object(node, path, CLAIM);
    if (o == null) {
      return null;
    }
    Claim.Builder b = Claim.builder()
        .id(o.string("id"))
        .holder(o.string("holder"))
        .subject(o.object("subject", this::term))
        .predicate(o.string("predicate"))
        .value(o.object("value", this::term))
        .time(o.scalar("time", PartialDate::parse))
        .modality(o.enumeration("modality", Modality.class))
        .addAllEvidence(o.list("evidence", this::evidence));
    return build(o, b::build);
  }

  private Term term(Node node, JsonPath path) {
    Obj o = object(node, path, TERM);
    if (o == null) {
      return null;
    }
    int kinds = (o.has("text") ? 1 : 0) + (o.has("entity") ? 1 : 0) + (o.has("quantity") ? 1 : 0)
        + (o.has("date") ? 1 : 0);
    if (kinds != 1) {
      o.report("", "json.type", "a term has exactly one of text, entity, quantity or date, not "
          + kinds);
      return null;
    }
    if (o.has("text")) {
      String text = o.string("text");
      return text == null ? null : build(o, () -> Term.text(text));
    }
    if (o.has("entity")) {
      String id = o.string("entity");
      return id == null ? null : build(o, () -> Term.entity(id));
    }
    if (o.has("quantity")) {
      Quantity quantity = o.object("quantity", this::quantity);
      return quantity == null ? null : Term.quantity(quantity);
    }
    PartialDate date = o.scalar("date", PartialDate::parse);
    return date == null ? null : Term.date(date);
  }

  private Quantity quantity(Node node, JsonPath path) {
    Obj o = object(node, path, QUANTITY);
    if (o == null) {
      return null;
    }
    String amount = o.string("amount");
    Unit unit = o.scalar("unit", Unit::parse);
    if (amount == null && !o.has("amount")) {
      o.report("amount", "required", "amount is required");
      return null;
    }
    return amount == null ? null : build(o, () -> Quantity.of(amount, unit));
  }

  private Evidence evidence(Node node, JsonPath path) {
    Obj o = object(node, path, EVIDENCE);
    if (o == null) {
      return null;
    }
    Integer start = o.requiredInteger("start");
    Integer end = o.requiredInteger("end");
    String text = o.string("text");
    return start == null || end == null ? null : build(o, () -> Evidence.of(start, end, text));
  }

  private String string(Node node, JsonPath path) {
    if (node.type != Node.Type.STRING) {
      mismatch(node, path, Node.Type.STRING);
      return null;
    }
    return node.text;
  }

  // ---------------------------------------------------------------------------------------------

  private <T> T build(Obj o, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        Violation full = v.under(o.path.toString());
        if (!isFailed(full.path())) {
          Node at = locate(o.node, v.path());
          found.add(full.locatedAt(at.line, at.column));
        }
      }
      failed.add(o.path.toString());
      return null;
    }
  }

  /** {@return whether the path, or a path enclosing it, could not be decoded} */
  private boolean isFailed(String path) {
    if (failed.contains(path)) {
      return true;
    }
    for (int i = path.length() - 1; i > 0; i--) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && failed.contains(path.substring(0, i))) {
        return true;
      }
    }
    return failed.contains("");
  }

  /** {@return the node at a relative path such as {@code evidence[0].end}, or the nearest above it} */
  private static Node locate(Node node, String path) {
    Node at = node;
    for (String step : path.split("\\.|(?=\\[)")) {
      Node next = null;
      if (step.startsWith("[") && at.type == Node.Type.ARRAY) {
        int index = Integer.parseInt(step.substring(1, step.length() - 1));
        next = index < at.items.size() ? at.items.get(index) : null;
      } else if (at.type == Node.Type.OBJECT) {
        next = at.fields.get(step);
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  private Obj object(Node node, JsonPath path, Known known) {
    if (node.type != Node.Type.OBJECT) {
      mismatch(node, path, Node.Type.OBJECT);
      return null;
    }
    Obj o = new Obj(node, path);
    if (!allowUnknownProperties) {
      for (int i = 0; i < node.fields.size(); i++) {
        String name = node.fields.name(i);
        if (Fields.indexOf(known.names, name) < 0) {
          Node at = node.fields.value(i);
          found.add(Violation.at(join(path.toString(), name), "json.unknown-property", "'" + name
              + "' is not a property here; known are " + known.list, at.line, at.column));
        }
      }
    }
    return o;
  }

  /** The property names of one type of object. */
  private static final class Known {
    final String[] names;
    final String list;

    Known(String... names) {
      this.names = names;
      this.list = String.join(", ", names);
    }
  }

  private static final Known SHEET = new Known("formatVersion", "source", "participants", "meetings",
      "statements", "claims");
  private static final Known SOURCE = new Known("headline", "language", "publisher", "url", "published",
      "text");
  private static final Known PARTICIPANT = new Known("id", "kind", "name", "roles", "country", "members",
      "statedCount", "externalIds", "evidence");
  private static final Known ROLE = new Known("title", "of");
  private static final Known EXTERNAL_ID = new Known("scheme", "value");
  private static final Known MEETING = new Known("id", "name", "ordinal", "date", "place", "mode",
      "participants", "topics", "evidence");
  private static final Known ORDINAL = new Known("number", "series");
  private static final Known PLACE = new Known("name", "country");
  private static final Known TOPIC = new Known("label", "evidence");
  private static final Known STATEMENT = new Known("id", "speaker", "speech", "act", "text",
      "translations", "channel", "reportedBy", "occasion", "evidence");
  private static final Known TRANSLATION = new Known("language", "text");
  private static final Known CLAIM = new Known("id", "holder", "subject", "predicate", "value", "time",
      "modality", "evidence");
  private static final Known TERM = new Known("text", "entity", "quantity", "date");
  private static final Known QUANTITY = new Known("amount", "unit");
  private static final Known EVIDENCE = new Known("start", "end", "text");

  static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private void mismatch(Node node, JsonPath path, Node.Type expected) {
    mismatch(node, path.toString(), expected);
  }

  private void mismatch(Node node, String path, Node.Type expected) {
    String rule = node.type == Node.Type.NULL ? "json.null" : "json.type";
    String message = node.type == Node.Type.NULL
        ? "null is not allowed: leave an absent value out"
        : "expected " + expected.description + ", found " + node.type.description;
    found.add(Violation.at(path, rule, message, node.line, node.column));
    failed.add(path);
  }

  static String wireName(Enum<?> value) {
    return WireNames.of(value.getDeclaringClass())[value.ordinal()];
  }

  /** One JSON object being decoded: its properties, each read once with its own path. */
  private final class Obj {
    final Node node;
    final JsonPath path;

    Obj(Node node, JsonPath path) {
      this.node = node;
      this.path = path;
    }

    String pathOf(String name) {
      return join(path.toString(), name);
    }

    boolean has(String name) {
      return node.fields.containsKey(name);
    }

    void report(String name, String rule, String message) {
      Node field = node.fields.get(name);
      Node at = field != null ? field : node;
      String atPath = name.isEmpty() ? path.toString() : pathOf(name);
      found.add(Violation.at(atPath, rule, message, at.line, at.column));
      failed.add(atPath);
    }

    /** {@return the property's value, or {@code null} if absent or of another type (reported)} */
    Node get(String name, Node.Type type) {
      Node value = node.fields.get(name);
      if (value == null) {
        return null;
      }
      if (value.type != type) {
        mismatch(value, pathOf(name), type);
        return null;
      }
      return value;
    }

    String string(String name) {
      Node value = get(name, Node.Type.STRING);
      return value == null ? null : value.text;
    }

    <T> T scalar(String name, Function<String, T> parse) {
      String text = string(name);
      if (text == null) {
        return null;
      }
      try {
        return parse.apply(text);
      } catch (ValidationException e) {
        Node at = node.fields.get(name);
        for (Violation v : e.violations()) {
          found.add(v.under(pathOf(name)).locatedAt(at.line, at.column));
        }
        failed.add(pathOf(name));
        return null;
      }
    }

    <E extends Enum<E>> E enumeration(String name, Class<E> type) {
      String text = string(name);
      if (text == null) {
        return null;
      }
      E constant = WireNames.constant(type, text);
      if (constant == null) {
        report(name, "json.enum", "'" + text + "' is not one of " + String.join(", ", WireNames.of(type)));
      }
      return constant;
    }

    Integer integer(String name, int min, int max) {
      Node value = get(name, Node.Type.NUMBER);
      if (value == null) {
        return null;
      }
      if (value.text == null) {
        if (value.integer >= min && value.integer <= max) {
          return value.integer;
        }
        report(name, "json.type", "expected a whole number from " + min + " to " + max + ", found "
            + value.integer);
        return null;
      }
      String digits = value.text;
      if (digits.length() <= 9 && isPlainInteger(digits)) {
        int number = Integer.parseInt(digits);
        if (number >= min && number <= max) {
          return number;
        }
      } else if (isPlainInteger(digits)) {
        // The parser bounds the length of a number (32 by default), so this cannot be slow.
        BigInteger number = new BigInteger(value.text);
        if (number.compareTo(BigInteger.valueOf(min)) >= 0
            && number.compareTo(BigInteger.valueOf(max)) <= 0) {
          return number.intValue();
        }
      }
      report(name, "json.type", "expected a whole number from " + min + " to " + max + ", found "
          + value.text);
      return null;
    }

    private boolean isPlainInteger(String text) {
      int start = text.startsWith("-") ? 1 : 0;
      if (text.length() == start || text.charAt(start) == '0' && text.length() > start + 1) {
        return false;
      }
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    Integer requiredInteger(String name) {
      if (!has(name)) {
        report(name, "required", name + " is required");
        return null;
      }
      return integer(name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    <T> T object(String name, BiFunction<Node, JsonPath, T> decode) {
      Node value = node.fields.get(name);
      if (value == null) {
        return null;
      }
      T decoded = decode.apply(value, path.child(name));
      if (decoded == null) {
        failed.add(pathOf(name));
      }
      return decoded;
    }

    /** {@return the elements, with {@code null} where one failed, so that indexes keep their paths} */
    <T> List<T> list(String name, BiFunction<Node, JsonPath, T> decode) {
      Node value = get(name, Node.Type.ARRAY);
      if (value == null) {
        return List.of();
      }
      JsonPath listPath = path.child(name);
      List<T> elements = new ArrayList<>(value.items.size());
      for (int i = 0; i < value.items.size(); i++) {
        JsonPath elementPath = listPath.element(i);
        T element = decode.apply(value.items.get(i), elementPath);
        if (element == null) {
          failed.add(elementPath.toString());
        }
        elements.add(element);
      }
      return elements;
    }
  }
}
