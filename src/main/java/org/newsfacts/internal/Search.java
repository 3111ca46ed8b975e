package org.newsfacts.internal;

/**
 * Finding words in a text in time linear in both, whatever they hold: Knuth, Morris and Pratt's
 * search, which never looks at a character of the text twice. {@link String#indexOf(String)}
 * compares again from each position, so a long quote that almost stands in a long span costs their
 * product.
 */
public final class Search {
  private final String pattern;
  /** For each prefix of the pattern, the length of its longest proper prefix that is also its suffix. */
  private final int[] border;

  private Search(String pattern) {
    this.pattern = pattern;
    this.border = new int[pattern.length()];
    for (int i = 1, k = 0; i < pattern.length(); i++) {
      while (k > 0 && pattern.charAt(i) != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (pattern.charAt(i) == pattern.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
  }

  /**
   * {@return a search for the pattern}
   *
   * @param pattern what to find; not empty
   */
  public static Search of(String pattern) {
    return new Search(pattern);
  }

  /**
   * {@return the index of the first place at or after {@code from} where the pattern stands whole
   * before {@code to}, or -1}
   *
   * @param text the text
   * @param from the first char index to look at
   * @param to the char index the pattern must end at or before
   */
  public int in(String text, int from, int to) {
    int k = 0;
    for (int i = Math.max(from, 0); i < to; i++) {
      char c = text.charAt(i);
      while (k > 0 && c != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (c == pattern.charAt(k)) {
        k++;
      }
      if (k == pattern.length()) {
        return i - k + 1;
      }
    }
    return -1;
  }

  /**
   * {@return how many times the pattern stands between two indexes, occurrences overlapping or not}
   *
   * @param text the text
   * @param from the first char index
   * @param to the char index the occurrences end at or before
   */
  public int count(String text, int from, int to) {
    int count = 0;
    int k = 0;
    for (int i = Math.max(from, 0); i < to; i++) {
      char c = text.charAt(i);
      while (k > 0 && c != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (c == pattern.charAt(k)) {
        k++;
      }
      if (k == pattern.length()) {
        count++;
        k = border[k - 1];
      }
    }
    return count;
  }

  /**
   * {@return whether the pattern stands in the text; an empty pattern stands everywhere}
   *
   * @param text the text
   * @param pattern the pattern
   */
  public static boolean contains(String text, String pattern) {
    return pattern.isEmpty() || pattern.length() <= text.length() && of(pattern).in(text, 0, text.length()) >= 0;
  }
}
