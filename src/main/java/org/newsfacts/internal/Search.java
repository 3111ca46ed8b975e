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
    int[] first = {-1};
    scan(text, from, to, at -> {
      first[0] = at;
      return false;
    });
    return first[0];
  }

  /**
   * {@return how many times the pattern stands between two indexes, occurrences overlapping or not}
   *
   * @param text the text
   * @param from the first char index
   * @param to the char index the occurrences end at or before
   */
  public int count(String text, int from, int to) {
    return scan(text, from, to, at -> true);
  }

  /**
   * {@return the index of the {@code n}-th place (from 1, places overlapping or not) where the
   * pattern stands in the text, or -1}
   *
   * @param text the text
   * @param n which place
   */
  public int nth(String text, int n) {
    int[] found = {-1};
    int[] seen = {0};
    scan(text, 0, text.length(), at -> {
      if (++seen[0] < n) {
        return true;
      }
      found[0] = at;
      return false;
    });
    return n < 1 ? -1 : found[0];
  }

  /**
   * {@return the index of the place where the pattern stands nearest to a char index (the earlier
   * of two as near), or -1}
   *
   * @param text the text
   * @param near the char index
   */
  public int nearest(String text, int near) {
    int[] best = {-1};
    scan(text, 0, text.length(), at -> {
      if (best[0] < 0 || Math.abs(at - near) < Math.abs(best[0] - near)) {
        best[0] = at;
      }
      return at <= near;   // later places are only farther
    });
    return best[0];
  }

  /**
   * {@return the longest prefix of the pattern that stands in the text, as {@code {length, index of
   * the char after it in the text}}, {@code {0, 0}} where not even the first char stands}: where a
   * quote that does not stand whole parts from the text. One pass, linear.
   *
   * @param text the text
   */
  public int[] longestPrefixIn(String text) {
    int best = 0;
    int after = 0;
    int k = 0;
    for (int i = 0; i < text.length() && best < pattern.length(); i++) {
      char c = text.charAt(i);
      while (k > 0 && c != pattern.charAt(k)) {
        k = border[k - 1];
      }
      if (c == pattern.charAt(k)) {
        k++;
      }
      if (k > best) {
        best = k;
        after = i + 1;
      }
      if (k == pattern.length()) {
        k = border[k - 1];
      }
    }
    return new int[] {best, after};
  }

  /**
   * One pass of the search: each place where the pattern stands, overlapping or not, goes to the
   * visitor in order until it answers false. The state carries over from one place to the next, so
   * the whole pass is linear whatever the pattern.
   *
   * @return how many places the visitor was given
   */
  private int scan(String text, int from, int to, java.util.function.IntPredicate visitor) {
    int visited = 0;
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
        visited++;
        if (!visitor.test(i - k + 1)) {
          return visited;
        }
        k = border[k - 1];
      }
    }
    return visited;
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
