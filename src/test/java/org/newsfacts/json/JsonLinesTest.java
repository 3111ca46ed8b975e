package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;
import org.newsfacts.Fixtures;
import org.newsfacts.Violation;
import org.newsfacts.properties.SheetGenerator;

class JsonLinesTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();

  private static String lines(FactSheet... sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeLines(Stream.of(sheets), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesOneCompactSheetPerLine() {
    FactSheet a = SheetGenerator.sheet(1);
    FactSheet b = SheetGenerator.sheet(2);
    String text = lines(a, b);

    assertThat(text.split("\n", -1)).hasSize(3).endsWith("");
    assertThat(text).doesNotContain("\n ").startsWith("{\"formatVersion\":2,");
    assertThat(JSON.readLines(in(text)).collect(Collectors.toList())).containsExactly(a, b);
  }

  @Test
  void aLineIsTheCompactFormOfTheCanonicalDocument() {
    FactSheet sheet = Fixtures.sheet().build();
    String line = lines(sheet);

    assertThat(JSON.read(line)).isEqualTo(sheet);
    assertThat(JSON.write(JSON.read(line))).isEqualTo(JSON.write(sheet));
  }

  @Test
  void stopsAtTheFirstBadLineNamingIt() {
    String text = lines(SheetGenerator.sheet(1)) + "{\"formatVersion\": 2, \"x\": 1}\n" + lines(SheetGenerator.sheet(2));
    List<FactSheet> read = new ArrayList<>();

    assertThatThrownBy(() -> JSON.readLines(in(text)).forEach(read::add))
        .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, v -> v.line().getAsInt())
            .containsExactly(tuple("x", 2), tuple("source", 2)));
    assertThat(read).hasSize(1);
  }

  @Test
  void reportsEachBadLineAndGoesOn() {
    String good1 = lines(SheetGenerator.sheet(1));
    String good2 = lines(SheetGenerator.sheet(2));
    String text = good1 + "not json\n" + "\n" + good2.replace("\n", "\r\n") + "{}\n" + good1.trim();
    List<BadLine> bad = new ArrayList<>();

    List<FactSheet> read = JSON.readLines(in(text), bad::add).collect(Collectors.toList());

    assertThat(read).containsExactly(SheetGenerator.sheet(1), SheetGenerator.sheet(2), SheetGenerator.sheet(1));
    assertThat(bad).extracting(BadLine::number).containsExactly(2L, 3L, 5L);
    assertThat(bad.get(0).violations()).singleElement().satisfies(v -> {
      assertThat(v.rule().id()).isEqualTo("json.syntax");
      assertThat(v.line()).hasValue(2);
      assertThat(v.message()).doesNotContain("line 2");
    });
    assertThat(bad.get(1).violations()).extracting(Violation::message)
        .containsExactly("the line is empty: each line of JSON Lines holds one fact sheet");
    assertThat(bad.get(2).violations()).extracting(Violation::path).containsExactly("formatVersion");
  }

  @Test
  void aBadLineNamesItsNumberOnce() {
    List<BadLine> bad = new ArrayList<>();

    JSON.readLines(in(lines(SheetGenerator.sheet(1)) + "{\"formatVersion\": 2, \"x\": 1}\n"), bad::add)
        .forEach(sheet -> { });

    assertThat(bad).singleElement().satisfies(line -> assertThat(line.toString())
        .isEqualTo("line 2: x (column 27): [json.unknown-property] 'x' is not a property here; known are"
            + " provenance, source, participants, places, meetings, events, statements, claims;"
            + " source (column 1): [required] source is required")
        .containsOnlyOnce("line 2"));
  }

  @Test
  void theCarriageReturnOfACrlfLineEndIsNotCountedAgainstTheLimit() {
    String sheet = lines(SheetGenerator.sheet(5)).strip();
    int length = sheet.getBytes(StandardCharsets.UTF_8).length;
    FactSheetJson exact = FactSheetJson.builder().maxDocumentBytes(length).build();
    List<BadLine> bad = new ArrayList<>();

    List<FactSheet> read = exact.readLines(in(sheet + "\r\n" + sheet + "\r\n" + sheet + " \r\n"), bad::add)
        .collect(Collectors.toList());

    assertThat(read).containsExactly(SheetGenerator.sheet(5), SheetGenerator.sheet(5));
    assertThat(bad).singleElement().satisfies(line -> {
      assertThat(line.number()).isEqualTo(3);
      assertThat(line.violations()).extracting(v -> v.rule().id()).containsExactly("json.limit");
    });
  }

  @Test
  void aLineLongerThanTheLimitIsABadLineAndReadingGoesOn() {
    FactSheetJson small = FactSheetJson.builder().maxDocumentBytes(200_000).build();
    String text = "{\"x\": \"" + "a".repeat(300_000) + "\"}\n" + lines(SheetGenerator.sheet(3));
    List<BadLine> bad = new ArrayList<>();

    assertThat(small.readLines(in(text), bad::add).collect(Collectors.toList()))
        .containsExactly(SheetGenerator.sheet(3));
    assertThat(bad).singleElement().satisfies(line -> {
      assertThat(line.number()).isEqualTo(1);
      assertThat(line.violations()).extracting(v -> v.rule().id()).containsExactly("json.limit");
    });
  }

  @Test
  void readsLazilyFromAnEndlessStream() {
    byte[] line = lines(SheetGenerator.sheet(4)).getBytes(StandardCharsets.UTF_8);
    InputStream endless = new InputStream() {
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)] & 0xFF;
      }
    };

    assertThat(JSON.readLines(endless).limit(3).collect(Collectors.toList()))
        .containsExactly(SheetGenerator.sheet(4), SheetGenerator.sheet(4), SheetGenerator.sheet(4));
  }

  @Test
  void anEmptyStreamHasNoSheets() {
    assertThat(JSON.readLines(in(""))).isEmpty();
  }
}
