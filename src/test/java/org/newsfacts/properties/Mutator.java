package org.newsfacts.properties;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Random edits of a JSON document: bytes flipped, cut, repeated, or JSON tokens put in. */
final class Mutator {
  private static final String[] TOKENS = {
    "null", "true", "0", "-1", "1e99", "\"\"", "\" \"", "{}", "[]", ",", ":", "\"", "\\", "\\ud800",
    "\"@class\": \"x\",", "\"extra\": 1,", "9999999999999999999999999999999999", "\"--02-30\"",
    "\"XX\"", "\"p0\"", "\"s1\"", "\"m1\"", "\uFEFF", "\u0000", "😀", "/*", "NaN"
  };

  private Mutator() {}

  static byte[] mutate(byte[] document, SplittableRandom random) {
    byte[] bytes = document;
    for (int edits = 1 + random.nextInt(3); edits > 0 && bytes.length > 0; edits--) {
      int at = random.nextInt(bytes.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
      switch (random.nextInt(5)) {
        case 0: // flip one byte
          bytes = bytes.clone();
          bytes[at] = (byte) random.nextInt(256);
          continue;
        case 1: // cut a range
          out.write(bytes, 0, at);
          int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
          out.write(bytes, end, bytes.length - end);
          break;
        case 2: // put a token in
          out.write(bytes, 0, at);
          out.writeBytes(TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
          out.write(bytes, at, bytes.length - at);
          break;
        case 3: // repeat a range
          int length = Math.min(bytes.length - at, 1 + random.nextInt(80));
          out.write(bytes, 0, at + length);
          out.write(bytes, at, bytes.length - at);
          break;
        default: // swap a digit for another
          bytes = bytes.clone();
          for (int i = at; i < bytes.length; i++) {
            if (bytes[i] >= '0' && bytes[i] <= '9') {
              bytes[i] = (byte) ('0' + random.nextInt(10));
              break;
            }
          }
          continue;
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }
}
