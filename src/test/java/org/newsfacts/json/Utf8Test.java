package org.newsfacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder, wherever the bad byte stands. */
class Utf8Test {

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void agreesWithTheJdkOnRandomMostlyAsciiBytes() {
    SplittableRandom random = new SplittableRandom(7);
    byte[] alphabet = "aé😀€".getBytes(StandardCharsets.UTF_8);
    for (int trial = 0; trial < 20_000; trial++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        int pick = random.nextInt(10);
        bytes[i] = pick < 6 ? (byte) random.nextInt(0x80)
            : pick < 9 ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
      }
      assertThat(Utf8.firstInvalid(bytes, bytes.length) < 0)
          .as("trial %d", trial).isEqualTo(jdkAccepts(bytes));
    }
  }

  @Test
  void findsTheBadByteAtEveryOffset() {
    for (int at = 0; at < 24; at++) {
      byte[] bytes = "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
      bytes[at] = (byte) 0xC0;

      assertThat(Utf8.firstInvalid(bytes, bytes.length)).isEqualTo(at);
      assertThat(Utf8.firstInvalid(bytes, at)).isEqualTo(-1);
    }
  }
}
