package org.entente.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.text.Normalizer;
import org.entente.text.Token;

/**
 * Agreements news names without their parties, from {@code agreements.csv}: "the 2015 nuclear deal, which the
 * United States quit" was quit with Iran. Read only where a sentence names no partner.
 */
public final class KnownAgreements {
  private record Agreement(List<String> words, List<String> parties) {}

  /** The agreements by the first of their words, so that a sentence is read once. */
  private final Map<String, List<Agreement>> byFirstWord = new HashMap<>();

  public KnownAgreements(Dictionaries files, PartyDictionary parties) {
    for (CsvTable.Row row : files.table("agreements.csv").rows("words", "parties")) {
      if (row.get("words").isBlank() || row.get("parties").isBlank()) throw row.error("words and parties are required");
      List<String> codes = List.of(row.get("parties").trim().split("\\s*;\\s*"));
      for (String code : codes) {
        if (parties.party(code).isEmpty()) throw row.error("unknown party code '" + code + "'");
      }
      List<String> words = List.of(row.get("words").trim().split("\\s+")).stream().map(Normalizer::norm).toList();
      byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Agreement(words, codes));
    }
  }

  /** The parties of the agreement named nearest to token {@code near}; empty when the tokens name none. */
  public List<String> partiesNamedNear(List<Token> tokens, int near) {
    List<String> best = List.of();
    int distance = Integer.MAX_VALUE;
    for (int k = 0; k < tokens.size(); k++) {
      for (Agreement a : byFirstWord.getOrDefault(tokens.get(k).norm(), List.of())) {
        if (Math.abs(k - near) < distance && namedAt(tokens, k, a.words())) {
          distance = Math.abs(k - near);
          best = a.parties();
        }
      }
    }
    return best;
  }

  private static boolean namedAt(List<Token> tokens, int k, List<String> words) {
    if (k + words.size() > tokens.size()) return false;
    for (int j = 0; j < words.size(); j++) if (!tokens.get(k + j).norm().equals(words.get(j))) return false;
    return true;
  }
}
