package org.entente.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything the three charts share: the dated events with the focus (sorted by date, then id), display names,
 * and the counts for the source line.
 *
 * @param names display name per code (focus and partners)
 * @param undated events with the focus that have no date and so cannot be placed on a time axis
 */
record FocusData(
    Path eventsFile,
    String focus,
    Map<String, String> names,
    List<PlotEvent> events,
    int undated,
    int articleCount,
    int eventCount) {

  FocusData {
    events = events.stream()
        .sorted(Comparator.comparing(PlotEvent::date).thenComparing(PlotEvent::eventId))
        .toList();
    names = Map.copyOf(names);
  }

  String name(String code) { return names.getOrDefault(code, code); }

  String focusName() { return name(focus); }

  LocalDate first() { return events.get(0).date(); }

  LocalDate last() {
    return events.stream().map(PlotEvent::end).max(Comparator.naturalOrder()).orElseThrow();
  }

  List<String> partners() { return events.stream().map(PlotEvent::partner).distinct().sorted().toList(); }
}
