package org.newsfacts.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.reference.ReferenceArticle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON Lines at scale: generates a file of at least the given size (once), then reads it with the
 * library (read + validate every sheet) and with Jackson's streaming parser reading every token
 * (baseline 2), and prints MB/s, their ratio and the peak heap in use (sampled every millisecond). Run it with a small heap
 * ({@code -Xmx64m}) to show that memory stays bounded whatever the file size.
 *
 * <p>Arguments: the file (default {@code target/bench/sheets.jsonl}) and its least size in MiB
 * (default 1024).
 */
public final class JsonLinesBenchmark {
  private JsonLinesBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench/sheets.jsonl");
    long size = (args.length > 1 ? Long.parseLong(args[1]) : 1024) << 20;
    FactSheetJson json = FactSheetJson.strict();
    generate(json, file, size);
    long bytes = Files.size(file);
    System.out.printf("file: %s, %,d bytes%n", file, bytes);
    System.out.printf("heap: max %,d bytes%n", Runtime.getRuntime().maxMemory());

    for (int pass = 1; pass <= 2; pass++) {
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
      long libraryPeak = peakHeap();

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
      long baselinePeak = peakHeap();

      double libraryRate = bytes / library / 1e6;
      double baselineRate = bytes / baseline / 1e6;
      System.out.printf("pass %d: library %,d sheets (%,d claims) in %.1f s = %.0f MB/s, peak heap"
          + " %.1f MiB%n", pass, counts[0], counts[1], library, libraryRate, libraryPeak / 1048576.0);
      System.out.printf("pass %d: baseline 2 (streaming, every token) %,d tokens in %.1f s = %.0f"
          + " MB/s, peak heap %.1f MiB%n", pass, tokens, baseline, baselineRate, baselinePeak / 1048576.0);
      System.out.printf("pass %d: library / baseline 2 = %.0f %%%n", pass, 100 * libraryRate / baselineRate);
    }
  }

  /** Writes sheets of several sizes, one per line, until the file has at least {@code size} bytes. */
  private static void generate(FactSheetJson json, Path file, long size) throws IOException {
    if (Files.exists(file) && Files.size(file) >= size) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<byte[]> lines = new ArrayList<>();
    for (FactSheet sheet : List.of(ReferenceArticle.sheet(), LargeSheet.build(10), LargeSheet.build(50),
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

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static volatile long peak;

  static {
    Thread sampler = new Thread(() -> {
      Runtime runtime = Runtime.getRuntime();
      while (true) {
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
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
  }

  /** @return the most heap seen in use since the last reset, sampled every millisecond */
  private static long peakHeap() {
    return peak;
  }
}
