package org.newsfacts.json;

import java.util.ArrayList;
import java.util.List;
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
 */
final class TreeReader {
  private final JsonParser parser;
  private final int maxCollectionSize;
  private final List<Violation> found = new ArrayList<>();

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
      Node root = reader.value(first, "");
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

  private Node value(JsonToken token, String path) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT:
        return object(path, line, column);
      case START_ARRAY:
        return array(path, line, column);
      case VALUE_STRING:
        String text = parser.getString();
        checkSurrogates(path, text, line, column);
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
        throw fail(path, "json.syntax", "unexpected " + token);
    }
  }

  private Node object(String path, int line, int column) {
    Fields fields = new Fields();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      String fieldPath = path.isEmpty() ? name : path + "." + name;
      checkSurrogates(fieldPath, name, line, column);
      Node value = value(parser.nextToken(), fieldPath);
      if (fields.containsKey(name)) {
        found.add(Violation.at(fieldPath, "json.duplicate-key",
            "the key '" + name + "' appears more than once in this object", value.line, value.column));
      } else if (fields.size() == maxCollectionSize) {
        throw fail(fieldPath, "json.limit", "an object has more than " + maxCollectionSize + " keys");
      } else {
        fields.put(name, value);
      }
    }
    return Node.object(line, column, fields);
  }

  private Node array(String path, int line, int column) {
    List<Node> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (items.size() == maxCollectionSize) {
        throw fail(path, "json.limit", "an array has more than " + maxCollectionSize + " elements");
      }
      items.add(value(token, path + "[" + items.size() + "]"));
    }
    return Node.array(line, column, items);
  }

  private void checkSurrogates(String path, String text, int line, int column) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        found.add(Violation.at(path, "json.string",
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
