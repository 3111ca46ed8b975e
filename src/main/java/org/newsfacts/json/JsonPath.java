package org.newsfacts.json;

/**
 * Where a value stands in the document, rendered as {@code statements[2].evidence[0]} only when a
 * violation needs it: a valid document is decoded without building path strings.
 */
final class JsonPath {
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String name;
  private final int index;
  private String text;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath child(String property) {
    return new JsonPath(this, property, -1);
  }

  JsonPath element(int position) {
    return new JsonPath(this, null, position);
  }

  @Override
  public String toString() {
    if (text == null) {
      if (parent == null) {
        text = "";
      } else if (name == null) {
        text = parent + "[" + index + "]";
      } else {
        String above = parent.toString();
        text = above.isEmpty() ? name : above + "." + name;
      }
    }
    return text;
  }
}
