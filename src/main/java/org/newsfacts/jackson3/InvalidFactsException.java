package org.newsfacts.jackson3;

import java.util.List;
import org.newsfacts.Violation;
import org.newsfacts.json.JsonReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * A value of the newsfacts model in a Jackson 3 document is not valid: a
 * {@code DatabindException}, so that a mapper's caller handles it as any other, which carries every
 * {@link Violation} the library found. Its {@linkplain #getPath() path} and
 * {@linkplain #getLocation() location} are those of the value in the caller's document; the
 * violations' paths are relative to the value, their lines and columns those of the caller's
 * document. Its cause is the library's {@link JsonReadException}.
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(json, Envelope.class);
 * } catch (InvalidFactsException e) {
 *   e.getPathReference();                          // Envelope["sheet"]
 *   e.violations().get(0).rule();                  // Rule.REF_UNRESOLVED
 * }
 * }</pre>
 */
public final class InvalidFactsException extends DatabindException {
  private static final long serialVersionUID = 1L;

  InvalidFactsException(JsonParser parser, Class<?> type, TokenStreamLocation start, JsonReadException cause) {
    super(parser, "Invalid " + type.getName().replace('$', '.') + cause.getMessage().substring(
        cause.getMessage().indexOf(':')), start, cause);
  }

  /** {@return every violation the library found in the value, in the order found; never empty} */
  public List<Violation> violations() {
    return ((JsonReadException) getCause()).violations();
  }
}
