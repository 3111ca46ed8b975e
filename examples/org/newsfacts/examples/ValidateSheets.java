package org.newsfacts.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.newsfacts.Violation;
import org.newsfacts.json.FactSheetJson;

/**
 * Example (b): a validator. Checks each JSON file given, prints every violation with its path,
 * line and column, and exits with status 1 if any file is invalid (2 if no file was given).
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.newsfacts.examples.ValidateSheets
 * -Dexec.args="a.json b.json"}
 */
public final class ValidateSheets {
  private ValidateSheets() {}

  /**
   * @param args the files to check
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      out.println("usage: ValidateSheets FILE.json...");
      System.exit(2);
    }
    System.exit(run(args, out));
  }

  /**
   * Checks the files and prints the outcome of each.
   *
   * @param files the files to check
   * @param out where to print
   * @return 0 if every file is a valid fact sheet, 1 otherwise
   */
  public static int run(String[] files, PrintStream out) {
    FactSheetJson json = FactSheetJson.strict();
    int invalid = 0;
    for (String file : files) {
      List<Violation> violations;
      try {
        violations = json.check(Path.of(file));
      } catch (UncheckedIOException e) {
        invalid++;
        out.println(file + ": cannot read it: " + e.getCause().getMessage());
        continue;
      }
      if (violations.isEmpty()) {
        out.println(file + ": valid");
      } else {
        invalid++;
        out.println(file + ": " + violations.size()
            + (violations.size() == 1 ? " violation" : " violations"));
        violations.forEach(v -> out.println("  " + v));
      }
    }
    out.println(files.length - invalid + " valid, " + invalid + " invalid");
    return invalid == 0 ? 0 : 1;
  }
}
