package org.newsfacts.internal;

import java.math.BigDecimal;

/**
 * The tokens of a JSON document as the codec reads them, whatever parser gives them: Jackson 3's,
 * or Jackson 2's inside a Jackson 2 mapper. Positions and paths are those of the caller's document.
 */
public interface Tokens {
  /** The kinds of token. */
  enum Token {
    /** {@code {} */
    START_OBJECT,
    /** {@code }} */
    END_OBJECT,
    /** {@code [} */
    START_ARRAY,
    /** {@code ]} */
    END_ARRAY,
    /** A property name. */
    NAME,
    /** A string. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or exponent. */
    DECIMAL,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL
  }

  /**
   * {@return the next token, or null at the end of the input}
   *
   * @throws Failure if the input is not well-formed JSON, breaks a limit or cannot be read
   */
  Token next();

  /** {@return the current token, or null} */
  Token current();

  /** {@return the current property name} */
  String name();

  /** {@return the current string, or the text of the current number} */
  String string();

  /** {@return whether the current integer fits an {@code int}} */
  boolean isInt();

  /** {@return the current integer, when it fits an {@code int}} */
  int intValue();

  /** {@return the current number, exactly} */
  BigDecimal decimal();

  /** {@return the line of the current token, from 1} */
  int line();

  /** {@return the column of the current token, from 1} */
  int column();

  /** {@return the path of the current token in the parser's own terms: {@code participants[1].name}} */
  String path();

  /**
   * A failure of the parser: the input is not well-formed JSON, breaks a limit, or cannot be read.
   */
  final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
      /** Not well-formed JSON. */
      SYNTAX,
      /** A limit of the parser. */
      LIMIT,
      /** The input could not be read. */
      IO
    }

    private final Kind kind;
    private final int line;
    private final int column;

    /**
     * Creates a failure.
     *
     * @param kind what kind
     * @param message what happened
     * @param line the line, from 1, or 0
     * @param column the column, from 1, or 0
     * @param cause the parser's exception
     */
    public Failure(Kind kind, String message, int line, int column, Throwable cause) {
      super(message, cause, false, false);
      this.kind = kind;
      this.line = line;
      this.column = column;
    }

    /** {@return what kind of failure} */
    public Kind kind() {
      return kind;
    }

    /** {@return the line, from 1, or 0} */
    public int line() {
      return line;
    }

    /** {@return the column, from 1, or 0} */
    public int column() {
      return column;
    }
  }
}
