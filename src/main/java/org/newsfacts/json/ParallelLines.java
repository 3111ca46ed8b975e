package org.newsfacts.json;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.newsfacts.FactSheet;

/**
 * Reads JSON Lines on several threads, in order: the consuming thread reads the lines into batches
 * of about {@value #BATCH_BYTES} bytes, each batch is decoded on the executor, and the sheets come
 * out in the order of the lines. At most a window of batches is read ahead, so memory stays bounded
 * by the window and the batch size, whatever the size of the stream. A batch no worker has begun
 * when the consumer needs it is decoded by the consumer itself, so the consuming thread works too.
 * Bad lines reach the consumer's callback on the consuming thread, once each, in order.
 */
final class ParallelLines extends Spliterators.AbstractSpliterator<FactSheet> {
  /** The bytes of lines a batch holds, at least one line whatever its length. */
  static final int BATCH_BYTES = 1 << 18;

  private final FactSheetJson json;
  private final LineReader lines;
  private final Consumer<BadLine> badLines;
  private final long maxLineBytes;
  private final Executor executor;
  private final int window;
  private final ArrayDeque<Batch> ahead = new ArrayDeque<>();
  private Object[] current = new Object[0];
  private int next;
  private boolean ended;

  ParallelLines(FactSheetJson json, InputStream in, Consumer<BadLine> badLines, long maxLineBytes,
      Executor executor, int threads) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.json = json;
    this.lines = new LineReader(json, in, badLines, maxLineBytes);
    this.badLines = badLines;
    this.maxLineBytes = maxLineBytes;
    this.executor = executor;
    this.window = 2 * threads;
  }

  @Override
  public boolean tryAdvance(Consumer<? super FactSheet> action) {
    while (true) {
      while (next < current.length) {
        Object decoded = current[next];
        current[next++] = null;
        if (decoded instanceof FactSheet sheet) {
          action.accept(sheet);
          return true;
        }
        LineReader.passOn((BadLine) decoded, badLines);
      }
      readAhead();
      Batch batch = ahead.poll();
      if (batch == null) {
        return false;
      }
      current = batch.results();
      next = 0;
      readAhead();
    }
  }

  /** Reads batches until the window is full or the stream has ended, and hands each to a worker. */
  private void readAhead() {
    while (!ended && ahead.size() < window) {
      Batch batch = read();
      if (batch == null) {
        ended = true;
        return;
      }
      ahead.add(batch);
      executor.execute(batch::decodeUnlessBegun);
    }
  }

  /** {@return the next batch of lines, or null at the end of the stream} */
  private Batch read() {
    List<byte[]> raw = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    long first = lines.lineNumber() + 1;
    long bytes = 0;
    while (bytes < BATCH_BYTES) {
      int length = lines.nextLine();
      if (length < 0) {
        break;
      }
      // a line too long to keep is passed on by its length alone
      raw.add(length > maxLineBytes ? null : Arrays.copyOf(lines.line(), length));
      lengths.add(length);
      bytes += Math.min(length, BATCH_BYTES) + 1;
    }
    return raw.isEmpty() ? null : new Batch(raw, lengths, first);
  }

  /** Lines decoded once, by whichever thread begins first. */
  private final class Batch {
    private final List<byte[]> raw;
    private final List<Integer> lengths;
    private final long first;
    private final Object[] results;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private Throwable failure;

    Batch(List<byte[]> raw, List<Integer> lengths, long first) {
      this.raw = raw;
      this.lengths = lengths;
      this.first = first;
      this.results = new Object[raw.size()];
    }

    void decodeUnlessBegun() {
      if (begun.compareAndSet(false, true)) {
        try {
          for (int i = 0; i < results.length; i++) {
            byte[] line = raw.get(i);
            results[i] = LineReader.decode(json, line == null ? new byte[0] : line, lengths.get(i), first + i,
                maxLineBytes);
            raw.set(i, null);
          }
        } catch (RuntimeException | Error e) {
          failure = e;
        } finally {
          done.countDown();
        }
      }
    }

    /** {@return the decoded lines, decoding them here if no worker has begun} */
    Object[] results() {
      decodeUnlessBegun();
      awaitThenRethrow(done, () -> failure);
      return results;
    }
  }

  /**
   * Writes sheets as JSON Lines on several threads, in order: the calling thread takes batches of
   * sheets from the stream, each batch is encoded on the executor (or by the caller, if no worker
   * has begun it when its turn to be written comes), and the lines are written in the stream's
   * order, at most a window of batches ahead.
   */
  static void write(java.util.stream.Stream<FactSheet> sheets, java.io.OutputStream out,
      java.util.function.Function<FactSheet, byte[]> encode, Executor executor, int threads) {
    java.util.Iterator<FactSheet> it = sheets.iterator();
    ArrayDeque<Encoding> ahead = new ArrayDeque<>();
    try {
      while (true) {
        while (it.hasNext() && ahead.size() < 2 * threads) {
          List<FactSheet> batch = new ArrayList<>(SHEETS_A_BATCH);
          while (it.hasNext() && batch.size() < SHEETS_A_BATCH) {
            batch.add(it.next());
          }
          Encoding encoding = new Encoding(batch, encode);
          ahead.add(encoding);
          executor.execute(encoding::encodeUnlessBegun);
        }
        Encoding first = ahead.poll();
        if (first == null) {
          break;
        }
        for (byte[] line : first.lines()) {
          out.write(line);
        }
      }
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the fact sheets: " + e.getMessage(), e);
    }
  }

  /** How many sheets a batch of writing holds. */
  private static final int SHEETS_A_BATCH = 64;

  /** Sheets encoded once, by whichever thread begins first. */
  private static final class Encoding {
    private final List<FactSheet> sheets;
    private final java.util.function.Function<FactSheet, byte[]> encode;
    private final byte[][] lines;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private Throwable failure;

    Encoding(List<FactSheet> sheets, java.util.function.Function<FactSheet, byte[]> encode) {
      this.sheets = sheets;
      this.encode = encode;
      this.lines = new byte[sheets.size()][];
    }

    void encodeUnlessBegun() {
      if (begun.compareAndSet(false, true)) {
        try {
          for (int i = 0; i < lines.length; i++) {
            lines[i] = encode.apply(sheets.get(i));
          }
        } catch (RuntimeException | Error e) {
          failure = e;
        } finally {
          done.countDown();
        }
      }
    }

    byte[][] lines() {
      encodeUnlessBegun();
      awaitThenRethrow(done, () -> failure);
      return lines;
    }
  }

  /** Waits for a latch, uninterruptibly, then rethrows the failure it guarded, if any. */
  static void awaitThenRethrow(CountDownLatch done, java.util.function.Supplier<Throwable> failure) {
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    if (thrown instanceof Error e) {
      throw e;
    }
  }
}
