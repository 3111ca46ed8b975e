package org.newsfacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The linear search agrees with {@link String#indexOf} on random texts of a small alphabet. */
class SearchTest {
  private static String random(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append("ab😀".charAt(random.nextInt(3)));
    }
    return text.toString();
  }

  /** One round of a property: a random text and pattern, and the generator for what else it draws. */
  private interface Round {
    void run(SplittableRandom random, String text, String pattern);
  }

  /** 20,000 rounds, each with a text shorter than {@code textBound} and a pattern of 1 to {@code patternBound}. */
  private static void rounds(long seed, int textBound, int patternBound, Round round) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      String text = random(random, random.nextInt(textBound));
      round.run(random, text, random(random, 1 + random.nextInt(patternBound)));
    }
  }

  /** Every place the pattern stands, overlapping or not, the naive way. */
  private static java.util.List<Integer> places(String text, String pattern) {
    java.util.List<Integer> places = new java.util.ArrayList<>();
    for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      places.add(at);
    }
    return places;
  }

  @Test
  void findsWhatIndexOfFindsAndCountsEveryOverlappingPlace() {
    rounds(7, 40, 5, (random, text, pattern) -> {
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      Search search = Search.of(pattern);

      assertThat(search.in(text, from, text.length())).as("%s in %s from %d", pattern, text, from)
          .isEqualTo(text.indexOf(pattern, from));
      assertThat(search.count(text, 0, text.length())).isEqualTo(places(text, pattern).size());
      assertThat(Search.contains(text, pattern)).isEqualTo(text.contains(pattern));
    });
  }

  @Test
  void aPlaceMustEndBeforeTheEndGiven() {
    assertThat(Search.of("ab").in("xxab", 0, 3)).isEqualTo(-1);
    assertThat(Search.of("ab").in("xxab", 0, 4)).isEqualTo(2);
    assertThat(Search.contains("abc", "")).isTrue();
  }

  @Test
  void findsTheNthAndTheNearestPlaceAsANaiveSearchDoes() {
    rounds(11, 30, 4, (random, text, pattern) -> {
      java.util.List<Integer> places = places(text, pattern);
      int n = random.nextInt(6);
      int near = random.nextInt(text.length() + 1);
      int nearest = -1;
      for (int at : places) {
        if (nearest < 0 || Math.abs(at - near) < Math.abs(nearest - near)) {
          nearest = at;
        }
      }
      Search search = Search.of(pattern);

      assertThat(search.nth(text, n)).as(text + " " + pattern + " " + n)
          .isEqualTo(n >= 1 && n <= places.size() ? places.get(n - 1) : -1);
      assertThat(search.nearest(text, near)).as(text + " " + pattern + " " + near).isEqualTo(nearest);
    });
  }

  @Test
  void findsTheLongestBeginningOfThePatternAsANaiveSearchDoes() {
    rounds(13, 30, 6, (random, text, pattern) -> {
      int longest = 0;
      int after = 0;
      for (int length = 1; length <= pattern.length(); length++) {
        int at = text.indexOf(pattern.substring(0, length));
        if (at < 0) {
          break;
        }
        longest = length;
        after = at + length;
      }

      assertThat(Search.of(pattern).longestPrefixIn(text)).as(text + " " + pattern)
          .containsExactly(longest, after);
    });
  }
}
