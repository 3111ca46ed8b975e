package org.newsfacts.json;

import org.newsfacts.internal.Form;
import org.newsfacts.internal.Shape;
import org.newsfacts.internal.Union;

/**
 * Where the values of one object, union or array stood in the document: the position (line and
 * column) of each, and the locations of what they hold. Kept while a document is read, so that a
 * violation found later, by a check of the whole, is placed at its value without reading again.
 */
final class Located {
  private static final Located[] NONE = new Located[0];

  /** The position of the object or array itself. */
  final long self;
  /** The shape or union whose slots these are; null for an array, whose slots are its indexes. */
  private final Form<?> form;
  /** The position of each slot's value; 0 where absent. */
  private final long[] at;
  /** The locations of what each slot holds; null where it holds a plain value. */
  private final Located[] inner;

  Located(long self, Form<?> form, long[] at, Located[] inner) {
    this.self = self;
    this.form = form;
    this.at = at;
    this.inner = inner == null ? NONE : inner;
  }

  /** {@return a position: the line in the high 32 bits, the column in the low} */
  static long position(int line, int column) {
    return (long) line << 32 | (column & 0xFFFFFFFFL);
  }

  static int line(long position) {
    return (int) (position >>> 32);
  }

  static int column(long position) {
    return (int) position;
  }

  /**
   * {@return the position of the value at a path below this one, such as
   * {@code statements[2].evidence[0].text}, or of the nearest value above it that was read}
   */
  long locate(String path) {
    long position = self;
    Located current = this;
    int i = 0;
    while (current != null && i < path.length()) {
      int slot;
      if (path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        slot = close < 0 ? -1 : index(path, i + 1, close);
        i = close < 0 ? path.length() : close + 1;
      } else {
        if (path.charAt(i) == '.') {
          i++;
        }
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        slot = current.slotOf(path.substring(i, end));
        i = end;
      }
      if (slot < 0 || slot >= current.at.length || current.at[slot] == 0) {
        break;
      }
      position = current.at[slot];
      current = slot < current.inner.length ? current.inner[slot] : null;
    }
    return position;
  }

  private int slotOf(String name) {
    if (form instanceof Shape) {
      return ((Shape<?>) form).indexOf(name);
    }
    if (form instanceof Union) {
      // a union's one slot holds the alternative that was read
      return ((Union<?>) form).indexOf(name) >= 0 ? 0 : -1;
    }
    return -1;
  }

  private static int index(String path, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9' || value > 100_000_000) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return to > from ? value : -1;
  }
}
