package org.newsfacts.internal;

/**
 * A text with runs of white space as one space and quotation marks and dashes of one kind, with
 * the index in the original of each of its chars: for finding words whatever the line breaks,
 * spaces, quotation marks and dashes of the text they stand in.
 */
public final class Loose {
  /** The normalized text. */
  public final String text;
  /** For each char of the normalized text, the index of the char of the original it stands for. */
  public final int[] original;

  /**
   * Normalizes a text.
   *
   * @param source the text as it stands
   */
  public Loose(String source) {
    StringBuilder normal = new StringBuilder(source.length());
    int[] map = new int[source.length()];
    for (int i = 0; i < source.length(); i++) {
      char c = fold(source.charAt(i));
      if (c == ' ' && normal.length() > 0 && normal.charAt(normal.length() - 1) == ' ') {
        continue;
      }
      map[normal.length()] = i;
      normal.append(c);
    }
    text = normal.toString();
    original = map;
  }

  /**
   * {@return words normalized as a text is, without white space at either end}
   *
   * @param words the words
   */
  public static String normalize(String words) {
    StringBuilder normal = new StringBuilder(words.length());
    for (int i = 0; i < words.length(); i++) {
      char c = fold(words.charAt(i));
      if (c != ' ' || normal.length() == 0 || normal.charAt(normal.length() - 1) != ' ') {
        normal.append(c);
      }
    }
    return normal.toString().strip();
  }

  private static char fold(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    switch (c) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
      case '\u2033':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2039': case '\u203A':
      case '\u2032':
        return '\'';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212':
        return '-';
      default:
        return c;
    }
  }

  /** {@return the index in the normalized text nearest to an index of the original} */
  public int normalIndex(int originalIndex) {
    int low = 0;
    int high = text.length() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (original[mid] < originalIndex) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return Math.max(low, 0);
  }

  /**
   * {@return the char index in the original just after a match of the normalized text, whole code
   * points included}
   *
   * @param source the original text
   * @param match where the match starts in the normalized text
   * @param length its length in the normalized text, at least 1
   */
  public int endOf(String source, int match, int length) {
    int end = original[match + length - 1] + 1;
    return end < source.length() && Character.isHighSurrogate(source.charAt(end - 1)) ? end + 1 : end;
  }
}
