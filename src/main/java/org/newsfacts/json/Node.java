package org.newsfacts.json;

import java.util.List;

/** A JSON value as read, with the line and column where it starts. */
final class Node {
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  final Type type;
  final int line;
  final int column;
  /** The string, or the number as written; {@code null} otherwise, and for a small integer. */
  final String text;
  /** A whole number that fits an {@code int}, when {@link #text} is {@code null} for a number. */
  final int integer;
  /** The properties in document order, for an object; {@code null} otherwise. */
  final Fields fields;
  /** The elements, for an array; {@code null} otherwise. */
  final List<Node> items;

  private Node(Type type, int line, int column, String text, Fields fields, List<Node> items) {
    this(type, line, column, text, fields, items, 0);
  }

  private Node(Type type, int line, int column, String text, Fields fields, List<Node> items, int integer) {
    this.integer = integer;
    this.type = type;
    this.line = line;
    this.column = column;
    this.text = text;
    this.fields = fields;
    this.items = items;
  }

  static Node object(int line, int column, Fields fields) {
    return new Node(Type.OBJECT, line, column, null, fields, null);
  }

  static Node array(int line, int column, List<Node> items) {
    return new Node(Type.ARRAY, line, column, null, null, items);
  }

  /** A whole number that fits an {@code int}, kept without its text. */
  static Node integer(int line, int column, int value) {
    return new Node(Type.NUMBER, line, column, null, null, null, value);
  }

  /** {@return the number as written, for a number} */
  String numberText() {
    return text != null ? text : Integer.toString(integer);
  }

  static Node scalar(Type type, int line, int column, String text) {
    return new Node(type, line, column, text, null, null);
  }
}
