package org.newsfacts.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import org.newsfacts.internal.Tokens;

/** The tokens of a Jackson 2 parser, for the codec. */
final class Jackson2Tokens implements Tokens {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  private final JsonParser parser;
  /** The context the value is read in: paths are relative to it. */
  private final JsonStreamContext base;

  Jackson2Tokens(JsonParser parser) {
    this.parser = parser;
    JsonStreamContext context = parser.getParsingContext();
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
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Token current() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String string() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean isInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public BigDecimal decimal() {
    try {
      return parser.getDecimalValue();
    } catch (IOException e) {
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
    for (JsonStreamContext context = parser.getParsingContext(); context != null && context != base
        && !context.inRoot(); context = context.getParent()) {
      if (context.inArray()) {
        steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.getCurrentName() != null) {
        steps.push("." + context.getCurrentName());
      }
    }
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  /** {@return the parser's exception as the codec's failure, at the place it names} */
  private Failure failure(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      return new Failure(Failure.Kind.IO, String.valueOf(e.getMessage()), 0, 0, e);
    }
    JsonProcessingException problem = (JsonProcessingException) e;
    JsonLocation at = problem.getLocation() != null ? problem.getLocation() : parser.currentLocation();
    String message = problem.getOriginalMessage();
    int end = message == null ? -1 : message.indexOf('\n');
    return new Failure(e instanceof StreamConstraintsException ? Failure.Kind.LIMIT : Failure.Kind.SYNTAX,
        end < 0 ? String.valueOf(message) : message.substring(0, end), at.getLineNr(), at.getColumnNr(), e);
  }
}
