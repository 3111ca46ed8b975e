package org.newsfacts.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsfacts.FactSheet;

/**
 * Reads JSON Lines on several threads, in order: the consuming thread reads the lines into batches
 * of about {@value #BATCH_BYTES} bytes, each batch is decoded on the executor, and the sheets come
 * out in the order of the lines. At most a window of batches is read ahead, so memory stays bounded
 * by the window and the batch size, whatever the size of the stream. While the batch it needs
 * next is being decoded, the consuming thread decodes a later one that no worker has begun, so it
 * works too. Bad lines reach the consumer's callback on the consuming thread, once each, in order.
 * {@link #write} does the same for writing.
 */
final class ParallelLines extends Spliterators.AbstractSpliterator<FactSheet> {
  /** The bytes of lines a batch holds, at least one line whatever its length. */
  static final int BATCH_BYTES = 1 << 17;
  /** How many sheets a batch of writing holds. */
  private static final int SHEETS_A_BATCH = 64;

  private final FactSheetJson json;
  private final LineReader lines;
  private final Consumer<BadLine> badLines;
  private final long maxLineBytes;
  private final Executor executor;
  private final int window;
  private final ArrayDeque<Work<Object[]>> ahead = new ArrayDeque<>();
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
      while (!ended && ahead.size() < window) {
        Work<Object[]> batch = read();
        if (batch == null) {
          ended = true;
        } else {
          ahead.add(batch);
          executor.execute(batch::runUnlessBegun);
        }
      }
      Work<Object[]> batch = ahead.poll();
      if (batch == null) {
        return false;
      }
      current = batch.result(ahead);
      next = 0;
    }
  }

  /**
   * {@return the next batch of lines to decode, or null at the end of the stream}: the lines side by
   * side in one array, so that a batch costs one copy and one allocation
   */
  private Work<Object[]> read() {
    byte[] buffer = new byte[BATCH_BYTES];
    int used = 0;
    int count = 0;
    int[] offsets = new int[64];
    int[] lengths = new int[64];
    long first = lines.lineNumber() + 1;
    while (used < BATCH_BYTES) {
      int length = lines.nextLine();
      if (length < 0) {
        break;
      }
      if (count == offsets.length) {
        offsets = Arrays.copyOf(offsets, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
      }
      // a line too long to keep is passed on by its length alone
      int kept = length > maxLineBytes ? 0 : length;
      if (used + kept > buffer.length) {
        // exactly: past half a heap region, G1 takes an array for humongous
        buffer = Arrays.copyOf(buffer, used + kept);
      }
      System.arraycopy(lines.line(), 0, buffer, used, kept);
      offsets[count] = used;
      lengths[count] = length;
      used += kept;
      count++;
      if (kept == 0) {
        used++; // a line of no bytes still counts towards the batch
      }
    }
    if (count == 0) {
      return null;
    }
    byte[] bytes = buffer;
    int[] starts = offsets;
    int[] sizes = lengths;
    int size = count;
    return new Work<>(() -> {
      Object[] results = new Object[size];
      for (int i = 0; i < size; i++) {
        results[i] = LineReader.decode(json, bytes, starts[i], sizes[i], first + i, maxLineBytes);
      }
      return results;
    });
  }

  /**
   * Writes sheets as JSON Lines on several threads, in order: the calling thread takes batches of
   * sheets from the stream, each batch is encoded on the executor (and by the calling thread while
   * it waits), and the lines are written in the stream's order, at most a window of batches ahead.
   */
  static void write(Stream<FactSheet> sheets, OutputStream out, Function<FactSheet, byte[]> encode,
      Executor executor, int threads) {
    Iterator<FactSheet> it = sheets.iterator();
    ArrayDeque<Work<byte[][]>> ahead = new ArrayDeque<>();
    try {
      while (true) {
        while (it.hasNext() && ahead.size() < 2 * threads) {
          List<FactSheet> batch = new ArrayList<>(SHEETS_A_BATCH);
          while (it.hasNext() && batch.size() < SHEETS_A_BATCH) {
            batch.add(it.next());
          }
          Work<byte[][]> encoding = new Work<>(() -> {
            byte[][] lines = new byte[batch.size()][];
            for (int i = 0; i < lines.length; i++) {
              lines[i] = encode.apply(batch.get(i));
            }
            return lines;
          });
          ahead.add(encoding);
          executor.execute(encoding::runUnlessBegun);
        }
        Work<byte[][]> first = ahead.poll();
        if (first == null) {
          break;
        }
        for (byte[] line : first.result(ahead)) {
          out.write(line);
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fact sheets: " + e.getMessage(), e);
    }
  }

  /** A piece of work done once, by whichever thread begins it first. */
  private static final class Work<R> {
    private final java.util.function.Supplier<R> task;
    private final AtomicBoolean begun = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private R result;
    private Throwable failure;

    Work(java.util.function.Supplier<R> task) {
      this.task = task;
    }

    /** {@return whether this call did the work: false if another thread had begun it} */
    boolean runUnlessBegun() {
      if (!begun.compareAndSet(false, true)) {
        return false;
      }
      try {
        result = task.get();
      } catch (RuntimeException | Error e) {
        failure = e;
      } finally {
        done.countDown();
      }
      return true;
    }

    /**
     * {@return the work's result, doing it here if no worker has begun it; while a worker does it,
     * doing the latest of the others that none has begun}
     */
    R result(ArrayDeque<Work<R>> others) {
      if (!runUnlessBegun()) {
        // the workers take the oldest first: help from the other end
        Iterator<Work<R>> latestFirst = others.descendingIterator();
        while (done.getCount() > 0 && latestFirst.hasNext()) {
          latestFirst.next().runUnlessBegun();
        }
      }
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
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return result;
    }
  }
}
