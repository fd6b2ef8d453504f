package org.entente.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.entente.text.Normalizer;

/**
 * The regional words of news, from {@code region-words.csv}: "west african", "east asian", "gulf" and the states
 * each covers, a region's being the states whose M49 sub-region it names in {@code parties.csv}. They let "the
 * West African country" stand for the West African state the article is about.
 */
public final class RegionWords {
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Set<String> words = new java.util.HashSet<>();

  /** A phrase as normalised words, and the state codes it covers. */
  private record Phrase(List<String> words, Set<String> states) {}

  public RegionWords(Dictionaries files, PartyDictionary parties) {
    for (CsvTable.Row row : files.table("region-words.csv").rows("words", "regions")) {
      List<String> phrase = List.of(Normalizer.norm(row.get("words")).split("\\s+"));
      Set<String> states = new LinkedHashSet<>();
      for (String region : row.get("regions").split(";")) {
        String r = region.trim();
        if (parties.party(r).filter(p -> !p.organisation()).isPresent()) {
          states.add(r);
          continue;
        }
        List<String> in = parties.parties().stream().filter(p -> p.region().equals(r)).map(Party::code).toList();
        if (in.isEmpty()) throw row.error("'" + r + "' is neither a state code nor a region of parties.csv");
        states.addAll(in);
      }
      // in the file's order, which groups pair their states in: Set.copyOf iterates in an order that changes from
      // one run of the JVM to the next, and mentions.csv did with it
      byFirstWord.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new Phrase(phrase,
          java.util.Collections.unmodifiableSet(states)));
      words.addAll(phrase);
    }
  }

  /** Whether a normalised word belongs to some regional phrase ("west", "african"). */
  public boolean isRegionWord(String norm) { return words.contains(norm); }

  /**
   * The states the longest regional phrase in {@code tokens} [from, to) covers, or null when there is none:
   * "the landlocked West African country" → the West African states.
   */
  public Set<String> states(List<String> tokens, int from, int to) {
    Phrase best = null;
    for (int i = from; i < to; i++) {
      for (Phrase p : byFirstWord.getOrDefault(tokens.get(i), List.of())) {
        if (i + p.words().size() > to || !tokens.subList(i, i + p.words().size()).equals(p.words())) continue;
        if (best == null || p.words().size() > best.words().size()) best = p;
      }
    }
    return best == null ? null : best.states();
  }
}
