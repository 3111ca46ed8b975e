package org.newsfacts.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines at scale: generates a file of at least the given size (once), then reads it with the
 * library (read + validate every sheet) on one thread and on every core, with Jackson databind into records without validation
 * (baseline 1) and with Jackson's streaming parser reading every token (baseline 2), and prints
 * MB/s, the ratios and the peak heap: in use (garbage included) and live
 * (what the last garbage collection left), sampled every millisecond. Run it with a small heap
 * ({@code -Xmx64m}) to show that memory stays bounded whatever the file size.
 *
 * <p>Arguments: the file (default {@code target/bench/sheets.jsonl}), its least size in MiB
 * (default 1024) and the number of passes (default 5). The first pass warms the JVM up; the
 * summary is the median of the others.
 */
public final class JsonLinesBenchmark {
  private JsonLinesBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench/sheets.jsonl");
    long size = (args.length > 1 ? Long.parseLong(args[1]) : 1024) << 20;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    if (passes < 2) {
      throw new IllegalArgumentException("the first pass is a warm-up: at least 2 passes");
    }
    FactSheetJson json = FactSheetJson.builder().parallelism(1).build();
    FactSheetJson parallel = FactSheetJson.strict();
    JsonMapper mapper = JsonMapper.builder().build();
    generate(json, file, size);
    long bytes = Files.size(file);
    System.out.printf("file: %s, %,d bytes%n", file, bytes);
    System.out.printf("heap: max %,d bytes%n", Runtime.getRuntime().maxMemory());

    double[] libraryRates = new double[passes - 1];
    double[] parallelRates = new double[passes - 1];
    long parallelPeakInUse = 0;
    long parallelPeakLive = 0;
    double[] databindRates = new double[passes - 1];
    double[] baselineRates = new double[passes - 1];
    long libraryPeakLive = 0;
    long libraryPeakInUse = 0;
    for (int pass = 1; pass <= passes; pass++) {
      resetPeaks();
      long start = System.nanoTime();
      long[] counts = new long[2];
      try (InputStream in = Files.newInputStream(file)) {
        json.readLines(in).forEach(sheet -> {
          counts[0]++;
          counts[1] += sheet.claims().size();
        });
      }
      double library = seconds(start);
      long libraryPeak = peak;
      long libraryLive = peakLive;

      resetPeaks();
      start = System.nanoTime();
      long[] parallelCounts = new long[2];
      try (InputStream in = Files.newInputStream(file)) {
        parallel.readLines(in).forEach(sheet -> {
          parallelCounts[0]++;
          parallelCounts[1] += sheet.claims().size();
        });
      }
      double parallelTime = seconds(start);
      parallelPeakInUse = Math.max(parallelPeakInUse, peak);
      parallelPeakLive = Math.max(parallelPeakLive, peakLive);
      if (parallelCounts[0] != counts[0] || parallelCounts[1] != counts[1]) {
        throw new AssertionError("the parallel reading read other sheets");
      }

      resetPeaks();
      start = System.nanoTime();
      long databindSheets = 0;
      long databindClaims = 0;
      try (InputStream in = Files.newInputStream(file);
          MappingIterator<Baseline.Sheet> sheets = mapper.readValues(
              mapper.createParser(in), Baseline.Sheet.class)) {
        while (sheets.hasNextValue()) {
          Baseline.Sheet sheet = sheets.nextValue();
          databindSheets++;
          databindClaims += sheet.claims() == null ? 0 : sheet.claims().size();
        }
      }
      double databind = seconds(start);
      long databindPeak = peak;
      long databindLive = peakLive;

      resetPeaks();
      start = System.nanoTime();
      long tokens = 0;
      try (InputStream in = Files.newInputStream(file);
          JsonParser parser = new JsonFactory().createParser(in)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.VALUE_STRING) {
            tokens += parser.getString().length() > 0 ? 1 : 0;
          } else {
            tokens++;
          }
        }
      }
      double baseline = seconds(start);
      long baselinePeak = peak;
      long baselineLive = peakLive;

      double libraryRate = bytes / library / 1e6;
      double databindRate = bytes / databind / 1e6;
      double baselineRate = bytes / baseline / 1e6;
      System.out.printf("pass %d: library %,d sheets (%,d claims) in %.1f s = %.0f MB/s, peak heap"
          + " %.1f MiB in use, %.1f MiB live%n", pass, counts[0], counts[1], library, libraryRate,
          mib(libraryPeak), mib(libraryLive));
      System.out.printf("pass %d: baseline 1 (databind into records, no validation) %,d sheets (%,d"
          + " claims) in %.1f s = %.0f MB/s, peak heap %.1f MiB in use, %.1f MiB live%n", pass,
          databindSheets, databindClaims, databind, databindRate, mib(databindPeak), mib(databindLive));
      System.out.printf("pass %d: baseline 2 (streaming, every token) %,d tokens in %.1f s = %.0f"
          + " MB/s, peak heap %.1f MiB in use, %.1f MiB live%n", pass, tokens, baseline, baselineRate,
          mib(baselinePeak), mib(baselineLive));
      double parallelRate = bytes / parallelTime / 1e6;
      System.out.printf("pass %d: library on %d threads %.1f s = %.0f MB/s, %.2f x one thread%n", pass,
          Runtime.getRuntime().availableProcessors(), parallelTime, parallelRate, parallelRate / libraryRate);
      System.out.printf("pass %d: library / baseline 2 = %.0f %%%n", pass, 100 * libraryRate / baselineRate);
      if (pass > 1) {
        libraryRates[pass - 2] = libraryRate;
        parallelRates[pass - 2] = parallelRate;
        databindRates[pass - 2] = databindRate;
        baselineRates[pass - 2] = baselineRate;
      }
      libraryPeakInUse = Math.max(libraryPeakInUse, libraryPeak);
      libraryPeakLive = Math.max(libraryPeakLive, libraryLive);
    }
    double libraryMedian = median(libraryRates);
    double databindMedian = median(databindRates);
    double baselineMedian = median(baselineRates);
    System.out.printf("median of passes 2-%d: library %.0f MB/s, baseline 1 %.0f MB/s, baseline 2 %.0f"
        + " MB/s; library / baseline 2 = %.0f %%, baseline 1 / baseline 2 = %.0f %%; library peak heap"
        + " over all passes %.1f MiB in use, %.1f MiB live%n", passes, libraryMedian, databindMedian,
        baselineMedian, 100 * libraryMedian / baselineMedian, 100 * databindMedian / baselineMedian,
        mib(libraryPeakInUse), mib(libraryPeakLive));
    double parallelMedian = median(parallelRates);
    System.out.printf("median of passes 2-%d: library on %d threads %.0f MB/s = %.2f x one thread; peak heap"
        + " %.1f MiB in use, %.1f MiB live%n", passes, Runtime.getRuntime().availableProcessors(), parallelMedian,
        parallelMedian / libraryMedian, mib(parallelPeakInUse), mib(parallelPeakLive));
  }

  /** Writes sheets of several sizes, one per line, until the file has at least {@code size} bytes. */
  private static void generate(FactSheetJson json, Path file, long size) throws IOException {
    if (Files.exists(file) && Files.size(file) >= size) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<byte[]> lines = new ArrayList<>();
    for (FactSheet sheet : List.of(ReferenceArticle.sheet(), LargeSheet.build(20), LargeSheet.build(50),
        LargeSheet.build(200))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      json.writeLines(Stream.of(sheet), line);
      lines.add(line.toByteArray());
    }
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (int i = 0; written < size; i++) {
        byte[] line = lines.get(i % lines.size());
        out.write(line);
        written += line.length;
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double mib(long bytes) {
    return bytes / 1048576.0;
  }

  /** The most heap seen in use, garbage included, since the last reset. */
  private static volatile long peak;

  /** The most heap seen live after a garbage collection, since the last reset. */
  private static volatile long peakLive;

  static {
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .toList();
    Thread sampler = new Thread(() -> {
      Runtime runtime = Runtime.getRuntime();
      while (true) {
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
        long live = heapPools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
        peakLive = Math.max(peakLive, live);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private static void resetPeaks() {
    System.gc();
    peak = 0;
    peakLive = 0;
  }
}
