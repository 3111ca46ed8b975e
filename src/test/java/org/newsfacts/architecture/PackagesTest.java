package org.newsfacts.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way: the model on nothing but the shared machinery, the
 * codec on the model, the exports, the Jackson modules and the reference data on the model and the
 * codec. Read from the
 * sources, comments left out, so that a new dependency shows in review as a failing test.
 */
class PackagesTest {
  private static final Path SOURCES = Path.of("src/main/java/org/newsfacts");
  private static final Pattern PACKAGE = Pattern.compile("^package ([a-z.]+);", Pattern.MULTILINE);
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.newsfacts((?:\\.[a-z]+)*)\\.[A-Z]");
  /**
   * A sealed class names its subclasses: {@code NewsFactsException} names the codec's
   * {@code JsonReadException} in its {@code permits} clause. That is the model's one reference to
   * the codec; nothing of the model uses it.
   */
  private static final String PERMITS = "permits ValidationException, org.newsfacts.json.JsonReadException";

  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("org.newsfacts", Set.of("org.newsfacts.internal")),
      Map.entry("org.newsfacts.internal", Set.of()),
      Map.entry("org.newsfacts.json", Set.of("org.newsfacts", "org.newsfacts.internal")),
      Map.entry("org.newsfacts.export", Set.of("org.newsfacts", "org.newsfacts.internal", "org.newsfacts.json")),
      Map.entry("org.newsfacts.compare", Set.of("org.newsfacts", "org.newsfacts.internal", "org.newsfacts.json")),
      Map.entry("org.newsfacts.jackson3", Set.of("org.newsfacts", "org.newsfacts.internal", "org.newsfacts.json")),
      Map.entry("org.newsfacts.jackson2", Set.of("org.newsfacts", "org.newsfacts.internal", "org.newsfacts.json")),
      Map.entry("org.newsfacts.reference", Set.of("org.newsfacts", "org.newsfacts.json")),
      Map.entry("org.newsfacts.assertj", Set.of("org.newsfacts", "org.newsfacts.compare")));

  @Test
  void eachPackageDependsOnlyOnThePackagesBeneathIt() throws IOException {
    assertThat(ALLOWED).as("every package has its place here").containsKeys(
        dependencies().keySet().toArray(String[]::new));
    assertThat(dependencies()).allSatisfy((from, to) ->
        assertThat(to).as("what %s uses", from).isSubsetOf(ALLOWED.get(from)));
  }

  @Test
  void thereAreNoCycles() throws IOException {
    Map<String, Set<String>> graph = dependencies();
    for (String start : graph.keySet()) {
      Set<String> reached = new TreeSet<>();
      reach(graph, start, reached);
      assertThat(reached).as("what %s reaches", start).doesNotContain(start);
    }
  }

  @Test
  void theOnlyReferenceOfTheModelToTheCodecIsTheSealedPermitsClause() throws IOException {
    String exception = Files.readString(SOURCES.resolve("NewsFactsException.java"));

    assertThat(code(exception)).contains(PERMITS);
  }

  private static void reach(Map<String, Set<String>> graph, String from, Set<String> reached) {
    for (String to : graph.getOrDefault(from, Set.of())) {
      if (reached.add(to)) {
        reach(graph, to, reached);
      }
    }
  }

  /** {@return for each package, the other packages of the library its code refers to} */
  private static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String source = Files.readString(file);
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
          continue;
        }
        String from = declared.group(1);
        Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
        Matcher reference = REFERENCE.matcher(code(source).replace(PERMITS, ""));
        while (reference.find()) {
          String target = "org.newsfacts" + reference.group(1);
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    }
    return graph;
  }

  /**
   * {@return the source without its comments and string literals} (The bridge names the model's
   * class that installs it in a string: a name, not a dependency of the code.)
   */
  private static String code(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"")
        .replaceAll("//[^\\n]*", "");
  }
}
