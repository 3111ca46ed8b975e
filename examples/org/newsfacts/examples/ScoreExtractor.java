package org.newsfacts.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsfacts.FactSheet;
import org.newsfacts.NewsFactsException;
import org.newsfacts.compare.Comparison;
import org.newsfacts.compare.Lenient;
import org.newsfacts.compare.Tally;
import org.newsfacts.json.FactSheetJson;

/**
 * Example (d): scores an extractor's sheets against gold sheets, as a harness in CI would.
 *
 * <p>Gold and predicted are two folders of {@code .json} files, paired by file name, or two JSON
 * Lines files, paired by line. Gold sheets are read strictly; predicted ones leniently ({@link
 * Lenient}): what breaks a rule is left out and counted, spans off by a few characters are moved
 * to where their words stand, so that imperfect output is scored rather than refused. A gold
 * document without a predicted one scores as an empty prediction.
 *
 * <p>Prints one line per document and the table over the corpus; exits with 0 when the overall
 * F1 (partial, or strict with {@code --strict}) reaches {@code --min-f1} (default 0), 1 when it
 * does not, 2 on a usage error.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.newsfacts.examples.ScoreExtractor
 * -Dexec.args="gold/ predicted/ --min-f1 0.8"}
 */
public final class ScoreExtractor {
  private ScoreExtractor() {}

  /**
   * @param args {@code GOLD PREDICTED [--min-f1 F] [--strict] [--differences]}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, out));
  }

  /**
   * Scores and prints.
   *
   * @param args {@code GOLD PREDICTED [--min-f1 F] [--strict] [--differences]}
   * @param out where to print
   * @return the exit status: 0 at or above the threshold, 1 below it, 2 on a usage error
   */
  public static int run(String[] args, PrintStream out) {
    List<String> paths = new ArrayList<>();
    double minimum = 0;
    boolean strict = false;
    boolean differences = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--strict" -> strict = true;
        case "--differences" -> differences = true;
        case "--min-f1" -> {
          if (i + 1 == args.length) {
            return usage(out, "--min-f1 needs a number from 0 to 1");
          }
          try {
            minimum = Double.parseDouble(args[++i]);
          } catch (NumberFormatException e) {
            return usage(out, "--min-f1 needs a number from 0 to 1, not " + args[i]);
          }
          if (!(minimum >= 0 && minimum <= 1)) {
            return usage(out, "--min-f1 needs a number from 0 to 1, not " + args[i]);
          }
        }
        default -> paths.add(args[i]);
      }
    }
    if (paths.size() != 2) {
      return usage(out, "give a gold and a predicted folder or JSON Lines file");
    }
    Map<String, String> gold;
    Map<String, String> predicted;
    try {
      gold = documents(Path.of(paths.get(0)));
      predicted = documents(Path.of(paths.get(1)));
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return usage(out, e.getMessage());
    }
    FactSheetJson json = FactSheetJson.strict();
    Tally tally = new Tally();
    int dropped = 0;
    for (Map.Entry<String, String> document : gold.entrySet()) {
      FactSheet expected;
      try {
        expected = json.read(document.getValue());
      } catch (NewsFactsException e) {
        return usage(out, "the gold sheet " + document.getKey() + " is invalid: " + e.violations().get(0));
      }
      String output = predicted.get(document.getKey());
      FactSheet actual;
      String note = "";
      if (output == null) {
        actual = FactSheet.builder().source(expected.source()).build();
        note = "; no prediction";
      } else {
        try {
          Lenient.Result result = Lenient.read(output);
          actual = result.sheet();
          dropped += result.violations().size();
          if (!result.violations().isEmpty() || !result.moved().isEmpty()) {
            note = "; " + result.violations().size() + " violations left out, " + result.moved().size()
                + " spans moved";
          }
        } catch (NewsFactsException e) {
          actual = FactSheet.builder().source(expected.source()).build();
          note = "; unreadable: " + e.violations().get(0);
        }
      }
      Comparison comparison = Comparison.of(expected, actual);
      tally.add(comparison);
      out.printf(Locale.ROOT, "%s: F1 %.3f strict, %.3f partial%s%n", document.getKey(),
          comparison.overall().f1(true), comparison.overall().f1(false), note);
      if (differences) {
        comparison.differences().forEach(d -> out.println("  " + d));
      }
    }
    for (String extra : predicted.keySet()) {
      if (!gold.containsKey(extra)) {
        out.println(extra + ": no gold sheet, not scored");
      }
    }
    out.println();
    out.print(tally);
    double f1 = tally.overall().f1(strict);
    out.printf(Locale.ROOT, "%d documents, %d violations left out; %s F1 %.3f, required %.3f: %s%n",
        tally.documents(), dropped, strict ? "strict" : "partial", f1, minimum, f1 >= minimum ? "pass" : "FAIL");
    return f1 >= minimum ? 0 : 1;
  }

  /** {@return each document's JSON by name: file names in a folder, or "line N" in JSON Lines} */
  static Map<String, String> documents(Path path) {
    Map<String, String> documents = new TreeMap<>();
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
            documents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
          }
        }
      } else if (Files.isRegularFile(path)) {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).isBlank()) {
            documents.put(String.format(Locale.ROOT, "line %06d", i + 1), lines.get(i));
          }
        }
      } else {
        throw new IllegalArgumentException(path + " is neither a folder nor a file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
    return documents;
  }

  private static int usage(PrintStream out, String problem) {
    out.println(problem);
    out.println("usage: ScoreExtractor GOLD PREDICTED [--min-f1 F] [--strict] [--differences]");
    out.println("  GOLD, PREDICTED: folders of .json files paired by name, or JSON Lines files paired by line");
    return 2;
  }
}
