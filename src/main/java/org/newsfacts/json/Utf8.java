package org.newsfacts.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing past U+10FFFF, no
 * truncated sequences. The parser alone accepts some of these.
 */
final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** {@return the index of the first byte that is not valid UTF-8, or -1 if all are valid} */
  static int firstInvalid(byte[] bytes, int length) {
    return firstInvalid(bytes, 0, length);
  }

  /**
   * {@return the index of the first byte from {@code from} to {@code length} (exclusive) that is
   * not valid UTF-8, or -1 if all are valid}
   */
  static int firstInvalid(byte[] bytes, int from, int length) {
    int i = from;
    while (i < length) {
      // ASCII, eight bytes at a time: the common case
      while (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      if (i == length) {
        break;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int count;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        count = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        count = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        count = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + count >= length) {
        return i; // truncated sequence
      }
      int codePoint = b & (0x3F >> count);
      for (int k = 1; k <= count; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return i;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return i;
      }
      i += count + 1;
    }
    return -1;
  }
}
