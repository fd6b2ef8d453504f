package org.entente.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.date.DatePrecision;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Everything the three charts share: the dated events with the focus (sorted by date, then id), display names,
 * and the counts for the source line.
 *
 * @param table the same events, in the same order, as a Tablesaw table of the columns the charts group and count
 *     ({@code event_id, date, category, goldstein, partner})
 * @param names display name per code (focus and partners)
 * @param undated events with the focus that have no date and so cannot be placed on a time axis
 */
record FocusData(
    Path eventsFile,
    String focus,
    Map<String, String> names,
    List<PlotEvent> events,
    Table table,
    int undated,
    int articleCount,
    int eventCount) {

  FocusData {
    events = events.stream()
        .sorted(Comparator.comparing(PlotEvent::date).thenComparing(PlotEvent::eventId))
        .toList();
    names = Map.copyOf(names);
  }

  /** From the rows of events.csv (read through its schema) that involve the focus and are dated. */
  static FocusData of(Path eventsFile, String focus, Map<String, String> names, Table rows, int undated,
      int articleCount, int eventCount) {
    Table dated = rows.sortOn("date", "event_id");
    StringColumn source = dated.stringColumn("source");
    StringColumn target = dated.stringColumn("target");
    StringColumn partner = StringColumn.create("partner", dated.rowCount());
    List<PlotEvent> events = new ArrayList<>(dated.rowCount());
    for (int i = 0; i < dated.rowCount(); i++) {
      boolean focusActs = source.get(i).equals(focus);
      partner.set(i, focusActs ? target.get(i) : source.get(i));
      Direction direction = !dated.booleanColumn("directed").get(i) ? Direction.MUTUAL
          : focusActs ? Direction.FOCUS_ACTS : Direction.PARTNER_ACTS;
      events.add(new PlotEvent(
          dated.stringColumn("event_id").get(i),
          dated.dateColumn("date").get(i),
          DatePrecision.ofCode(dated.stringColumn("date_precision").get(i)),
          partner.get(i),
          direction,
          Category.ofCode(dated.stringColumn("category").get(i)),
          dated.stringColumn("subtype").get(i),
          dated.doubleColumn("goldstein").get(i),
          Math.max(1, dated.intColumn("articles").getInt(i))));
    }
    Table table = dated.selectColumns("event_id", "date", "category", "goldstein").addColumns(partner);
    return new FocusData(eventsFile, focus, names, events, table, undated, articleCount, eventCount);
  }

  String name(String code) { return names.getOrDefault(code, code); }

  String focusName() { return name(focus); }

  LocalDate first() { return events.get(0).date(); }

  LocalDate last() {
    return events.stream().map(PlotEvent::end).max(Comparator.naturalOrder()).orElseThrow();
  }

  List<String> partners() { return events.stream().map(PlotEvent::partner).distinct().sorted().toList(); }
}
