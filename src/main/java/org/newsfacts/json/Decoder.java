package org.newsfacts.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.ValidationException;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;
import org.newsfacts.internal.Capped;
import org.newsfacts.internal.Form;
import org.newsfacts.internal.Property;
import org.newsfacts.internal.Scalar;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Tokens;
import org.newsfacts.internal.Tokens.Token;
import org.newsfacts.internal.Union;

/**
 * Reads a value of a {@link Form} straight from a parser's {@link Tokens}, in one pass, collecting every
 * violation with its path, line and column: wrong types, nulls, unknown properties, duplicate
 * keys, invalid values, then the rules of each object and of the whole. A value whose reading
 * failed is not reported a second time as missing, and the rules of the whole run only when every
 * part was read. Depth, string, number and document length limits are the parser's constraints,
 * so the recursion stays shallow; the size of each object and array is bounded here.
 */
final class Decoder {
  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();
  private static final Form<FactSheet> SHEET = MODEL.form(FactSheet.class);
  private static final String FORMAT_VERSION = FactSheetJson.VERSION_PROPERTY;
  private static final Scalar<Integer> VERSION = Scalar.integer();
  private static final long[] NO_POSITIONS = new long[0];

  private final Tokens parser;
  private final boolean allowUnknownProperties;
  private final int maxCollectionSize;
  /** Every violation found, the first thousand of them kept. */
  private final Capped<Violation> found = new Capped<>();
  /** The path of the value being read: names, or indexes where the name is null. */
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;
  /** The locations of the object, union or array read last, for its parent to keep. */
  private Located located;
  /** Whether the array read last had an element that failed. */
  private boolean elementFailed;
  /**
   * Whether the value may start inside its object, the object's start already read: Jackson's
   * type deserializers hand a value over after the type id, at the next property's name.
   */
  private boolean opened;

  private Decoder(Tokens parser, boolean allowUnknownProperties, int maxCollectionSize) {
    this.parser = parser;
    this.allowUnknownProperties = allowUnknownProperties;
    this.maxCollectionSize = maxCollectionSize;
  }

  /**
   * Reads a whole document: exactly one value of the form, and nothing after it.
   *
   * @throws JsonReadException with every violation, if the document is not a valid value
   */
  static <T> T document(Tokens parser, Form<T> form, boolean allowUnknownProperties, int maxCollectionSize) {
    Decoder decoder = new Decoder(parser, allowUnknownProperties, maxCollectionSize);
    Object value;
    try {
      Token first = parser.next();
      if (first == null) {
        throw decoder.fail("", Rule.JSON_SYNTAX, "the document is empty: a " + noun(form)
            + " is a JSON " + (form instanceof Scalar ? "value" : "object"), 1, 1);
      }
      value = decoder.value(form.resolve(), first);
      if (parser.next() != null) {
        throw decoder.fail("", Rule.JSON_SYNTAX, "there is more content after the end of the document",
            parser.line(), parser.column());
      }
    } catch (Tokens.Failure e) {
      throw decoder.failure(e);
    }
    return decoder.result(value);
  }

  /**
   * Reads one value of the form that starts at the parser's current token, inside a larger
   * document: the parser is left on the value's last token.
   *
   * @throws JsonReadException with every violation, if the value is not valid; paths are relative
   *     to the value, lines and columns those of the larger document
   */
  static <T> T value(Tokens parser, Form<T> form, boolean allowUnknownProperties, int maxCollectionSize) {
    Decoder decoder = new Decoder(parser, allowUnknownProperties, maxCollectionSize);
    Object value;
    try {
      Token first = parser.current();
      if (first == null) {
        first = parser.next();
      }
      decoder.opened = first == Token.NAME || first == Token.END_OBJECT;
      if (first == null) {
        throw decoder.fail("", Rule.JSON_SYNTAX, "the input ended where a " + noun(form) + " was expected",
            1, 1);
      }
      value = decoder.value(form.resolve(), first);
    } catch (Tokens.Failure e) {
      throw decoder.failure(e);
    }
    return decoder.result(value);
  }

  private <T> T result(Object value) {
    if (!found.isEmpty() || value == null) {
      throw new JsonReadException(found.listed(
          message -> MODEL.violation("", Rule.VIOLATIONS_MORE, message, 0, 0)), null);
    }
    @SuppressWarnings("unchecked")
    T read = (T) value;
    return read;
  }

  /** {@return the parser's failure as the exception to throw: an I/O failure is not the document's} */
  private RuntimeException failure(Tokens.Failure e) {
    if (e.kind() == Tokens.Failure.Kind.IO) {
      return new UncheckedIOException(e.getCause() instanceof IOException
          ? (IOException) e.getCause() : new IOException(e.getMessage(), e.getCause()));
    }
    return fail(parser.path(), e.kind() == Tokens.Failure.Kind.LIMIT ? Rule.JSON_LIMIT : Rule.JSON_SYNTAX,
        e.getMessage(), e.line(), e.column());
  }

  private static String noun(Form<?> form) {
    Form<?> resolved = form.resolve();
    return resolved == SHEET ? "fact sheet" : resolved.name() != null ? resolved.name() : "value";
  }

  /** Reads a value of the form at the current token; null when it failed, after reporting why. */
  private Object value(Form<?> form, Token token) {
    located = null;
    if (token == Token.NULL) {
      report(Rule.JSON_NULL, "null is not allowed: leave an absent value out", position());
      return null;
    }
    if (form instanceof Scalar) {
      return scalar((Scalar<?>) form, token);
    }
    if (form instanceof Shape) {
      return object((Shape<?>) form, token);
    }
    return union((Union<?>) form, token);
  }

  private Object scalar(Scalar<?> scalar, Token token) {
    switch (scalar.json()) {
      case STRING:
        if (token != Token.STRING) {
          return mismatch("a string", token);
        }
        String text = parser.string();
        if (!surrogatesPaired(text)) {
          return null;
        }
        if (scalar.isEnumeration()) {
          Object constant = scalar.constant(text);
          if (constant == null) {
            report(Rule.JSON_ENUM, "'" + text + "' is not one of " + String.join(", ", scalar.wireNames()),
                position());
          }
          return constant;
        }
        try {
          return scalar.parse(text);
        } catch (ValidationException e) {
          long at = position();
          String path = path();
          for (Violation v : e.violations()) {
            found.add(MODEL.locatedAt(MODEL.under(v, path), Located.line(at), Located.column(at)));
          }
          return null;
        }
      case INTEGER:
        if (token == Token.INTEGER && parser.isInt()) {
          int number = parser.intValue();
          if (number >= scalar.min() && number <= scalar.max()) {
            return number;
          }
        }
        if (token == Token.INTEGER || token == Token.DECIMAL) {
          report(Rule.JSON_TYPE, "expected a whole number from " + scalar.min() + " to "
              + scalar.max() + ", found " + parser.string(), position());
          return null;
        }
        return mismatch("a whole number", token);
      case NUMBER:
        if (token == Token.INTEGER || token == Token.DECIMAL) {
          // the parser bounds the length of a number (32 characters by default)
          BigDecimal number = parser.decimal();
          return number;
        }
        return mismatch("a number", token);
      default:
        if (token == Token.TRUE || token == Token.FALSE) {
          return token == Token.TRUE;
        }
        return mismatch("true or false", token);
    }
  }

  private Object object(Shape<?> shape, Token token) {
    boolean open = opened;
    opened = false;
    if (token != Token.START_OBJECT && !open) {
      return mismatch("an object", token);
    }
    boolean root = shape == SHEET && depth == 0;
    long self = position();
    int size = shape.size();
    Object[] values = new Object[size];
    long[] at = new long[size];
    Located[] inner = null;
    int mark = found.size();
    Keys keys = new Keys(mark);
    List<String> failed = null;
    long version = 0;
    Object versionNumber = null;
    Violation versionViolation = null;
    for (Token t = open ? token : parser.next(); t != Token.END_OBJECT; t = parser.next()) {
      String name = parser.name();
      Token valueToken = parser.next();
      keys.count();
      int slot = shape.indexOf(name);
      if (slot < 0) {
        if (root && FORMAT_VERSION.equals(name) && version != 0) {
          keys.duplicate(name);
        } else if (root && FORMAT_VERSION.equals(name)) {
          version = position();
          push(name, -1);
          versionNumber = value(VERSION, valueToken);
          pop();
          versionViolation = versionNumber == null ? found.get(found.size() - 1) : null;
        } else {
          keys.unknown(name, shape.namesText());
        }
        continue;
      }
      if (at[slot] != 0) {
        keys.duplicate(name);
        continue;
      }
      at[slot] = position();
      Property<?, ?> property = shape.property(slot);
      push(name, -1);
      Object value = property.isList() ? list(property.form(), valueToken) : value(property.form(), valueToken);
      pop();
      if (located != null) {
        if (inner == null) {
          inner = new Located[size];
        }
        inner[slot] = located;
      }
      if (value == null) {
        failed = add(failed, name);
      } else if (property.isList() && elementFailed) {
        List<?> elements = (List<?>) value;
        for (int e = 0; e < elements.size(); e++) {
          if (elements.get(e) == null) {
            failed = add(failed, name + "[" + e + "]");
          }
        }
      }
      values[slot] = value;
    }
    keys.done();
    if (root && !Integer.valueOf(FactSheetJson.FORMAT_VERSION).equals(versionNumber)) {
      located = null;
      return wrongVersion(mark, self, version, versionNumber, versionViolation);
    }
    for (int i = 0; i < size; i++) {
      Property<?, ?> property = shape.property(i);
      if (at[i] == 0 && property.kind() == Property.Kind.REQUIRED) {
        report(join(path(), property.name()), Rule.REQUIRED, property.name() + " is required", self);
        failed = add(failed, property.name());
      }
    }
    Located here = new Located(self, shape, at, inner);
    Object value = null;
    // An entity is made even when a part failed, to report its own violations; the sheet is not:
    // the rules of the whole would only report the echoes of what failed (unresolved references).
    if (shape.canCreate(values) && (failed == null || shape != SHEET)) {
      try {
        value = shape.create(values);
      } catch (ValidationException e) {
        report(e, failed, here);
      }
    }
    located = value == null || failed != null ? null : here;
    return failed == null ? value : null;
  }

  /** Reports the violations of an object's own rules, except the echoes of parts that failed. */
  private void report(ValidationException e, List<String> failed, Located here) {
    String path = path();
    for (Violation v : e.violations()) {
      if (!within(v.path(), failed)) {
        long at = here.locate(v.path());
        found.add(MODEL.locatedAt(MODEL.under(v, path), Located.line(at), Located.column(at)));
      }
    }
  }

  /**
   * {@return whether a path is, or lies below, one of the paths that failed} A violation of the
   * object as a whole (the empty path) is taken for an echo too: it may only say what is missing.
   */
  private static boolean within(String path, List<String> failed) {
    if (failed == null) {
      return false;
    }
    if (path.isEmpty()) {
      return true;
    }
    for (String f : failed) {
      if (path.startsWith(f) && (path.length() == f.length() || path.charAt(f.length()) == '.'
          || path.charAt(f.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports a missing or other format version. Such a document is not read any further: its other
   * violations would only be those of another format.
   */
  private Object wrongVersion(int mark, long self, long at, Object number, Violation unreadable) {
    found.subList(mark, found.size()).clear();
    if (at == 0) {
      report(FORMAT_VERSION, Rule.REQUIRED, FORMAT_VERSION + " is required: this reader reads version "
          + FactSheetJson.FORMAT_VERSION, self);
    } else if (number != null) {
      report(FORMAT_VERSION, Rule.JSON_FORMAT_VERSION, "this reader reads format version "
          + FactSheetJson.FORMAT_VERSION + ", not " + number, at);
    } else {
      found.add(unreadable);
    }
    return null;
  }

  private Object list(Form<?> form, Token token) {
    elementFailed = false;
    located = null;
    if (token == Token.NULL) {
      report(Rule.JSON_NULL, "null is not allowed: leave an absent value out", position());
      return null;
    }
    if (token != Token.START_ARRAY) {
      return mismatch("an array", token);
    }
    long self = position();
    List<Object> elements = new ArrayList<>();
    long[] at = NO_POSITIONS;
    Located[] inner = null;
    boolean failed = false;
    for (Token t = parser.next(); t != Token.END_ARRAY; t = parser.next()) {
      int index = elements.size();
      if (index == maxCollectionSize) {
        throw fail(path(), Rule.JSON_LIMIT, "an array has more than " + maxCollectionSize + " elements",
            parser.line(), parser.column());
      }
      if (index == at.length) {
        at = Arrays.copyOf(at, Math.max(4, index * 2));
      }
      at[index] = position();
      push(null, index);
      Object element = value(form, t);
      pop();
      if (located != null) {
        if (inner == null) {
          inner = new Located[at.length];
        } else if (inner.length < at.length) {
          inner = Arrays.copyOf(inner, at.length);
        }
        inner[index] = located;
      }
      failed |= element == null;
      elements.add(element);
    }
    located = new Located(self, null, at, inner);
    elementFailed = failed;
    return elements;
  }

  private Object union(Union<?> union, Token token) {
    boolean open = opened;
    opened = false;
    if (token != Token.START_OBJECT && !open) {
      return mismatch("an object", token);
    }
    long self = position();
    Keys keys = new Keys(found.size());
    int chosen = -1;
    int kinds = 0;
    long seen = 0;
    Object content = null;
    long contentAt = 0;
    Located contentLocated = null;
    for (Token t = open ? token : parser.next(); t != Token.END_OBJECT; t = parser.next()) {
      String name = parser.name();
      Token valueToken = parser.next();
      keys.count();
      int alternative = union.indexOf(name);
      if (alternative < 0) {
        keys.unknown(name, String.join(", ", union.keys()));
      } else if ((seen & 1L << alternative) != 0) {
        keys.duplicate(name);
      } else {
        seen |= 1L << alternative;
        kinds++;
        if (chosen < 0) {
          chosen = alternative;
          contentAt = position();
          push(name, -1);
          content = value(union.form(alternative), valueToken);
          pop();
          contentLocated = located;
        } else {
          skip(valueToken);
        }
      }
    }
    keys.done();
    located = null;
    if (kinds != 1) {
      report(Rule.JSON_TYPE, "a " + union.name() + " has exactly one of " + or(union.keys()) + ", not "
          + kinds, self);
      return null;
    }
    if (content == null) {
      return null;
    }
    try {
      Object value = union.create(chosen, content);
      located = new Located(self, union, new long[] {contentAt}, new Located[] {contentLocated});
      return value;
    } catch (ValidationException e) {
      String path = path();
      for (Violation v : e.violations()) {
        found.add(MODEL.locatedAt(MODEL.under(v, path), Located.line(contentAt), Located.column(contentAt)));
      }
      return null;
    }
  }

  private static String or(List<String> words) {
    int last = words.size() - 1;
    return last == 0 ? words.get(0)
        : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
  }

  /**
   * The keys of one object being read: their number against the limit, the unknown ones (reported
   * before the object's other violations, once the object ends) and duplicates among them.
   */
  private final class Keys {
    private final int mark;
    private int count;
    private Capped<Violation> unknown;
    private Set<String> unknownNames;

    Keys(int mark) {
      this.mark = mark;
    }

    void count() {
      if (++count > maxCollectionSize) {
        throw fail(path(), Rule.JSON_LIMIT, "an object has more than " + maxCollectionSize + " keys",
            parser.line(), parser.column());
      }
    }

    void unknown(String name, String known) {
      Token token = parser.current();
      if (!allowUnknownProperties && unknown != null && unknown.size() >= Capped.MAX) {
        // past the thousandth unknown property nothing more is listed: not even a repeated one
        skip(token);
        unknown.drop(1);
        return;
      }
      long at = position();
      if (!surrogatesPaired(name)) {
        skip(token);
        return;
      }
      if (unknownNames == null) {
        unknownNames = new HashSet<>();
      }
      if (!unknownNames.add(name)) {
        duplicate(name);
        return;
      }
      skip(token);
      if (!allowUnknownProperties) {
        if (unknown == null) {
          unknown = new Capped<>();
        }
        unknown.add(MODEL.violation(join(path(), name), Rule.JSON_UNKNOWN_PROPERTY, "'" + name
            + "' is not a property here; known are " + known, Located.line(at), Located.column(at)));
      }
    }

    void duplicate(String name) {
      report(join(path(), name), Rule.JSON_DUPLICATE_KEY, "the key '" + name
          + "' appears more than once in this object", position());
      skip(parser.current());
    }

    void done() {
      if (unknown != null) {
        found.addAll(mark, unknown);
        found.drop(unknown.dropped());
      }
    }
  }

  private Object mismatch(String expected, Token token) {
    report(Rule.JSON_TYPE, "expected " + expected + ", found " + describe(token), position());
    skip(token);
    return null;
  }

  /**
   * Passes over a value that is not read, checking it as JSON all the same: the limits on strings
   * and collections, duplicate keys, unpaired surrogates. Strict reading means the whole document.
   */
  private void skip(Token token) {
    if (token == Token.STRING) {
      surrogatesPaired(parser.string());
    } else if (token == Token.START_ARRAY) {
      int count = 0;
      for (Token t = parser.next(); t != Token.END_ARRAY; t = parser.next()) {
        if (++count > maxCollectionSize) {
          throw fail(parser.path(), Rule.JSON_LIMIT, "an array has more than " + maxCollectionSize
              + " elements", parser.line(), parser.column());
        }
        skip(t);
      }
    } else if (token == Token.START_OBJECT) {
      Set<String> seen = new HashSet<>();
      for (Token t = parser.next(); t != Token.END_OBJECT; t = parser.next()) {
        String name = parser.name();
        Token value = parser.next();
        if (seen.size() == maxCollectionSize) {
          throw fail(parser.path(), Rule.JSON_LIMIT, "an object has more than " + maxCollectionSize
              + " keys", parser.line(), parser.column());
        }
        if (surrogatesPaired(name) && !seen.add(name)) {
          report(parser.path(), Rule.JSON_DUPLICATE_KEY, "the key '" + name
              + "' appears more than once in this object", position());
        }
        skip(value);
      }
    }
  }

  private static String describe(Token token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case INTEGER:
      case DECIMAL:
        return "a number";
      case TRUE:
      case FALSE:
        return "true or false";
      case NULL:
        return "null";
      default:
        return String.valueOf(token);
    }
  }

  /** {@return whether the text has no unpaired surrogate; reports one if it has} */
  private boolean surrogatesPaired(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          report(Rule.JSON_STRING, "the text has an unpaired surrogate (\\u" + Integer.toHexString(c)
              + "), which is not a character", position());
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> add(List<String> failed, String path) {
    List<String> list = failed == null ? new ArrayList<>(2) : failed;
    list.add(path);
    return list;
  }

  /** {@return the position of the current token} */
  private long position() {
    return Located.position(parser.line(), parser.column());
  }

  private void report(Rule rule, String message, long at) {
    report(path(), rule, message, at);
  }

  private void report(String path, Rule rule, String message, long at) {
    found.add(MODEL.violation(path, rule, message, Located.line(at), Located.column(at)));
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  private void pop() {
    depth--;
  }

  /** {@return the path of the value being read, such as {@code statements[2].evidence[0]}} */
  private String path() {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (names[i] == null) {
        path.append('[').append(indexes[i]).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(names[i]);
      }
    }
    return path.toString();
  }

  private static String join(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /**
   * {@return the exception for a document that is not one well-formed JSON value within the
   * limits} Of what was found before, only what concerns the JSON itself is kept (duplicate keys,
   * unpaired surrogates): the rest would be about a document that is not there.
   */
  private JsonReadException fail(String path, Rule rule, String message, int line, int column) {
    List<Violation> all = new ArrayList<>();
    for (Violation v : found) {
      if (v.rule() == Rule.JSON_DUPLICATE_KEY || v.rule() == Rule.JSON_STRING) {
        all.add(v);
      }
    }
    all.add(MODEL.violation(path, rule, message, line, column));
    return new JsonReadException(all, null);
  }
}
