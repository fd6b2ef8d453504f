package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.act.ActType;
import org.entente.event.Dataset;
import org.entente.event.Event;
import org.entente.table.Schemas;

/** What {@code entente code} tells the user after a run: counts a reader can check against the CSVs. */
record CodeSummary(int articles, Map<String, Integer> skipped, int warnings, int mentions, int events,
    Map<String, Integer> eventsPerCategory, Path dataDir, Path corrections, int corrected, int notCorrected,
    Updated updated) {

  /** What {@code --update} did with the articles; null without it. */
  record Updated(int reused, int coded, int kept, int removed) {}

  /** @param skipped why articles could not be read → how many */
  static CodeSummary of(Dataset d, Map<String, Integer> skipped, int warnings, Path dataDir) {
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    Arrays.stream(ActType.values()).forEach(t -> perCategory.put(t.category(), 0));
    for (Event e : d.events()) perCategory.merge(e.type().category(), 1, Integer::sum);
    return new CodeSummary(d.articles().size(), Map.copyOf(skipped), warnings, d.mentions().size(), d.events().size(),
        perCategory, dataDir, null, 0, 0, null);
  }

  /** For a run that did not keep its dataset: the counts and the events. */
  static CodeSummary of(int articles, int mentions, List<Event> events, Map<String, Integer> skipped, int warnings,
      Path dataDir) {
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    Arrays.stream(ActType.values()).forEach(t -> perCategory.put(t.category(), 0));
    for (Event e : events) perCategory.merge(e.type().category(), 1, Integer::sum);
    return new CodeSummary(articles, Map.copyOf(skipped), warnings, mentions, events.size(), perCategory, dataDir,
        null, 0, 0, null);
  }

  CodeSummary withCorrections(Path file, int applied, int notApplied) {
    return new CodeSummary(articles, skipped, warnings, mentions, events, eventsPerCategory, dataDir, file, applied,
        notApplied, updated);
  }

  CodeSummary withUpdate(boolean update, int reused, int coded, int kept, int removed) {
    return new CodeSummary(articles, skipped, warnings, mentions, events, eventsPerCategory, dataDir, corrections,
        corrected, notCorrected, update ? new Updated(reused, coded, kept, removed) : null);
  }

  int skippedTotal() { return skipped.values().stream().mapToInt(Integer::intValue).sum(); }

  void print(PrintWriter out) {
    StringBuilder skip = new StringBuilder();
    new TreeMap<>(skipped).forEach((why, n) -> skip.append(skip.length() == 0 ? " (" : ", ").append(why).append(": ").append(n));
    if (skip.length() > 0) skip.append(')');
    out.printf("articles read: %d, coded: %d, skipped: %d%s%n", articles, articles - skippedTotal(), skippedTotal(),
        skip);
    if (warnings > 0) out.printf("warnings:      %d (on stderr)%n", warnings);
    if (updated != null) {
      out.printf("update:        %d articles coded, %d as before, %d kept from the dataset, %d removed%n",
          updated.coded(), updated.reused(), updated.kept(), updated.removed());
    }
    if (corrections != null) {
      out.printf("corrections:   %d applied from %s%s%n", corrected, corrections,
          notCorrected == 0 ? "" : ", " + notCorrected + " not applied (on stderr)");
    }
    out.printf("mentions:      %d%n", mentions);
    out.printf("events:        %d%n", events);
    eventsPerCategory.forEach((category, n) -> out.printf("  %-12s %d%n", category, n));
    out.printf("written to %s: %s%s%n", dataDir, String.join(", ", FILES),
        updated == null ? "" : ", " + Schemas.CHANGES.fileName());
  }

  private static final List<String> FILES =
      List.of(Schemas.ARTICLES.fileName(), Schemas.MENTIONS.fileName(), Schemas.EVENTS.fileName(), "datapackage.json");
}
