package org.newsfacts.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads one JSON document into {@link Node}s: exactly one value, no trailing content, no duplicate
 * keys, no unpaired surrogates, no collection larger than the limit. Depth, string, number and
 * document length limits are enforced by the parser's constraints, so recursion stays shallow.
 * Paths are taken from the parser's context, and only when there is something to report.
 */
final class TreeReader {
  private final JsonParser parser;
  private final int maxCollectionSize;
  private final List<Violation> found = new ArrayList<>();
  /**
   * The keys and values of the objects being read, and the elements of the arrays being read,
   * innermost last: each object or array copies its own into arrays of exactly its size when it
   * ends, so that no list grows by copying on the way.
   */
  private String[] names = new String[64];
  private Node[] values = new Node[64];
  private int top;

  private TreeReader(JsonParser parser, int maxCollectionSize) {
    this.parser = parser;
    this.maxCollectionSize = maxCollectionSize;
  }

  /**
   * {@return the document's root value}
   *
   * @throws JsonReadException if the document is not one well-formed JSON value within the limits
   */
  static Node read(JsonParser parser, int maxCollectionSize) {
    TreeReader reader = new TreeReader(parser, maxCollectionSize);
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw reader.fail("", "json.syntax", "the document is empty: a fact sheet is a JSON object");
      }
      Node root = reader.value(first);
      if (parser.nextToken() != null) {
        throw reader.fail("", "json.syntax", "there is more content after the end of the document");
      }
      if (!reader.found.isEmpty()) {
        throw new JsonReadException(reader.found, null);
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw reader.fail(reader.parserPath(), "json.limit", e.getOriginalMessage(), e);
    } catch (JacksonIOException e) {
      throw reader.fail(reader.parserPath(), "json.io", "cannot read the input: " + e.getOriginalMessage(), e);
    } catch (JacksonException e) {
      throw reader.fail(reader.parserPath(), "json.syntax", firstLine(e.getOriginalMessage()), e);
    }
  }

  /** {@return where the parser is, from its own context: {@code participants[1].name}} */
  private String parserPath() {
    java.util.ArrayDeque<String> steps = new java.util.ArrayDeque<>();
    for (TokenStreamContext context = parser.streamReadContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.currentName() != null) {
        steps.push("." + context.currentName());
      }
    }
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static String firstLine(String message) {
    int end = message == null ? -1 : message.indexOf('\n');
    return end < 0 ? String.valueOf(message) : message.substring(0, end);
  }

  private Node value(JsonToken token) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT:
        return object(line, column);
      case START_ARRAY:
        return array(line, column);
      case VALUE_STRING:
        String text = parser.getString();
        checkSurrogates(text, line, column);
        return Node.scalar(Node.Type.STRING, line, column, text);
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.INT) {
          return Node.integer(line, column, parser.getIntValue());
        }
        return Node.scalar(Node.Type.NUMBER, line, column, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return Node.scalar(Node.Type.NUMBER, line, column, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Node.scalar(Node.Type.BOOLEAN, line, column, parser.getText());
      case VALUE_NULL:
        return Node.scalar(Node.Type.NULL, line, column, null);
      default:
        throw fail(parserPath(), "json.syntax", "unexpected " + token);
    }
  }

  private Node object(int line, int column) {
    int base = top;
    Set<String> seen = null;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      checkSurrogates(name, line, column);
      Node value = value(parser.nextToken());
      int size = top - base;
      if (seen == null && size == Fields.INDEX_FROM) {
        seen = new HashSet<>(Arrays.asList(names).subList(base, top));
      }
      // Past a nested value, the parser's context is this object's again, at this key.
      if (seen != null ? seen.contains(name) : contains(base, name)) {
        found.add(Violation.at(parserPath(), "json.duplicate-key",
            "the key '" + name + "' appears more than once in this object", value.line, value.column));
      } else if (size == maxCollectionSize) {
        throw fail(parserPath(), "json.limit", "an object has more than " + maxCollectionSize + " keys");
      } else {
        push(name, value);
        if (seen != null) {
          seen.add(name);
        }
      }
    }
    Fields fields = new Fields(Arrays.copyOfRange(names, base, top), Arrays.copyOfRange(values, base, top));
    pop(base);
    return Node.object(line, column, fields);
  }

  private boolean contains(int base, String name) {
    for (int i = base; i < top; i++) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private Node array(int line, int column) {
    int base = top;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (top - base == maxCollectionSize) {
        String element = parserPath();
        throw fail(element.substring(0, element.lastIndexOf('[')), "json.limit",
            "an array has more than " + maxCollectionSize + " elements");
      }
      push(null, value(token));
    }
    List<Node> items = Arrays.asList(Arrays.copyOfRange(values, base, top));
    pop(base);
    return Node.array(line, column, items);
  }

  private void push(String name, Node value) {
    if (top == values.length) {
      names = Arrays.copyOf(names, top * 2);
      values = Arrays.copyOf(values, top * 2);
    }
    names[top] = name;
    values[top++] = value;
  }

  /**
   * Forgets what an object or array ending here pushed. The slots are overwritten, not cleared:
   * the nodes in them belong to the tree being built, and the scratch arrays end with the reader.
   */
  private void pop(int base) {
    top = base;
  }

  private void checkSurrogates(String text, int line, int column) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        found.add(Violation.at(parserPath(), "json.string",
            "the text has an unpaired surrogate (\\u" + Integer.toHexString(c) + "), which is not"
                + " a character", line, column));
        return;
      }
    }
  }

  private JsonReadException fail(String path, String rule, String message) {
    return fail(path, rule, message, null);
  }

  private JsonReadException fail(String path, String rule, String message, JacksonException cause) {
    TokenStreamLocation at = cause != null && cause.getLocation() != null
        ? cause.getLocation()
        : parser.currentLocation();
    List<Violation> all = new ArrayList<>(found);
    all.add(Violation.at(path, rule, message, at.getLineNr(), at.getColumnNr()));
    // The parser's own exception stays inside the library; an I/O failure keeps its cause.
    return new JsonReadException(all, cause instanceof JacksonIOException ? cause.getCause() : null);
  }
}
