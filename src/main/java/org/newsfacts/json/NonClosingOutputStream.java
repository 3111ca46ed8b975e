package org.newsfacts.json;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Flushes, but leaves the caller's stream open, when the generator closes it. */
final class NonClosingOutputStream extends FilterOutputStream {
  NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
