package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.act.ActType;
import org.entente.event.Event;
import org.entente.table.Schemas;

/** What {@code entente code} tells the user after a run: counts a reader can check against the CSVs. */
record CodeSummary(int articles, Map<String, Integer> skipped, int warnings, int mentions, int events,
    Map<String, Integer> eventsPerCategory, Path dataDir) {

  /** @param skipped why articles could not be read → how many */
  static CodeSummary of(int articles, int mentions, List<Event> events, Map<String, Integer> skipped, int warnings,
      Path dataDir) {
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    Arrays.stream(ActType.values()).forEach(t -> perCategory.put(t.category(), 0));
    for (Event e : events) perCategory.merge(e.type().category(), 1, Integer::sum);
    return new CodeSummary(articles, Map.copyOf(skipped), warnings, mentions, events.size(), perCategory, dataDir);
  }

  int skippedTotal() { return skipped.values().stream().mapToInt(Integer::intValue).sum(); }

  void print(PrintWriter out) {
    StringBuilder skip = new StringBuilder();
    new TreeMap<>(skipped).forEach((why, n) -> skip.append(skip.length() == 0 ? " (" : ", ").append(why).append(": ").append(n));
    if (skip.length() > 0) skip.append(')');
    out.printf("articles read: %d, coded: %d, skipped: %d%s%n", articles, articles - skippedTotal(), skippedTotal(),
        skip);
    if (warnings > 0) out.printf("warnings:      %d (on stderr)%n", warnings);
    out.printf("mentions:      %d%n", mentions);
    out.printf("events:        %d%n", events);
    eventsPerCategory.forEach((category, n) -> out.printf("  %-12s %d%n", category, n));
    out.printf("written to %s: %s%n", dataDir, String.join(", ", FILES));
  }

  private static final List<String> FILES =
      List.of(Schemas.ARTICLES.fileName(), Schemas.MENTIONS.fileName(), Schemas.EVENTS.fileName(), "datapackage.json");
}
