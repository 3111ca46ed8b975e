package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfacts.Fixtures;
import org.newsfacts.Violation;

/**
 * Malformed and hostile documents: each gets the library's exception, naming the rule and the path
 * of the problem, and an answer well within a bound; never a crash, a hang, an
 * {@code OutOfMemoryError} or a {@code StackOverflowError}. The bound only guards against hangs;
 * speed is measured by the benchmarks.
 */
class HostileInputTest {
  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final FactSheetJson JSON = FactSheetJson.strict();
  private static final String VALID = JSON.write(Fixtures.sheet().build());

  private static Arguments hostile(String name, byte[] input, String rule, String path) {
    return Arguments.of(name, input, rule, path);
  }

  private static Arguments hostile(String name, String input, String rule, String path) {
    return hostile(name, input.getBytes(StandardCharsets.UTF_8), rule, path);
  }

  /** The valid fixture document with its first {@code from} replaced. */
  private static String edit(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException("the fixture has no " + from);
    }
    return VALID.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  private static byte[] bytes(String before, byte[] middle, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + middle.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(middle, 0, all, head.length, middle.length);
    System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
    return all;
  }

  private static String manyKeys(int count) {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 2");
    for (int i = 0; i < count; i++) {
      json.append(", \"k").append(i).append("\": 0");
    }
    return json.append('}').toString();
  }

  private static String manyParticipants(int count) {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "" : ",").append("{}");
    }
    return edit("\"participants\": [", "\"participants\": " + list + "], \"p\": [");
  }

  static Stream<Arguments> documents() {
    List<Arguments> cases = new ArrayList<>();
    // what is not one JSON value
    cases.add(hostile("empty", "", "json.syntax", ""));
    cases.add(hostile("only white space", " \n\t ", "json.syntax", ""));
    cases.add(hostile("truncated object", "{\"formatVersion\": 2, \"source\": {", "json.syntax", "source"));
    cases.add(hostile("truncated string", "{\"formatVersion\": 2, \"source\": {\"headline\": \"ab",
        "json.syntax", "source.headline"));
    cases.add(hostile("truncated escape", "{\"formatVersion\": 2, \"source\": {\"headline\": \"\\u12",
        "json.syntax", "source.headline"));
    cases.add(hostile("truncated half-way", VALID.substring(0, VALID.length() / 2), "json.syntax", null));
    cases.add(hostile("trailing object", VALID + "{}", "json.syntax", ""));
    cases.add(hostile("trailing garbage", VALID + "x", "json.syntax", ""));
    cases.add(hostile("two documents", VALID + VALID, "json.syntax", ""));
    cases.add(hostile("block comment", "/* hi */" + VALID, "json.syntax", ""));
    cases.add(hostile("line comment", "// hi\n" + VALID, "json.syntax", ""));
    cases.add(hostile("byte order mark", bytes("\uFEFF", new byte[0], VALID), "json.syntax", ""));
    // encoding
    cases.add(hostile("NUL bytes that look like UTF-32", bytes("", new byte[] {1, 0, 0, 0, 4, 0, 0, 0},
        VALID.substring(1)), "json.syntax", ""));
    cases.add(hostile("UTF-16", VALID.getBytes(StandardCharsets.UTF_16BE), "json.syntax", ""));
    cases.add(hostile("invalid UTF-8 byte", bytes(edit("\"name\": \"Bob\"", "\"name\": \"B"),
        new byte[] {(byte) 0xFF}, "b\"" + VALID.substring(VALID.indexOf("\"name\": \"Bob\"") + 13)),
        "json.syntax", ""));
    cases.add(hostile("overlong UTF-8", bytes("{\"formatVersion\": 2, \"x\": \"",
        new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}"), "json.syntax", ""));
    cases.add(hostile("truncated UTF-8 sequence", bytes("{\"formatVersion\": 2, \"x\": \"",
        new byte[] {(byte) 0xE2, (byte) 0x82}, "\"}"), "json.syntax", ""));
    cases.add(hostile("encoded surrogate", bytes("{\"formatVersion\": 2, \"x\": \"",
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}"), "json.syntax", ""));
    cases.add(hostile("code point past U+10FFFF", bytes("{\"formatVersion\": 2, \"x\": \"",
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "\"}"), "json.syntax", ""));
    cases.add(hostile("lone high surrogate", edit("\"name\": \"Bob\"", "\"name\": \"B\\ud800ob\""),
        "json.string", "participants[1].name"));
    cases.add(hostile("lone low surrogate", edit("\"name\": \"Bob\"", "\"name\": \"\\udc00Bob\""),
        "json.string", "participants[1].name"));
    cases.add(hostile("reversed surrogates", edit("\"name\": \"Bob\"", "\"name\": \"\\udc00\\ud800\""),
        "json.string", "participants[1].name"));
    cases.add(hostile("surrogate in a key", edit("\"name\": \"Bob\"", "\"\\ud800\": \"Bob\""),
        "json.syntax", null));
    cases.add(hostile("raw control character", edit("\"name\": \"Bob\"", "\"name\": \"B\u0001b\""),
        "json.syntax", "participants[1].name"));
    cases.add(hostile("raw line break in a string", edit("\"name\": \"Bob\"", "\"name\": \"B\nb\""),
        "json.syntax", "participants[1].name"));
    cases.add(hostile("NUL byte", edit("\"name\": \"Bob\"", "\"name\": \"B\u0000b\""),
        "json.syntax", "participants[1].name"));
    // not JSON, though some parsers take it
    cases.add(hostile("single quotes", "{'formatVersion': 1}", "json.syntax", ""));
    cases.add(hostile("unquoted key", "{formatVersion: 1}", "json.syntax", ""));
    cases.add(hostile("NaN", "{\"formatVersion\": NaN}", "json.syntax", "formatVersion"));
    cases.add(hostile("Infinity", "{\"formatVersion\": -Infinity}", "json.syntax", "formatVersion"));
    cases.add(hostile("leading zero", "{\"formatVersion\": 01}", "json.syntax", "formatVersion"));
    cases.add(hostile("hexadecimal", "{\"formatVersion\": 0x1}", "json.syntax", "formatVersion"));
    cases.add(hostile("trailing comma in an object", "{\"formatVersion\": 2,}", "json.syntax", "formatVersion"));
    cases.add(hostile("trailing comma in an array", edit("\"p-bob\"\n", "\"p-bob\",\n"),
        "json.syntax", null));
    // limits
    cases.add(hostile("10^5 nested arrays", "[".repeat(100_000) + "]".repeat(100_000), "json.limit", null));
    cases.add(hostile("10^5 nested objects", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
        "json.limit", null));
    cases.add(hostile("string past 16 Mi characters",
        "{\"formatVersion\": 2, \"x\": \"" + "a".repeat((16 << 20) + 1) + "\"}", "json.limit", "x"));
    cases.add(hostile("number of 10^5 digits", "{\"formatVersion\": " + "9".repeat(100_000) + "}",
        "json.limit", "formatVersion"));
    cases.add(hostile("number past 32 characters", "{\"formatVersion\": 2" + "0".repeat(32) + "}",
        "json.limit", "formatVersion"));
    cases.add(hostile("huge exponent", "{\"formatVersion\": 2e999999999}", "json.type", "formatVersion"));
    cases.add(hostile("huge negative exponent", edit("\"start\": 47", "\"start\": 4.7e-99999999"),
        "json.type", "participants[1].evidence[0].start"));
    cases.add(hostile("200,000 keys", manyKeys(200_000), "json.limit", null));
    cases.add(hostile("200,000 list elements", manyParticipants(200_000), "json.limit", "participants"));
    // shape
    cases.add(hostile("duplicate key at the root", edit("\"formatVersion\": 2,",
        "\"formatVersion\": 2, \"formatVersion\": 2,"), "json.duplicate-key", "formatVersion"));
    cases.add(hostile("duplicate key in an entity", edit("\"name\": \"Bob\",",
        "\"name\": \"Bob\", \"name\": \"Eve\","), "json.duplicate-key", "participants[1].name"));
    cases.add(hostile("unknown property at the root", edit("\"formatVersion\": 2,",
        "\"formatVersion\": 2, \"extra\": 1,"), "json.unknown-property", "extra"));
    cases.add(hostile("@class injection", edit("\"formatVersion\": 2,",
        "\"formatVersion\": 2, \"@class\": \"java.lang.ProcessBuilder\","), "json.unknown-property", "@class"));
    cases.add(hostile("@type injection in an entity", edit("\"name\": \"Bob\",",
        "\"name\": \"Bob\", \"@type\": \"java.net.URL\","), "json.unknown-property", "participants[1].@type"));
    cases.add(hostile("a class name as an enum value", edit("\"kind\": \"person\"",
        "\"kind\": \"java.lang.Runtime\""), "json.enum", "participants[0].kind"));
    cases.add(hostile("null document", "null", "json.null", ""));
    cases.add(hostile("null for a required value", edit("\"speaker\": \"p-ana\"", "\"speaker\": null"),
        "json.null", "statements[0].speaker"));
    cases.add(hostile("null for an optional value", edit("\"at\": \"--01-17\"", "\"at\": null"),
        "json.null", "meetings[0].time.at"));
    cases.add(hostile("null as a list", edit("\"participants\": [", "\"participants\": null, \"p\": ["),
        "json.null", "participants"));
    cases.add(hostile("null as a list element", edit("\"evidence\": [", "\"evidence\": [null, "),
        "json.null", "participants[0].evidence[0]"));
    cases.add(hostile("string for a number", edit("\"start\": 47", "\"start\": \"47\""),
        "json.type", "participants[1].evidence[0].start"));
    cases.add(hostile("array for a string", edit("\"name\": \"Bob\"", "\"name\": [\"Bob\"]"),
        "json.type", "participants[1].name"));
    cases.add(hostile("object for a string", edit("\"name\": \"Bob\"", "\"name\": {\"v\": \"Bob\"}"),
        "json.type", "participants[1].name"));
    cases.add(hostile("string for the format version", "{\"formatVersion\": \"1\"}", "json.type",
        "formatVersion"));
    cases.add(hostile("boolean for a count", edit("\"kind\": \"person\"",
        "\"kind\": \"person\", \"statedCount\": true"), "json.type", "participants[0].statedCount"));
    cases.add(hostile("decimal for a whole number", edit("\"start\": 47", "\"start\": 47.0"),
        "json.type", "participants[1].evidence[0].start"));
    cases.add(hostile("negative count", edit("\"kind\": \"person\"",
        "\"kind\": \"person\", \"statedCount\": -1"), "json.type", "participants[0].statedCount"));
    // values
    cases.add(hostile("empty string", edit("\"name\": \"Bob\"", "\"name\": \"\""), "blank",
        "participants[1].name"));
    cases.add(hostile("blank string", edit("\"name\": \"Bob\"", "\"name\": \" \\t \""), "blank",
        "participants[1].name"));
    cases.add(hostile("unknown country", edit("\"kind\": \"person\"", "\"kind\": \"person\", \"country\": \"XX\""),
        "country.unknown", "participants[0].country"));
    cases.add(hostile("lower-case country", edit("\"kind\": \"person\"", "\"kind\": \"person\", \"country\": \"ua\""),
        "country.unknown", "participants[0].country"));
    cases.add(hostile("unknown language", edit("\"language\": \"en\"", "\"language\": \"qq\""),
        "language.invalid", "source.language"));
    cases.add(hostile("ill-formed language", edit("\"language\": \"en\"", "\"language\": \"en_GB\""),
        "language.invalid", "source.language"));
    cases.add(hostile("unknown currency", edit("\"unit\": \"count\"", "\"unit\": \"ABC\""),
        "unit.unknown", "claims[0].value.quantity.unit"));
    cases.add(hostile("fractional count", edit("\"amount\": \"12\"", "\"amount\": \"12.5\""),
        "amount.invalid", "claims[0].value.quantity.amount"));
    cases.add(hostile("February 29 of a common year", edit("\"at\": \"--01-17\"", "\"at\": \"2025-02-29\""),
        "date.invalid", "meetings[0].time.at"));
    cases.add(hostile("February 30 without a year", edit("\"at\": \"--01-17\"", "\"at\": \"--02-30\""),
        "date.invalid", "meetings[0].time.at"));
    cases.add(hostile("month 13", edit("\"at\": \"--01-17\"", "\"at\": \"2025-13\""),
        "date.invalid", "meetings[0].time.at"));
    // the sheet
    cases.add(hostile("span past the end of the text", edit("\"start\": 47,\n          \"end\": 50,",
        "\"start\": 4700,\n          \"end\": 4703,"), "evidence.out-of-bounds", "participants[1].evidence[0].end"));
    cases.add(hostile("span not matching the text", edit("\"text\": \"Bob\"", "\"text\": \"Eve\""),
        "evidence.mismatch", "participants[1].evidence[0].text"));
    cases.add(hostile("negative start", edit("\"start\": 47", "\"start\": -47"),
        "evidence.range", "participants[1].evidence[0].start"));
    cases.add(hostile("dangling reference", edit("\"holder\": \"s-agreed\"", "\"holder\": \"s-none\""),
        "ref.unresolved", "claims[0].holder"));
    cases.add(hostile("reference to the wrong kind", edit("\"occasion\": \"m-kyiv\"", "\"occasion\": \"p-bob\""),
        "ref.kind", "statements[0].occasion"));
    cases.add(hostile("duplicate id", edit("\"id\": \"c-drones\"", "\"id\": \"s-agreed\""),
        "id.duplicate", "claims[0].id"));
    cases.add(hostile("format version from the future", edit("\"formatVersion\": 2", "\"formatVersion\": 99"),
        "json.format-version", "formatVersion"));
    // text hygiene and absurd lengths (issue: reliability)
    cases.add(hostile("an escaped control character in a name", edit("\"name\": \"Bob\"",
        "\"name\": \"B\\u0007b\""), "text.character", "participants[1].name"));
    cases.add(hostile("a C1 control character in the headline", edit("\"headline\": \"Ana",
        "\"headline\": \"A\\u0085na"), "text.character", "source.headline"));
    cases.add(hostile("a megabyte of language tag", edit("\"language\": \"en\"", "\"language\": \""
        + "e".repeat(1 << 20) + "\""), "language.invalid", "source.language"));
    cases.add(hostile("an id of ten kilobytes", edit("\"id\": \"c-drones\"", "\"id\": \""
        + "c".repeat(10_240) + "\""), "id.syntax", "claims[0].id"));
    cases.add(hostile("a name of twenty thousand characters", edit("\"name\": \"Bob\"", "\"name\": \""
        + "B".repeat(20_000) + "\""), "text.length", "participants[1].name"));
    // the worst documents of the adversarial benchmark, smaller: answered, and their violations capped
    cases.add(hostile("a hundred thousand unknown keys", edit("\"kind\": \"person\"",
        "\"kind\": \"person\"" + unknownKeys(99_990)), "violations.more", ""));
    cases.add(hostile("fifty thousand clashing ids", clashingIds(50_000), "violations.more", ""));
    cases.add(hostile("a mixed quote of thirty thousand unclosed quotation marks", edit("\"speech\": \"direct\"",
        "\"speech\": \"mixed\"").replaceFirst(Pattern.quote("\"text\": \"We agreed on 12 drones\""),
        Matcher.quoteReplacement("\"text\": \"" + "\u201C".repeat(30_000) + " \\\"nowhere\\\"\"")),
        "quote.not-verbatim", "statements[0].text"));
    return cases.stream();
  }

  private static String unknownKeys(int count) {
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < count; i++) {
      keys.append(", \"x").append(i).append("\": 0");
    }
    return keys.toString();
  }

  private static String clashingIds(int count) {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 2, \"source\": {\"language\": \"en\","
        + " \"text\": \"x\"}, \"participants\": [");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"p\", \"kind\": \"person\", \"name\": \"x\","
          + " \"evidence\": [{\"start\": 0, \"end\": 1, \"text\": \"x\"}]}");
    }
    return json.append("]}").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void answersWithTheLibrarysExceptionNamingRuleAndPath(String name, byte[] input, String rule,
      String path) {
    List<Violation> fromBytes = assertTimeoutPreemptively(BOUND, () -> JSON.check(input));
    List<Violation> fromStream = assertTimeoutPreemptively(BOUND,
        () -> violations(() -> JSON.read(new ByteArrayInputStream(input))));

    assertThat(fromBytes).as(name).isNotEmpty().anySatisfy(v -> {
      assertThat(v.rule().id()).isEqualTo(rule);
      if (path != null) {
        assertThat(v.path()).isEqualTo(path);
      }
    });
    assertThat(fromStream).as("%s, read from a stream", name).isEqualTo(fromBytes);
  }

  private static List<Violation> violations(Runnable read) {
    try {
      read.run();
    } catch (JsonReadException e) {
      return e.violations();
    }
    return List.of();
  }

  @org.junit.jupiter.api.Test
  void hasAtLeastFiftyCases() {
    assertThat(documents().count()).isGreaterThanOrEqualTo(50);
  }
}
