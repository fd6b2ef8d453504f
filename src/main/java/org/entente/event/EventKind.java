package org.entente.event;

import org.entente.act.ActType;
import org.entente.coding.Mention;

/**
 * What two mentions must share to be one event, dates aside: the act type and the two parties in coded order
 * (the coder already writes undirected pairs alphabetically, so equal kinds are equal pairs).
 */
record EventKind(ActType type, String source, String target) {

  static EventKind of(Mention m) { return new EventKind(m.type(), m.source(), m.target()); }
}
