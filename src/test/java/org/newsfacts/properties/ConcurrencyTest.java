package org.newsfacts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;

/** The shared reader and writer give the same results from 16 threads as from one. */
class ConcurrencyTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final int THREADS = 16;

  /** What reading gives: the rewritten bytes of a valid sheet, or the violations. */
  private static Object outcome(byte[] input) {
    try {
      return new String(JSON.writeBytes(JSON.read(input)), java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonReadException e) {
      return e.violations();
    }
  }

  @Test
  void sixteenThreadsGetWhatOneThreadGets() throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    for (long seed = 0; seed < 400; seed++) {
      byte[] valid = JSON.writeBytes(SheetGenerator.sheet(seed));
      inputs.add(seed % 2 == 0 ? valid : Mutator.mutate(valid, new SplittableRandom(seed)));
    }
    List<Object> expected = new ArrayList<>();
    inputs.forEach(input -> expected.add(outcome(input)));
    assertThat(expected).hasAtLeastOneElementOfType(String.class).hasAtLeastOneElementOfType(List.class);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(t));
        results.add(pool.submit(() -> {
          start.await();
          Object[] got = new Object[inputs.size()];
          for (int i : order) {
            got[i] = outcome(inputs.get(i));
          }
          return List.of(got);
        }));
      }
      start.countDown();
      for (Future<List<Object>> result : results) {
        assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
