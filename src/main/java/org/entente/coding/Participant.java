package org.entente.coding;

/**
 * One party as an act involves it, with the words that named it ("Nigerien defense chief Salifou Modi") at tokens
 * [from, to); a party the sentence implies without naming has no words and no position ({@code from} = -1).
 */
record Participant(String code, String text, ActorKind kind, int from, int to) {

  static Participant of(Actor a, String code) { return new Participant(code, a.text(), a.kind(), a.from(), a.to()); }

  /** A party the sentence does not name: "France withdrew its troops" — from the country the article is about. */
  static Participant implied(String code) { return new Participant(code, "", ActorKind.COUNTRY, -1, -1); }

  Participant as(String otherCode) { return new Participant(otherCode, text, kind, from, to); }

  boolean named() { return from >= 0; }
}
