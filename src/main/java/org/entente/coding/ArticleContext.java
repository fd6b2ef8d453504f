package org.entente.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.date.ResolvedDate;

/**
 * What the coder knows about an article beyond the sentence at hand: which states it is about (for "the
 * country" and "the junta"), what the previous sentence named and coded (for "They"), and the dated events it
 * mentions ("the coup in Niger on July 26") that later offsets count from.
 */
final class ArticleContext {
  private final LocalDate published;
  private final Map<String, Integer> stateCounts = new LinkedHashMap<>();
  private final Map<String, Integer> ruledCounts = new LinkedHashMap<>();
  private final Map<String, ResolvedDate> anchors = new HashMap<>();
  private List<String> previousStates = List.of();
  private List<String> previousSources = List.of();

  ArticleContext(LocalDate published) { this.published = published; }

  LocalDate published() { return published; }

  void countState(String code) { stateCounts.merge(code, 1, Integer::sum); }

  /** A state named next to a coup or a junta ("the coup in Niger", "Mali's military rulers"). */
  void countRuled(String code) { ruledCounts.merge(code, 1, Integer::sum); }

  /** The state "the junta" or "the new rulers" most likely means: the one the article ties to a junta. */
  String ruledState() {
    String best = null;
    for (Map.Entry<String, Integer> e : ruledCounts.entrySet()) {
      if (best == null || e.getValue() > ruledCounts.get(best)) best = e.getKey();
    }
    return best != null ? best : salientStateExcept(List.of());
  }

  /** States by how often the article names them, most first; ties keep the order of first mention. */
  List<String> salientStates() {
    List<String> codes = new ArrayList<>(stateCounts.keySet());
    codes.sort((a, b) -> stateCounts.get(b) - stateCounts.get(a));
    return codes;
  }

  /** The most salient state not in {@code except}, or null. */
  String salientStateExcept(List<String> except) {
    for (String c : salientStates()) {
      if (!except.contains(c)) return c;
    }
    return null;
  }

  void anchor(String family, ResolvedDate date) {
    ResolvedDate known = anchors.get(family);
    if (known == null || date.precision().compareTo(known.precision()) < 0) anchors.put(family, date);
  }

  ResolvedDate anchor(String family) { return anchors.get(family); }

  void endSentence(List<String> states, List<String> sources) {
    previousStates = List.copyOf(states);
    previousSources = List.copyOf(sources);
  }

  List<String> previousStates() { return previousStates; }

  List<String> previousSources() { return previousSources; }
}
