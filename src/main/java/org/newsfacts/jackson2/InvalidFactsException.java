package org.newsfacts.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.newsfacts.Violation;
import org.newsfacts.json.JsonReadException;

/**
 * A value of the newsfacts model in a Jackson 2 document is not valid: a
 * {@code JsonMappingException}, so that a mapper's caller handles it as any other, which carries
 * every {@link Violation} the library found. Its {@linkplain #getPath() path} and
 * {@linkplain #getLocation() location} are those of the value in the caller's document; the
 * violations' paths are relative to the value, their lines and columns those of the caller's
 * document. Its cause is the library's {@link JsonReadException}.
 */
public final class InvalidFactsException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  InvalidFactsException(JsonParser parser, Class<?> type, JsonLocation start, JsonReadException cause) {
    super(parser, "Invalid " + type.getName().replace('$', '.') + cause.getMessage().substring(
        cause.getMessage().indexOf(':')), cause);
    _location = start;
  }

  /** {@return every violation the library found in the value, in the order found; never empty} */
  public List<Violation> violations() {
    return ((JsonReadException) getCause()).violations();
  }
}
