package org.entente.coding;

import java.util.List;

/**
 * Words at tokens [from, to) that stand for one or more parties: a dictionary name ("Niger", "Tiani",
 * "Russian") or a reference resolved from context ("the junta", "the two countries", "They").
 */
record Actor(int from, int to, List<String> codes, String text, Kind kind) {

  enum Kind {
    /** Named through the party dictionary. */
    NAMED,
    /** A place named as where something happened or whose government acts: "in Niamey". */
    PLACE,
    /** "the junta", "the military authorities": the state they rule. */
    RULER,
    /** "the country": the state the article is about. */
    COUNTRY,
    /** "the two countries", "the three Sahel states": the states just named together. */
    PAIR,
    /** "the bloc", "the regional body": the organisation last named. */
    ORGANISATION,
    /** "They": the actor of the previous sentence. */
    PRONOUN
  }

  boolean explicit() { return kind == Kind.NAMED || kind == Kind.PLACE; }
}
