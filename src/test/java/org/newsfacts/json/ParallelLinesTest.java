package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfacts.FactSheet;
import org.newsfacts.properties.SheetGenerator;

/** Reading and writing JSON Lines on several threads gives what one thread gives, in order. */
class ParallelLinesTest {
  private static final FactSheetJson ONE = FactSheetJson.builder().parallelism(1).build();
  private static final FactSheetJson FOUR = FactSheetJson.builder().parallelism(4).build();
  private static final FactSheetJson SMALL_LINES = FactSheetJson.builder().parallelism(4).maxDocumentBytes(2_000).build();

  /** 1,200 random sheets (some 5 MB): more than a few batches of lines, so that several are decoded at once. */
  private static final List<FactSheet> SHEETS = IntStream.range(0, 1_200).mapToObj(SheetGenerator::sheet)
      .collect(Collectors.toList());

  private static byte[] written(FactSheetJson json, List<FactSheet> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeLines(sheets.stream(), out);
    return out.toByteArray();
  }

  /** The corpus with bad lines among the good ones: broken JSON, an empty line, a CRLF end. */
  private static byte[] withBadLines() {
    String[] lines = new String(written(ONE, SHEETS), StandardCharsets.UTF_8).split("\n");
    List<String> all = new ArrayList<>(Arrays.asList(lines));
    all.set(7, "{\"formatVersion\": 2");
    all.set(600, "");
    all.set(1_199, all.get(1_199).replace("\"formatVersion\":2", "\"formatVersion\":3"));
    all.set(42, all.get(42) + "\r");
    return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writingOnFourThreadsGivesTheBytesOfOne() {
    byte[] one = written(ONE, SHEETS);

    assertThat(written(FOUR, SHEETS)).isEqualTo(one);
    assertThat(written(FOUR, List.of())).isEmpty();
  }

  @Test
  void readingOnFourThreadsGivesTheSheetsAndBadLinesOfOneInOrder() {
    byte[] corpus = withBadLines();
    List<BadLine> badByOne = new ArrayList<>();
    List<BadLine> badByFour = new ArrayList<>();

    List<FactSheet> byOne = ONE.readLines(new ByteArrayInputStream(corpus), badByOne::add).collect(Collectors.toList());
    List<FactSheet> byFour = FOUR.readLines(new ByteArrayInputStream(corpus), badByFour::add).collect(Collectors.toList());

    assertThat(byOne).hasSize(1_197);
    assertThat(byFour).isEqualTo(byOne);
    assertThat(badByFour).extracting(BadLine::number).containsExactly(8L, 601L, 1_200L);
    assertThat(badByFour).extracting(BadLine::toString)
        .isEqualTo(badByOne.stream().map(BadLine::toString).collect(Collectors.toList()));
  }

  @Test
  void aStrictReadingStopsAtTheFirstBadLineAfterTheSheetsBeforeIt() {
    List<FactSheet> before = new ArrayList<>();

    assertThatThrownBy(() -> FOUR.readLines(new ByteArrayInputStream(withBadLines())).forEach(before::add))
        .isInstanceOfSatisfying(JsonReadException.class,
            e -> assertThat(e.violations()).allSatisfy(v -> assertThat(v.line()).hasValue(8)));
    assertThat(before).isEqualTo(SHEETS.subList(0, 7));
  }

  @Test
  void aLineTooLongIsABadLineOnFourThreadsToo() {
    String small = new String(written(ONE, List.of(FactSheet.builder().source(SHEETS.get(0).source()
        .withText("x")).build())), StandardCharsets.UTF_8);
    String corpus = small + "{\"x\": \"" + "y".repeat(5_000) + "\"}\n" + small;
    List<BadLine> bad = new ArrayList<>();

    assertThat(SMALL_LINES.readLines(new ByteArrayInputStream(corpus.getBytes(StandardCharsets.UTF_8)), bad::add))
        .hasSize(2);
    assertThat(bad).singleElement().hasToString(
        "line 2: (root) (column 1): [json.limit] the line is longer than 2000 bytes");
  }

  @Test
  void aNullSheetIsRefusedByName() {
    List<FactSheet> withNull = new ArrayList<>(SHEETS.subList(0, 100));
    withNull.set(70, null);

    assertThatThrownBy(() -> FOUR.writeLines(withNull.stream(), new ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class).hasMessage("a sheet of the stream");
    assertThatThrownBy(() -> FactSheetJson.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("parallelism must be from 1 to 256, not 0");
  }

  @Test
  void aParallelStreamOfSheetsIsWrittenInItsOrder() {
    assertThat(written(FOUR, SHEETS.parallelStream().collect(Collectors.toList())))
        .isEqualTo(written(ONE, SHEETS));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FOUR.writeLines(Stream.concat(SHEETS.stream(), Stream.empty()).parallel(), out);
    assertThat(out.toByteArray()).isEqualTo(written(ONE, SHEETS));
  }

  @Test
  void theLineFeedIsFoundEightBytesAtATimeWhereverItStands() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        // bytes around 0x0A and with the high bit, where a borrow could mislead
        bytes[i] = (byte) (random.nextInt(4) == 0 ? '\n' : random.nextInt(4) == 0 ? 0x0B : random.nextInt(256));
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int to = from + random.nextInt(bytes.length - from + 1);
      int expected = -1;
      for (int i = from; i < to; i++) {
        if (bytes[i] == '\n') {
          expected = i;
          break;
        }
      }
      assertThat(LineReader.newline(bytes, from, to)).as(Arrays.toString(bytes) + " " + from + " " + to)
          .isEqualTo(expected);
    }
  }
}
