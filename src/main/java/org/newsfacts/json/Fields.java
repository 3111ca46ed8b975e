package org.newsfacts.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties of a JSON object in document order, without duplicates: arrays of exactly their
 * size, searched in order, as the format's objects have a handful of properties each, with a hash
 * index once an object has more than a few, so that a hostile object of many keys stays linear to
 * read.
 */
final class Fields {
  static final int INDEX_FROM = 16;

  private final String[] names;
  private final Node[] values;
  private final Map<String, Node> index;

  /** Takes the arrays, which nobody else keeps. */
  Fields(String[] names, Node[] values) {
    this.names = names;
    this.values = values;
    if (names.length > INDEX_FROM) {
      index = new HashMap<>(names.length * 4 / 3 + 1);
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], values[i]);
      }
    } else {
      index = null;
    }
  }

  int size() {
    return names.length;
  }

  String name(int position) {
    return names[position];
  }

  Node get(String name) {
    if (index != null) {
      return index.get(name);
    }
    int position = indexOf(names, name);
    return position < 0 ? null : values[position];
  }

  Node value(int position) {
    return values[position];
  }

  /**
   * {@return where a name is in a short array of names, or -1} The reader interns property names
   * and the decoder asks with literals, so identity is tried first; equality is the fallback.
   */
  static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean containsKey(String name) {
    return get(name) != null;
  }
}
