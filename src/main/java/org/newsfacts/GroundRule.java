package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.WireNames;

/**
 * The terms on which a briefing or a statement is given, as the text states them: "we're going to
 * do this on the record", "speaking on background".
 */
public enum GroundRule {
  /** On the record: the speaker may be named and quoted. */
  ON_THE_RECORD,
  /** On background: it may be used, attributed to a description, not to the speaker's name. */
  BACKGROUND,
  /** On deep background: it may be used, attributed to nobody. */
  DEEP_BACKGROUND,
  /** Off the record: it is not to be reported. */
  OFF_THE_RECORD;

  // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
  @JsonValue
  String jackson() {
    return WireNames.of(this);
  }
}
