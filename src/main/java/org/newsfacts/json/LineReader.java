package org.newsfacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.newsfacts.FactSheet;
import org.newsfacts.Rule;
import org.newsfacts.Violation;
import org.newsfacts.internal.Bridge;

/**
 * Reads a JSON Lines stream one line at a time into one reused buffer, so memory stays bounded by
 * the longest line allowed, whatever the size of the stream.
 */
final class LineReader extends Spliterators.AbstractSpliterator<FactSheet> {
  private static final int CHUNK = 1 << 16;
  private static final Bridge.Model<Violation, Rule> MODEL = Bridge.model();

  private final FactSheetJson json;
  private final InputStream in;
  private final Consumer<BadLine> badLines;
  private final long maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[CHUNK];
  private long lineNumber;
  private boolean ended;

  /**
   * Reads sheets from a stream, one per line.
   *
   * @param badLines where bad lines go, or {@code null} to stop at the first with an exception
   */
  LineReader(FactSheetJson json, InputStream in, Consumer<BadLine> badLines, long maxLineBytes) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.json = json;
    this.in = in;
    this.badLines = badLines;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public boolean tryAdvance(Consumer<? super FactSheet> action) {
    while (!ended) {
      int length = nextLine();
      if (length < 0) {
        return false;
      }
      Object decoded = decode(json, line, 0, length, lineNumber, maxLineBytes);
      if (decoded instanceof FactSheet sheet) {
        action.accept(sheet);
        return true;
      }
      passOn((BadLine) decoded, badLines);
    }
    return false;
  }

  /** Passes a bad line on, or throws its violations when there is nowhere to pass it. */
  static void passOn(BadLine bad, Consumer<BadLine> badLines) {
    if (badLines == null) {
      throw new JsonReadException(bad.violations(), null);
    }
    badLines.accept(bad);
  }

  /**
   * {@return the sheet of one line, or the line as a {@link BadLine}}
   *
   * @param offset where the line starts in {@code line}
   * @param length the line's length in bytes, or more than the limit for a line too long to keep
   */
  static Object decode(FactSheetJson json, byte[] line, int offset, int length, long lineNumber,
      long maxLineBytes) {
    List<Violation> violations;
    if (length > maxLineBytes) {
      violations = List.of(MODEL.violation("", Rule.JSON_LIMIT, "the line is longer than "
          + maxLineBytes + " bytes", 1, 1));
    } else if (length == 0) {
      violations = List.of(MODEL.violation("", Rule.JSON_SYNTAX, "the line is empty: each line of"
          + " JSON Lines holds one fact sheet", 1, 1));
    } else {
      try {
        return json.read(line, offset, length);
      } catch (JsonReadException e) {
        violations = e.violations();
      }
    }
    return new BadLine(lineNumber, onThisLine(violations, lineNumber));
  }

  /** {@return the current line's bytes, of which {@link #nextLine()} gave the length} */
  byte[] line() {
    return line;
  }

  /** {@return the number of the line {@link #nextLine()} read last, from 1} */
  long lineNumber() {
    return lineNumber;
  }

  /** {@return the violations of a line's document, at the line's number in the stream} */
  private static List<Violation> onThisLine(List<Violation> violations, long lineNumber) {
    List<Violation> located = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      located.add(MODEL.violation(v.path(), v.rule(), v.message(),
          (int) Math.min(lineNumber, Integer.MAX_VALUE), v.column().orElse(1)));
    }
    return located;
  }

  /**
   * Reads the next line into {@link #line}, without its line break: LF, or CRLF, whose carriage
   * return does not count against the limit.
   *
   * @return its length in bytes (more than the limit if it was too long and was skipped), or -1 at
   *     the end of the stream
   */
  int nextLine() {
    int length = 0;
    long seen = 0;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd && !fill()) {
        ended = true;
        if (!any) {
          return -1;
        }
        break;
      }
      any = true;
      int newline = newline(chunk, chunkStart, chunkEnd);
      int end = newline < 0 ? chunkEnd : newline;
      int count = end - chunkStart;
      seen += count;
      // one byte more than the limit: the carriage return of a CRLF line end
      if (seen <= maxLineBytes + 1) {
        if (length + count > line.length) {
          line = java.util.Arrays.copyOf(line, (int) Math.min(Math.max(line.length * 2L, length + count),
              maxLineBytes + 1));
        }
        System.arraycopy(chunk, chunkStart, line, length, count);
        length += count;
      }
      chunkStart = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (seen <= maxLineBytes + 1 && length > 0 && line[length - 1] == '\r') {
      seen--;
      length--;
    }
    if (seen > maxLineBytes) {
      return (int) Math.min(seen, Integer.MAX_VALUE);
    }
    return length;
  }

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
      long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /** {@return the index of the first line feed from {@code from} to {@code to}, or -1}: eight bytes at a time */
  static int newline(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(bytes, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() {
    try {
      int read = in.read(chunk, 0, CHUNK);
      chunkStart = 0;
      chunkEnd = Math.max(read, 0);
      return read > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
    }
  }
}
