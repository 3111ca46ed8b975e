package org.newsfacts.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** The tokens of a Jackson 3 parser, for the codec and the Jackson 3 module. */
public final class Jackson3Tokens implements Tokens {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.PROPERTY_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser parser;
  /** The context the value is read in: paths are relative to it. */
  private final TokenStreamContext base;

  /**
   * Reads the tokens of a parser, from where it stands: paths are relative to that place.
   *
   * @param parser the parser
   */
  public Jackson3Tokens(JsonParser parser) {
    this.parser = parser;
    TokenStreamContext context = parser.streamReadContext();
    // on the value's first token, the parser already stands in the value's own context
    this.base = parser.isExpectedStartObjectToken() || parser.isExpectedStartArrayToken()
        ? context.getParent() : context;
  }

  private Token token(JsonToken token) {
    if (token == null) {
      return null;
    }
    Token mapped = TOKENS[token.ordinal()];
    if (mapped == null) {
      throw new Failure(Failure.Kind.SYNTAX, "unexpected " + token, line(), column(), null);
    }
    return mapped;
  }

  @Override
  public Token next() {
    try {
      return token(parser.nextToken());
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String string() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public BigDecimal decimal() {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return parser.currentTokenLocation().getColumnNr();
  }

  @Override
  public String path() {
    ArrayDeque<String> steps = new ArrayDeque<>();
    for (TokenStreamContext context = parser.streamReadContext(); context != null && context != base
        && !context.inRoot(); context = context.getParent()) {
      if (context.inArray()) {
        steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.currentName() != null) {
        steps.push("." + context.currentName());
      }
    }
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@return the parser's exception as the codec's failure, at the place it names} */
  private Failure failure(JacksonException e) {
    TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    Failure.Kind kind = e instanceof StreamConstraintsException ? Failure.Kind.LIMIT
        : e instanceof JacksonIOException ? Failure.Kind.IO : Failure.Kind.SYNTAX;
    String message = e.getOriginalMessage();
    int end = message == null ? -1 : message.indexOf('\n');
    return new Failure(kind, end < 0 ? String.valueOf(message) : message.substring(0, end),
        at.getLineNr(), at.getColumnNr(), kind == Failure.Kind.IO ? e.getCause() : e);
  }
}
