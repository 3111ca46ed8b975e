package org.newsfacts.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * For each rule over a whole sheet, the worst document we can build against it within the reader's
 * default limits, read beside an ordinary document of about the same size: time per megabyte and
 * bytes allocated per megabyte (with {@code -prof gc}) should stay within a small factor of the
 * ordinary document's, in a heap of 256 MiB.
 *
 * <ul>
 *   <li>{@code ordinary}: a valid sheet of 8,000 statements and claims with their evidence;
 *   <li>{@code astralSpans}: a text of a million characters outside the Basic Multilingual Plane
 *       and 20,000 participants whose spans lie near its end (each span's offsets in code points);
 *   <li>{@code nearQuote}: a direct quote of 100,000 characters that almost stands at each of
 *       twenty places of a two-million-character span before it stands at the end;
 *   <li>{@code clashingIds}: 50,000 participants with the same id and 50,000 statements whose
 *       speakers resolve to nothing (100,000 violations);
 *   <li>{@code longChain}: 50,000 statements each reported by the one before, and a cycle at the end;
 *   <li>{@code unknownKeys}: an object of 100,000 unknown properties, each a violation.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class AdversarialBenchmark {
  @Param({"ordinary", "astralSpans", "nearQuote", "clashingIds", "longChain", "unknownKeys"})
  public String document;

  private final FactSheetJson json = FactSheetJson.strict();
  private byte[] bytes;

  @Setup
  public void setUp() {
    bytes = Documents.of(document);
  }

  /** {@return how many violations the document has: 0 for a valid one} */
  @Benchmark
  public int read() {
    try {
      json.read(bytes);
      return 0;
    } catch (JsonReadException e) {
      return e.violations().size();
    }
  }

  /** The documents, made once per fork. */
  static final class Documents {
    private Documents() {}

    static byte[] of(String name) {
      String text;
      switch (name) {
        case "ordinary":
          return FactSheetJson.builder().indent(false).build().writeBytes(LargeSheet.build(8_000));
        case "astralSpans":
          text = astralSpans();
          break;
        case "nearQuote":
          text = nearQuote();
          break;
        case "clashingIds":
          text = clashingIds();
          break;
        case "longChain":
          text = longChain();
          break;
        default:
          text = unknownKeys();
          break;
      }
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String head(String text) {
      return "{\"formatVersion\":2,\"source\":{\"language\":\"en\",\"text\":\"" + text + "\"}";
    }

    private static String astralSpans() {
      int points = 1_000_000;
      String text = "😀".repeat(points);
      StringBuilder json = new StringBuilder(head(text)).append(",\"participants\":[");
      for (int i = 0; i < 20_000; i++) {
        int start = points - 1 - i % 1000;
        json.append(i == 0 ? "" : ",").append("{\"id\":\"p").append(i)
            .append("\",\"kind\":\"person\",\"name\":\"x\",\"evidence\":[{\"start\":").append(start)
            .append(",\"end\":").append(start + 1).append(",\"text\":\"😀\"}]}");
      }
      return json.append("]}").toString();
    }

    private static String nearQuote() {
      int m = 100_000;
      String almost = "a".repeat(m - 1);
      String text = (almost + "c").repeat(20) + almost + "b";
      int length = text.length();
      return head(text) + ",\"participants\":[{\"id\":\"p\",\"kind\":\"person\",\"name\":\"a\","
          + "\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"a\"}]}],\"statements\":[{\"id\":\"s\","
          + "\"speaker\":\"p\",\"speech\":\"direct\",\"act\":\"say\",\"text\":\"" + almost + "b\","
          + "\"evidence\":[{\"start\":0,\"end\":" + length + ",\"text\":\"" + text + "\"}]}]}";
    }

    private static String clashingIds() {
      StringBuilder json = new StringBuilder(head("x")).append(",\"participants\":[");
      for (int i = 0; i < 50_000; i++) {
        json.append(i == 0 ? "" : ",").append("{\"id\":\"p\",\"kind\":\"person\",\"name\":\"x\","
            + "\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]}");
      }
      json.append("],\"statements\":[");
      for (int i = 0; i < 50_000; i++) {
        json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"speaker\":\"q")
            .append(i).append("\",\"speech\":\"indirect\",\"act\":\"say\",\"text\":\"x\","
                + "\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]}");
      }
      return json.append("]}").toString();
    }

    private static String longChain() {
      StringBuilder json = new StringBuilder(head("x")).append(",\"participants\":[{\"id\":\"p\","
          + "\"kind\":\"person\",\"name\":\"x\",\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]}],"
          + "\"statements\":[");
      int n = 50_000;
      for (int i = 0; i < n; i++) {
        // each statement is reported by the one before; the first by the last: a circle of n
        json.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"speaker\":\"p\","
            + "\"speech\":\"indirect\",\"act\":\"say\",\"text\":\"x\",\"reportedBy\":\"s")
            .append(i == 0 ? n - 1 : i - 1).append("\",\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]}");
      }
      return json.append("]}").toString();
    }

    private static String unknownKeys() {
      StringBuilder json = new StringBuilder(head("x")).append(",\"participants\":[{\"id\":\"p\","
          + "\"kind\":\"person\",\"name\":\"x\",\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"x\"}]");
      for (int i = 0; i < 99_990; i++) {
        json.append(",\"k").append(i).append("\":0");
      }
      return json.append("}]}").toString();
    }
  }
}
