package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.WireNames;
/** How the source renders what was said. */
public enum SpeechMode {
  /** A direct quote, in quotation marks: the words of the speaker, verbatim. */
  DIRECT,
  /** Reported speech: the outlet's words for what the speaker said ("Según él, ..."). */
  INDIRECT,
  /** Reported speech with a quoted part ("hablaron de ..., en particular «...»"). */
  MIXED,
  /** The outlet's own account, attributed to nobody else. */
  NARRATION;

  // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
  @JsonValue
  String jackson() {
    return WireNames.of(this);
  }
}
