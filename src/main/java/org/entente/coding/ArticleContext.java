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
  private final Map<String, Integer> organisationCounts = new LinkedHashMap<>();
  /** States in the order the article last named them, most recent first. */
  private final List<String> recentStates = new ArrayList<>();
  private final Map<String, ResolvedDate> anchors = new HashMap<>();
  private List<String> previousStates = List.of();
  private List<String> previousSources = List.of();

  ArticleContext(LocalDate published) { this.published = published; }

  LocalDate published() { return published; }

  void countState(String code) { stateCounts.merge(code, 1, Integer::sum); }

  void countOrganisation(String code) { organisationCounts.merge(code, 1, Integer::sum); }

  private String lastOrganisation;

  void namedOrganisation(String code) { lastOrganisation = code; }

  /** The organisation "the bloc" or "the regional body" most likely means: the last named, else the most named. */
  String salientOrganisation() {
    if (lastOrganisation != null) return lastOrganisation;
    String best = null;
    for (Map.Entry<String, Integer> e : organisationCounts.entrySet()) {
      if (best == null || e.getValue() > organisationCounts.get(best)) best = e.getKey();
    }
    return best;
  }

  private final List<List<String>> groups = new ArrayList<>();

  /** States named together ("Mali, Burkina Faso and Niger"), for a later "the three countries". */
  void rememberGroup(List<String> states) {
    if (states.size() > 1) groups.add(0, List.copyOf(states));
  }

  /** The last group of exactly {@code n} states named together, or empty. */
  List<String> lastGroup(int n) {
    return groups.stream().filter(g -> g.size() == n).findFirst().orElse(List.of());
  }

  /** The {@code n} states named last, before this sentence: "the three countries". */
  List<String> lastStates(int n) {
    return List.copyOf(recentStates.subList(0, Math.min(n, recentStates.size())));
  }

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

  private List<String> previousSubject = List.of();

  /** The parties "They" or "It" stands for: the previous sentence's actor, or else its subject. */
  List<String> pronounReferent() { return previousSources.isEmpty() ? previousSubject : previousSources; }

  void endSentence(List<String> states, List<String> sources, List<String> subject) {
    previousSubject = List.copyOf(subject);
    previousStates = List.copyOf(states);
    previousSources = List.copyOf(sources);
    for (int i = states.size() - 1; i >= 0; i--) {
      recentStates.remove(states.get(i));
      recentStates.add(0, states.get(i));
    }
  }

  List<String> previousStates() { return previousStates; }

  List<String> previousSources() { return previousSources; }
}
