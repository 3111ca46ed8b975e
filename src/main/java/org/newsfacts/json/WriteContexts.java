package org.newsfacts.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** How the library's generators lay out JSON: canonical pretty form, or compact lines. */
final class WriteContexts {
  /** Two spaces of indentation, {@code "key": value}, LF line ends: the canonical form. */
  static final ObjectWriteContext PRETTY = new Pretty();
  /** One line, with nothing between root values: the line break is written explicitly. */
  static final ObjectWriteContext COMPACT = new Compact();

  private WriteContexts() {}

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
