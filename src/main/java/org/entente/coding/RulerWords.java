package org.entente.coding;

import java.util.List;
import java.util.Set;
import org.entente.party.PartyMention;
import org.entente.text.Token;

/**
 * Tells whether a state is named as the seat of a coup or junta: "the coup in Niger", "Niger's new rulers",
 * "the junta in Bamako", "the Nigerien junta".
 */
final class RulerWords {
  private static final Set<String> WORDS = Set.of("coup", "putsch", "junta", "juntas", "regime", "regimes",
      "rulers", "takeover", "putschists", "cnsp", "ouster");
  private static final Set<String> MODIFIERS = Set.of("'s", "new", "military", "ruling", "transitional",
      "coup", "army", "the", "interim");
  private static final Set<String> GOVERNMENT = Set.of("government", "leaders", "authorities", "leadership");

  private RulerWords() {}

  static boolean near(List<Token> tokens, PartyMention m) {
    // "Niger's new military rulers", "the Nigerien junta"
    boolean military = false;
    for (int k = m.to(); k < Math.min(tokens.size(), m.to() + 4); k++) {
      String w = tokens.get(k).norm();
      if (WORDS.contains(w) || military && GOVERNMENT.contains(w)) return true;
      if (!MODIFIERS.contains(w)) break;
      military |= w.equals("military") || w.equals("new") || w.equals("transitional");
    }
    // "the coup in Niger", "the junta of Mali"
    int k = m.from() - 1;
    if (k >= 0 && tokens.get(k).is("the")) k--;
    if (k >= 1 && (tokens.get(k).is("in") || tokens.get(k).is("of"))) {
      return WORDS.contains(tokens.get(k - 1).norm());
    }
    return false;
  }
}
