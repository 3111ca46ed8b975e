package org.newsfacts.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The properties of a JSON object in document order: a small array map, as the format's objects
 * have a handful of properties each, with a hash index once an object grows past a few, so that
 * a hostile object of many keys stays linear to read.
 */
final class Fields {
  private static final int INDEX_FROM = 16;

  private String[] names = new String[4];
  private Node[] values = new Node[4];
  private int size;
  private Map<String, Node> index;

  int size() {
    return size;
  }

  String name(int position) {
    return names[position];
  }

  Node get(String name) {
    if (index != null) {
      return index.get(name);
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  boolean containsKey(String name) {
    return get(name) != null;
  }

  void put(String name, Node value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size++] = value;
    if (index != null) {
      index.put(name, value);
    } else if (size > INDEX_FROM) {
      index = new HashMap<>();
      for (int i = 0; i < size; i++) {
        index.put(names[i], values[i]);
      }
    }
  }
}
