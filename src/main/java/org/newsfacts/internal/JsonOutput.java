package org.newsfacts.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** How the library's generators lay out JSON, shared by the codec and the exports. */
public final class JsonOutput {
  /** Two spaces of indentation, {@code "key": value}, LF line ends: the canonical form. */
  public static final ObjectWriteContext PRETTY = new Pretty();
  /** One line, with nothing between root values: the line break is written explicitly. */
  public static final ObjectWriteContext COMPACT = new Compact();

  private JsonOutput() {}

  /** {@return a new pretty printer of the canonical form, for a Jackson 3 mapper} */
  public static PrettyPrinter prettyPrinter() {
    return Pretty.PRINTER.createInstance();
  }

  /**
   * {@return a stream that writes through to {@code out} and, when closed, only flushes it}
   *
   * @param out the caller's stream, left open
   */
  public static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /**
   * {@return the failure of a generator as the {@link UncheckedIOException} the library throws}
   *
   * @param what what was being written, such as {@code "the fact sheet"}
   * @param e the generator's failure
   */
  public static UncheckedIOException writeFailure(String what, JacksonException e) {
    return new UncheckedIOException(new IOException("cannot write " + what + ": " + e.getOriginalMessage(),
        e.getCause()));
  }

  /** Gives each generator its own pretty printer, which keeps the nesting level. */
  private static final class Pretty extends ObjectWriteContext.Base {
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(INDENT)
        .withArrayIndenter(INDENT);

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRINTER.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  private static final class Compact extends ObjectWriteContext.Base {
    @Override
    public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
      return null;
    }
  }
}
