package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a whole article is about, counted over all its sentences before any act is coded: how often it names
 * each state and organisation, and which states it ties to a coup or junta. "the country" and "the junta" are
 * read from it, and which of the states it names were ruled by soldiers on its day. Maps keep the order of first
 * mention, which breaks ties.
 */
record Salience(Map<String, Integer> states, Map<String, Integer> ruled, Map<String, Integer> organisations,
    Map<String, Integer> ruledBySoldiers) {

  static final Salience NONE = new Salience(Map.of(), Map.of(), Map.of(), Map.of());

  /** States by how often the article names them, most first; ties keep the order of first mention. */
  List<String> salientStates() {
    List<String> codes = new ArrayList<>(states.keySet());
    codes.sort((a, b) -> states.get(b) - states.get(a));
    return codes;
  }

  /**
   * The {@code n} states the article is about, when it names them far more than any other (each at least three
   * times as often as the next): "the two leaders" long after both were last named. Empty otherwise.
   */
  List<String> dominantStates(int n) {
    List<String> codes = salientStates();
    if (codes.size() < n) return List.of();
    int weakest = states.get(codes.get(n - 1));
    int next = codes.size() > n ? states.get(codes.get(n)) : 0;
    return weakest >= 3 * Math.max(1, next) ? List.copyOf(codes.subList(0, n)) : List.of();
  }

  /** The most salient state not in {@code except}, or null. */
  String salientStateExcept(List<String> except) {
    for (String c : salientStates()) {
      if (!except.contains(c)) return c;
    }
    return null;
  }

  /**
   * The state the article names at least {@link #FAR_MORE} times as often as any of {@code parties}, or null: the
   * one a story about it mentions them for.
   */
  String stateFarMoreNamedThan(List<String> parties) {
    String other = salientStateExcept(parties);
    if (other == null) return null;
    int most = 1;
    for (String p : parties) most = Math.max(most, states.getOrDefault(p, 0));
    return states.get(other) >= FAR_MORE * most ? other : null;
  }

  /**
   * The party, state or organisation, the article names most that is not in {@code except}: the other side of an
   * agreement the words do not name (an alliance for a treaty with it, DATASET.md).
   */
  String salientPartyExcept(List<String> except) {
    String best = null;
    int bestCount = 0;
    for (Map<String, Integer> counts : List.of(states, organisations)) {
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (!except.contains(e.getKey()) && e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
    }
    return best;
  }

  /**
   * The state "the junta" or "the new rulers" most likely means: the one the article ties to a junta, unless the
   * article is about another state, named far more often ("Burkina Faso's junta" once in a story about Chad).
   */
  String ruledState() {
    String best = mostCounted(ruled);
    // ("Burkina Faso's junta" once in a story about Niger's soldiers and Russia: the state soldiers rule that the
    // article names far more)
    String soldiers = mostCounted(ruledBySoldiers);
    if (best != null && soldiers != null && !soldiers.equals(best)
        && states.getOrDefault(soldiers, 0) >= FAR_MORE * Math.max(1, states.getOrDefault(best, 0))) {
      best = soldiers;
    }
    String salient = salientStateExcept(List.of());
    if (best == null) return salient;
    return salient != null && states.get(salient) >= FAR_MORE * Math.max(1, states.getOrDefault(best, 0))
        ? salient : best;
  }

  /**
   * The state "the junta" or "the military rulers" means: as {@link #ruledState()} when that is a state soldiers
   * ruled on the article's day; otherwise the state it names most that soldiers ruled ("the junta" in a story about
   * Russia and Niger is Niger's), and only with none the state it is about.
   */
  String juntaState() {
    if (ruledBySoldiers.isEmpty()) return ruledState();
    // ("relations with the ruling junta" in a story that once names France's government: a junta rules where
    // soldiers rule)
    String ruledOne = ruled.isEmpty() ? null : ruledState();
    return ruledOne != null && ruledBySoldiers.containsKey(ruledOne) ? ruledOne : mostCounted(ruledBySoldiers);
  }

  /** How many times as often the article must name a state for it to be the one it is about. */
  private static final int FAR_MORE = 4;

  /** The organisation the article names most. */
  String mostNamedOrganisation() { return mostCounted(organisations); }

  /** The organisation that {@code fits} the article names most. */
  String mostNamedOrganisation(Predicate<String> fits) { return mostCounted(organisations, fits); }

  private static String mostCounted(Map<String, Integer> counts) { return mostCounted(counts, code -> true); }

  private static String mostCounted(Map<String, Integer> counts, Predicate<String> fits) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (fits.test(e.getKey()) && (best == null || e.getValue() > counts.get(best))) best = e.getKey();
    }
    return best;
  }
}
