package org.entente.coding;

import java.util.List;
import java.util.Set;
import org.entente.party.PartyMention;
import org.entente.text.Token;

/** Tells whether a state is named as the seat of a coup or junta: "the coup in Niger", "Niger's new rulers". */
final class RulerWords {
  private static final Set<String> WORDS = Set.of("coup", "putsch", "junta", "juntas", "regime", "regimes",
      "rulers", "takeover", "putschists", "cnsp", "ousted", "ouster");
  private static final int REACH = 4;

  private RulerWords() {}

  static boolean near(List<Token> tokens, PartyMention m) {
    for (int k = Math.max(0, m.from() - REACH); k < Math.min(tokens.size(), m.to() + REACH); k++) {
      if (k >= m.from() && k < m.to()) continue;
      String w = tokens.get(k).norm();
      if (WORDS.contains(w)) return true;
      if ((w.equals("military") || w.equals("new")) && k + 1 < tokens.size()
          && tokens.get(k + 1).norm().matches("government|leaders|authorities|leadership|rulers|regime")) {
        return true;
      }
    }
    return false;
  }
}
