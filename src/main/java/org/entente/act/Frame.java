package org.entente.act;

import java.util.Locale;

/** How a trigger's grammatical roles map to source and target; see the header of acts.csv. */
public enum Frame {
  /** The subject acts on the object: "Niger expelled the French ambassador". */
  AGENT,
  /** The subject receives the object, who is the source: "Tiani received the Russian delegation". */
  HOST,
  /** Undirected: every pair among the parties involved. */
  MUTUAL,
  /** For a noun: the "of" party is the target, the possessor or "by" party the source. */
  PATIENT,
  /** The subject is the party told to leave: "the mission will have six months to leave the country". */
  ULTIMATUM;

  public static Frame of(String text) { return valueOf(text.trim().toUpperCase(Locale.ROOT)); }
}
