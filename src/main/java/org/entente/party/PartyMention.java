package org.entente.party;

/** A party named by tokens [from, to) of a sentence. */
public record PartyMention(int from, int to, String code, AliasKind kind, String text) {

  public PartyMention withCode(String newCode) { return new PartyMention(from, to, newCode, kind, text); }
}
