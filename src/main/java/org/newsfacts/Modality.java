package org.newsfacts;

/** How a claim holds, as the text words it. */
public enum Modality {
  /** Stated as fact ("son importantes", "confirmaron"). */
  ASSERTED,
  /** Stated as possible ("pueden alcanzar"). */
  POSSIBLE,
  /** Stated as what someone intends or is ready to do ("está dispuesta a"). */
  INTENDED,
  /** Asked of someone: an invitation, a call, a demand ("invitó a", "llamó a"). */
  REQUESTED,
  /** Stated as not so ("negó que"). */
  DENIED
}
