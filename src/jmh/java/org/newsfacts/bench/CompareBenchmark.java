package org.newsfacts.bench;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.FactSheet;
import org.newsfacts.compare.Comparison;
import org.newsfacts.json.FactSheetJson;
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
 * Aligning and scoring an extractor's sheet against a gold sheet: {@code facts} statements and
 * claims on each side (half each), plus 20 speakers and 10 meetings; the predicted sheet names
 * every fact with ids of its own and gets every tenth amount wrong. Four times the facts should
 * cost about four times the time, not sixteen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class CompareBenchmark {
  @Param({"1000", "4000"})
  public int facts;

  private FactSheet gold;
  private FactSheet predicted;

  @Setup
  public void setUp() {
    FactSheetJson json = FactSheetJson.strict();
    gold = LargeSheet.build(facts / 2);
    Matcher ids = Pattern.compile("\"(p|m|s|c)-([A-Za-z0-9-]+)\"").matcher(json.write(gold));
    String renamed = ids.replaceAll("\"x$1-$2\"");
    StringBuilder wrong = new StringBuilder();
    Matcher amounts = Pattern.compile("\"amount\": \"(\\d+)\"").matcher(renamed);
    int n = 0;
    while (amounts.find()) {
      amounts.appendReplacement(wrong, n++ % 10 == 0 ? "\"amount\": \"$10\"" : "$0");
    }
    amounts.appendTail(wrong);
    predicted = json.read(wrong.toString());
  }

  /** {@return the strict F1, so that the comparison is not optimised away} */
  @Benchmark
  public double compare() {
    return Comparison.of(gold, predicted).overall().f1(true);
  }
}
