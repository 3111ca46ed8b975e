package org.newsfacts.json;

import java.util.List;
import org.newsfacts.NewsFactsException;
import org.newsfacts.Violation;

/**
 * A JSON document could not be read as a fact sheet: it is not JSON, breaks a limit, has the wrong
 * shape, or describes an invalid sheet. Every violation names the path of the bad value and, where
 * the document has one, its line and column.
 */
public final class JsonReadException extends NewsFactsException {
  private static final long serialVersionUID = 1L;

  JsonReadException(List<Violation> violations, Throwable cause) {
    super("Cannot read the JSON", violations, cause);
  }
}
