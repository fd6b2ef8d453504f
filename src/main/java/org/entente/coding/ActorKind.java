package org.entente.coding;

/** How the words of a mention name a party: outright, or through a reference resolved from the article. */
public enum ActorKind {
  /** Named through the party dictionary: "Niger", "Tiani", "Russian". */
  NAMED,
  /** A place named as where something happened or whose government acts: "in Niamey". */
  PLACE,
  /**
   * A place inside a state, from the places gazetteer, named as a location: "in Gao", "from Cabo Delgado". It
   * supplies the state that hosts an act where a PLACE would, and takes no other role.
   */
  LOCALITY,
  /** "the junta", "the military authorities": the state they rule. */
  RULER,
  /** "the country": the state the article is about. */
  COUNTRY,
  /** "the two countries", "the three Sahel states": the states just named together. */
  PAIR,
  /** "the bloc", "the regional body": the organisation last named. */
  ORGANISATION,
  /** "They": the actor of the previous sentence. */
  PRONOUN;

  /** Whether the words name the party themselves, so that a reader can check the mention on its own. */
  public boolean explicit() { return this == NAMED || this == PLACE || this == LOCALITY; }
}
