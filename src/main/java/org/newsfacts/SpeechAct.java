package org.newsfacts;

import com.fasterxml.jackson.annotation.JsonValue;
import org.newsfacts.internal.WireNames;
/**
 * What a speaker does with a statement, as the source's reporting verb says: a vocabulary wide
 * enough for news. The verb itself, as written, is the statement's {@linkplain Statement#cue() cue};
 * where no act fits, the act is {@link #OTHER} and the cue says what it is, so that nothing is
 * forced into the nearest wrong act.
 */
public enum SpeechAct {
  /** Says, points out ("said", "dijo", "señaló", "según él"). */
  SAY,
  /** Adds to what was said ("added", "agregó"). */
  ADD,
  /** Informs, reports news ("informed", "informa", "reported"). */
  INFORM,
  /** Announces something new ("announced", "anunció"). */
  ANNOUNCE,
  /** Explains ("explained", "explicó"). */
  EXPLAIN,
  /** Describes ("described ... as", "calificó de"). */
  DESCRIBE,
  /** Notes, observes ("noted", "observó"). */
  NOTE,
  /** Emphasizes, stresses, underscores ("stressed", "enfatizó", "subrayó"). */
  EMPHASIZE,
  /** Says again ("reiterated", "reiteró"). */
  REITERATE,
  /** Asserts what others may doubt ("claimed", "afirmó"). */
  CLAIM,
  /** Alleges wrongdoing or an unproven fact ("alleged", "alegó"). */
  ALLEGE,
  /** Agrees ("agreed", "coincidió"). */
  AGREE,
  /** Disagrees ("disagreed", "discrepó"). */
  DISAGREE,
  /** Confirms ("confirmed", "confirmaron"). */
  CONFIRM,
  /** Denies ("denied", "negó", "desmintió"). */
  DENY,
  /** Acknowledges ("acknowledged", "reconoció"). */
  ACKNOWLEDGE,
  /** Admits ("admitted", "admitió"). */
  ADMIT,
  /** Answers a question ("replied", "respondió"). */
  ANSWER,
  /** Asks a question ("asked", "preguntó"). */
  ASK,
  /** Criticises ("criticised", "criticó"). */
  CRITICISE,
  /** Condemns ("condemned", "condenaron"). */
  CONDEMN,
  /** Accuses ("accused", "acusó"). */
  ACCUSE,
  /** Praises ("praised", "elogió"). */
  PRAISE,
  /** Welcomes ("welcomed", "celebró", "saludó"). */
  WELCOME,
  /** Thanks someone ("thanked", "agradeció"). */
  THANK,
  /** Apologises ("apologised", "pidió disculpas"). */
  APOLOGISE,
  /** Expresses a feeling or stance ("expressed concern", "expresó su preocupación"). */
  EXPRESS,
  /** Hopes ("hoped", "espera que"). */
  HOPE,
  /** Warns ("warned", "advirtió"). */
  WARN,
  /** Threatens ("threatened", "amenazó"). */
  THREATEN,
  /** Declines, as to comment ("declined to comment", "declinó"). */
  DECLINE,
  /** Refuses ("refused", "se negó a"). */
  REFUSE,
  /** Rejects ("rejected", "rechazó"). */
  REJECT,
  /** Demands ("demanded", "exigió"). */
  DEMAND,
  /** Calls on someone to act ("called on", "llamó a", "instó"). */
  CALL_ON,
  /** Urges ("urged", "urgió"). */
  URGE,
  /** Invites someone to do something ("invited", "invita"). */
  INVITE,
  /** Proposes ("proposed", "propuso"). */
  PROPOSE,
  /** Recommends ("recommended", "recomendó"). */
  RECOMMEND,
  /** Reminds ("reminded the sides of their commitments", "recordó"). */
  REMIND,
  /** Refers the reader elsewhere ("See Revised Measures", "for details, see", "véase"). */
  REFER,
  /** Promises, pledges ("promised", "pledged", "prometió"). */
  PROMISE,
  /** Estimates ("estimated", "estimó", "calculó"). */
  ESTIMATE,
  /** Predicts, forecasts ("predicted", "forecast", "pronosticó"). */
  PREDICT,
  /** Expects ("expects", "prevé"). */
  EXPECT,
  /** Discusses ("discussed", "abordaron", "debatieron"). */
  DISCUSS,
  /** Greets ("good morning", "buenos días", "greeted"). */
  GREET,
  /** Shows or presents something as evidence: a map, data, a video ("presented", "showed", "mostró"). */
  PRESENT,
  /** Spreads a story or a rumour ("is circulating", "are spreading", "difunden"). */
  SPREAD,
  /** Gives the floor to the next speaker of a briefing ("I'll open it up. Lita?", "go ahead"). */
  GIVE_FLOOR,
  /** Affirms or reaffirms ("affirmed their commitment", "reafirmó"). */
  AFFIRM,
  /** Orders or directs ("directed the Desk to", "ordered", "instruyó"). */
  ORDER,
  /** Claims responsibility for an act ("claimed responsibility for the attack", "se atribuyó"). */
  CLAIM_RESPONSIBILITY,
  /** None of the above: the cue says what, as written. */
  OTHER,
  /** The text the sheet has does not say: a quote whose reporting verb the copy cut off. */
  UNKNOWN;

  // Without the newsfacts module, Jackson writes and reads the constant by its wire name.
  @JsonValue
  String jackson() {
    return WireNames.of(this);
  }
}
