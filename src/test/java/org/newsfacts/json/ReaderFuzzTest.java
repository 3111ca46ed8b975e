package org.newsfacts.json;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.newsfacts.FactSheet;
import org.newsfacts.Violation;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. Whatever the bytes, reading either gives a
 * sheet that writes canonically and reads back equal, or a {@link JsonReadException} with at least
 * one well-formed violation; any other throwable (a {@code NullPointerException}, a Jackson
 * exception, a {@code StackOverflowError}) is a finding.
 *
 * <p>{@code mvn verify} replays the saved inputs in
 * {@code src/test/resources/org/newsfacts/json/ReaderFuzzTestInputs/readsAnyBytes}. A campaign:
 * raise {@code maxDuration} below (to {@code "30m"}, say) and run {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=ReaderFuzzTest}; findings are written to that directory and stay there as regression
 * inputs.
 */
class ReaderFuzzTest {
  private static final FactSheetJson JSON = FactSheetJson.strict();

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "\"formatVersion\"", "\"source\"", "\"headline\"", "\"language\"", "\"text\"",
    "\"publisher\"", "\"url\"", "\"published\"", "\"participants\"", "\"meetings\"",
    "\"statements\"", "\"claims\"", "\"id\"", "\"kind\"", "\"name\"", "\"roles\"",
    "\"title\"", "\"of\"", "\"country\"", "\"members\"", "\"statedCount\"",
    "\"externalIds\"", "\"scheme\"", "\"value\"", "\"evidence\"", "\"start\"", "\"end\"",
    "\"ordinal\"", "\"number\"", "\"series\"", "\"date\"", "\"place\"", "\"mode\"",
    "\"topics\"", "\"label\"", "\"speaker\"", "\"speech\"", "\"act\"", "\"translations\"",
    "\"channel\"", "\"reportedBy\"", "\"occasion\"", "\"holder\"", "\"subject\"",
    "\"predicate\"", "\"time\"", "\"modality\"", "\"entity\"", "\"quantity\"",
    "\"amount\"", "\"unit\"", "\"person\"", "\"group\"", "\"direct\"", "\"mixed\"",
    "\"asserted\"", "\"in-person\"", "\"USD\"", "\"count\"", "\"--02-29\"", "\"2025-01\"",
    "\"events\"", "\"what\"", "\"status\"", "\"agents\"", "\"affected\"", "\"links\"",
    "\"rank\"", "\"precision\"", "\"qualifiers\"", "\"cue\"", "\"relative\"",
    "\"republishedFrom\"", "\"labels\"", "\"translationOf\"", "\"purposes\"", "\"partOf\"",
    "\"locatedIn\"", "\"2023-W06\"", "\"P3D\"",
    "\\ud83d\\ude00", "\\ud800", "null", "true", "1e999"
  })
  void readsAnyBytes(byte[] input) {
    FactSheet sheet;
    try {
      sheet = JSON.read(input);
    } catch (JsonReadException e) {
      if (e.violations().isEmpty()) {
        throw new AssertionError("an exception without violations");
      }
      for (Violation v : e.violations()) {
        if (v.rule() == null || v.message().isEmpty()) {
          throw new AssertionError("a violation without rule or message: " + v);
        }
      }
      return;
    }
    byte[] written = JSON.writeBytes(sheet);
    FactSheet reread = JSON.read(written);
    if (!reread.equals(sheet) || !Arrays.equals(JSON.writeBytes(reread), written)) {
      throw new AssertionError("a sheet that does not round-trip");
    }
  }
}
