package org.newsfacts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;

/**
 * Properties over seeded random sheets: 10,000 tries each in the regular suite. A failure names its
 * seed; {@code mvn test -Dtest=RoundTripPropertyTest -Dnewsfacts.seed=SEED} re-runs that seed alone,
 * and {@code -Dnewsfacts.tries=N} changes the number of tries.
 */
class RoundTripPropertyTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final int TRIES = Integer.getInteger("newsfacts.tries", 10_000);

  /** Runs the property for each seed, or for the one given, and names the seed that fails. */
  private static void forAllSeeds(long salt, LongConsumer property) {
    String one = System.getProperty("newsfacts.seed");
    LongStream seeds = one != null
        ? LongStream.of(Long.parseLong(one))
        : new SplittableRandom(salt).longs(TRIES);
    seeds.forEach(seed -> {
      try {
        property.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property failed for seed " + seed + " (re-run it with"
            + " -Dnewsfacts.seed=" + seed + "): " + e.getMessage(), e);
      }
    });
  }

  @Test
  void theSameSeedGivesTheSameSheet() {
    assertThat(SheetGenerator.sheet(42)).isEqualTo(SheetGenerator.sheet(42));
    assertThat(SheetGenerator.sheet(42)).isNotEqualTo(SheetGenerator.sheet(43));
  }

  @Test
  void writeThenReadGivesAnEqualSheet() {
    forAllSeeds(1, seed -> {
      FactSheet sheet = SheetGenerator.sheet(seed);
      assertThat(JSON.read(JSON.writeBytes(sheet))).isEqualTo(sheet);
    });
  }

  @Test
  void writeReadWriteGivesTheSameBytes() {
    forAllSeeds(2, seed -> {
      byte[] written = JSON.writeBytes(SheetGenerator.sheet(seed));
      assertThat(JSON.writeBytes(JSON.read(written))).isEqualTo(written);
    });
  }

  @Test
  void aMutatedDocumentIsAValidSheetOrTheLibrarysException() {
    int[] outcomes = new int[2];
    forAllSeeds(3, seed -> {
      byte[] mutated = Mutator.mutate(JSON.writeBytes(SheetGenerator.sheet(seed)), new SplittableRandom(seed));
      FactSheet sheet;
      try {
        sheet = JSON.read(mutated);
      } catch (JsonReadException e) {
        assertThat(e.violations()).isNotEmpty();
        outcomes[1]++;
        return;
      }
      outcomes[0]++;
      byte[] written = JSON.writeBytes(sheet);
      assertThat(JSON.read(written)).isEqualTo(sheet);
      assertThat(Arrays.equals(JSON.writeBytes(JSON.read(written)), written)).isTrue();
    });
    if (System.getProperty("newsfacts.seed") == null) {
      assertThat(outcomes[1]).as("mutations that break the document").isGreaterThan(TRIES / 2);
    }
  }
}
