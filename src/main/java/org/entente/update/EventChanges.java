package org.entente.update;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;

/**
 * What changed in events.csv between two runs, for {@code changes.csv} ({@link Schemas#CHANGES}): an event is
 * {@code added} (a new id), {@code changed} (same id, other cells: {@code columns} names them), {@code merged} (its
 * id is gone but its mentions now belong to the events in {@code merged_into}) or {@code removed} (its id and all
 * its mentions are gone). Unchanged events are not listed. Rows come in that order of change, then by event id;
 * the codes are the event's as it is now, or for a merged or removed one, as it was.
 */
public final class EventChanges {
  private static final List<String> ORDER = List.of("added", "changed", "merged", "removed");

  private EventChanges() {}

  /** @param before events.csv and mentions.csv of the run before, or null when there was none */
  public static byte[] csv(CsvTable eventsBefore, CsvTable mentionsBefore, CsvTable eventsNow,
      CsvTable mentionsNow) {
    Map<String, CsvTable.Row> before = byId(eventsBefore, "event_id");
    Map<String, CsvTable.Row> now = byId(eventsNow, "event_id");
    Map<String, String> eventOfMentionNow = new HashMap<>();
    for (CsvTable.Row m : mentionsNow.rows()) eventOfMentionNow.put(m.get("mention_id"), m.get("event_id"));
    Map<String, List<String>> mentionsOfEventBefore = new HashMap<>();
    if (mentionsBefore != null) {
      for (CsvTable.Row m : mentionsBefore.rows()) {
        mentionsOfEventBefore.computeIfAbsent(m.get("event_id"), k -> new ArrayList<>()).add(m.get("mention_id"));
      }
    }

    List<List<String>> rows = new ArrayList<>();
    for (var e : now.entrySet()) {
      CsvTable.Row old = before.get(e.getKey());
      if (old == null) {
        rows.add(row("added", e.getValue(), "", ""));
        continue;
      }
      List<String> differ = new ArrayList<>();
      for (String column : eventsNow.header()) {
        if (!e.getValue().get(column).equals(old.get(column))) differ.add(column);
      }
      if (!differ.isEmpty()) rows.add(row("changed", e.getValue(), "", String.join(";", differ)));
    }
    for (var e : before.entrySet()) {
      if (now.containsKey(e.getKey())) continue;
      TreeSet<String> into = new TreeSet<>();
      for (String m : mentionsOfEventBefore.getOrDefault(e.getKey(), List.of())) {
        String event = eventOfMentionNow.get(m);
        if (event != null) into.add(event);
      }
      rows.add(into.isEmpty() ? row("removed", e.getValue(), "", "")
          : row("merged", e.getValue(), String.join(";", into), ""));
    }
    rows.sort(Comparator.comparing((List<String> r) -> ORDER.indexOf(r.get(0))).thenComparing(r -> r.get(1)));
    return Schemas.CHANGES.csv(rows);
  }

  private static List<String> row(String change, CsvTable.Row e, String into, String columns) {
    return List.of(change, e.get("event_id"), into, columns, e.get("date"), e.get("date_precision"),
        e.get("source"), e.get("target"), e.get("category"), e.get("subtype"), e.get("mentions"), e.get("articles"));
  }

  private static Map<String, CsvTable.Row> byId(CsvTable table, String key) {
    Map<String, CsvTable.Row> out = new LinkedHashMap<>();
    if (table != null) table.rows().forEach(r -> out.put(r.get(key), r));
    return out;
  }
}
