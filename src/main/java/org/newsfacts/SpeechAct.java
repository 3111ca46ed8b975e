package org.newsfacts;

/** What a speaker does with a statement, as the source's verb reports it. */
public enum SpeechAct {
  /** Says, points out ("dijo", "señaló", "según él"). */
  SAY,
  /** Informs, reports news ("informa", "informó"). */
  INFORM,
  /** Invites someone to do something ("invita"). */
  INVITE,
  /** Thanks someone ("agradeció"). */
  THANK,
  /** Emphasizes, stresses ("enfatizó", "subrayó"). */
  EMPHASIZE,
  /** Confirms ("confirmaron"). */
  CONFIRM,
  /** Condemns ("condenaron"). */
  CONDEMN,
  /** Calls on someone to act ("llamó a"). */
  CALL_ON,
  /** Announces something new ("anunció"). */
  ANNOUNCE,
  /** Promises ("prometió"). */
  PROMISE,
  /** Denies ("negó"). */
  DENY
}
