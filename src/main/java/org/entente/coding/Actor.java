package org.entente.coding;

import java.util.List;

/**
 * Words at tokens [from, to) that stand for one or more parties: a dictionary name ("Niger", "Tiani", "Russian")
 * or a reference resolved from context ("the junta", "the two countries", "They").
 */
record Actor(int from, int to, List<String> codes, String text, ActorKind kind) {

  boolean explicit() { return kind.explicit(); }
}
