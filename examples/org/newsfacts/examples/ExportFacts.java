package org.newsfacts.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.newsfacts.FactSheet;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.export.SchemaOrgExport;
import org.newsfacts.export.WebAnnotationExport;
import org.newsfacts.reference.ReferenceArticle;

/**
 * Example (d): exports the reference sheet, or a sheet read from a file, as schema.org JSON-LD or
 * as W3C Web Annotations of its evidence, or prints the format's JSON Schema.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.newsfacts.examples.ExportFacts
 * -Dexec.args="schema-org"} (or {@code annotations}, or {@code json-schema}; a file path after
 * the format exports that sheet instead).
 */
public final class ExportFacts {
  private ExportFacts() {}

  /**
   * @param args the format ({@code schema-org}, {@code annotations} or {@code json-schema}), then
   *     optionally a fact sheet file
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String format = args.length > 0 ? args[0] : "schema-org";
    FactSheet sheet = args.length > 1
        ? FactSheetJson.strict().read(java.nio.file.Path.of(args[1]))
        : ReferenceArticle.sheet();
    switch (format) {
      case "schema-org":
        out.print(SchemaOrgExport.toJsonLd(sheet));
        break;
      case "annotations":
        out.print(WebAnnotationExport.toJsonLd(sheet));
        break;
      case "json-schema":
        out.print(FactSheetJson.schema());
        break;
      default:
        out.println("usage: ExportFacts schema-org|annotations|json-schema [sheet.json]");
        System.exit(2);
    }
  }
}
