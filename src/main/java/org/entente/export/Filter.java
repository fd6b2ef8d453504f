package org.entente.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which events an export keeps: an event passes when it involves one of {@code parties} (either side), is between
 * one of the {@code dyads} (either direction), starts within [{@code from}, {@code to}], is of one of the
 * {@code categories} and has at least {@code minArticles} articles. An empty set or a null bound does not filter.
 *
 * @param dyads each a pair of codes in alphabetical order
 */
public record Filter(Set<String> parties, Set<List<String>> dyads, LocalDate from, LocalDate to,
    Set<String> categories, Integer minArticles) {

  /** What was asked, for the sidecar and the export sheet: filter name → value, only those given. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    if (!parties.isEmpty()) out.put("party", String.join(",", parties));
    if (!dyads.isEmpty()) {
      List<String> d = new ArrayList<>();
      dyads.forEach(p -> d.add(p.get(0) + "," + p.get(1)));
      out.put("dyad", String.join(";", d));
    }
    if (from != null) out.put("from", from.toString());
    if (to != null) out.put("to", to.toString());
    if (!categories.isEmpty()) out.put("category", String.join(",", categories));
    if (minArticles != null) out.put("min_articles", minArticles.toString());
    return out;
  }
}
