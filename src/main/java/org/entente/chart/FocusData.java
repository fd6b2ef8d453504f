package org.entente.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entente.date.DatePrecision;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Everything the charts share: the dated events with the focus that are charted (sorted by date, then id), display
 * names, and the counts for the source line.
 *
 * @param table the same events, in the same order, as a Tablesaw table of the columns the charts filter, group and
 *     count ({@code event_id, date, end, category, goldstein, partner})
 * @param names display name per code (focus, partners and every other party of the dataset)
 * @param undated events with the focus that have no date and so cannot be placed on a time axis
 * @param outside dated events with the focus left out because their date starts outside the window
 * @param unchosen dated events in the window left out because their partner is not among those asked for
 */
record FocusData(
    Path eventsFile,
    String focus,
    Map<String, String> names,
    List<PlotEvent> events,
    Table table,
    int undated,
    int articleCount,
    int eventCount,
    int outside,
    int unchosen) {

  FocusData {
    names = Map.copyOf(names);
    events = List.copyOf(events);
  }

  /** From the rows of events.csv (read through its schema) that involve the focus and are dated. */
  static FocusData of(Path eventsFile, String focus, Map<String, String> names, Table rows, int undated,
      int articleCount, int eventCount) {
    Table dated = rows.sortOn("date", "event_id");
    StringColumn source = dated.stringColumn("source");
    StringColumn target = dated.stringColumn("target");
    StringColumn partner = StringColumn.create("partner", dated.rowCount());
    DateColumn end = DateColumn.create("end", dated.rowCount());
    List<PlotEvent> events = new ArrayList<>(dated.rowCount());
    for (int i = 0; i < dated.rowCount(); i++) {
      boolean focusActs = source.get(i).equals(focus);
      partner.set(i, focusActs ? target.get(i) : source.get(i));
      Direction direction = !dated.booleanColumn("directed").get(i) ? Direction.MUTUAL
          : focusActs ? Direction.FOCUS_ACTS : Direction.PARTNER_ACTS;
      PlotEvent e = new PlotEvent(
          dated.stringColumn("event_id").get(i),
          dated.dateColumn("date").get(i),
          DatePrecision.ofCode(dated.stringColumn("date_precision").get(i)),
          partner.get(i),
          direction,
          Category.ofCode(dated.stringColumn("category").get(i)),
          dated.stringColumn("subtype").get(i),
          dated.doubleColumn("goldstein").get(i),
          Math.max(1, dated.intColumn("articles").getInt(i)));
      events.add(e);
      end.set(i, e.end());
    }
    Table table = dated.selectColumns("event_id", "date", "category", "goldstein").addColumns(end, partner);
    return new FocusData(eventsFile, focus, names, events, table, undated, articleCount, eventCount, 0, 0);
  }

  /** The events whose date starts in {@code from..to}; the others are counted as outside. */
  FocusData window(LocalDate from, LocalDate to) {
    Selection in = table.dateColumn("date").isBetweenIncluding(from, to);
    FocusData kept = keep(in);
    return new FocusData(eventsFile, focus, names, kept.events, kept.table, undated, articleCount, eventCount,
        outside + events.size() - kept.events.size(), unchosen);
  }

  /** The events with these partners; the others are counted as unchosen. */
  FocusData only(Collection<String> partners) {
    Selection in = table.stringColumn("partner").isIn(partners);
    FocusData kept = keep(in);
    return new FocusData(eventsFile, focus, names, kept.events, kept.table, undated, articleCount, eventCount,
        outside, unchosen + events.size() - kept.events.size());
  }

  /** The table and the list are in the same order, so a row selection picks the same events from both. */
  private FocusData keep(Selection rows) {
    List<PlotEvent> kept = new ArrayList<>(rows.size());
    for (int i : rows) kept.add(events.get(i));
    return new FocusData(eventsFile, focus, names, kept, table.where(rows), undated, articleCount, eventCount,
        outside, unchosen);
  }

  boolean isEmpty() { return events.isEmpty(); }

  String name(String code) { return names.getOrDefault(code, code); }

  String focusName() { return name(focus); }

  LocalDate first() { return events.get(0).date(); }

  LocalDate last() {
    return events.stream().map(PlotEvent::end).max(Comparator.naturalOrder()).orElseThrow();
  }

  List<String> partners() { return events.stream().map(PlotEvent::partner).distinct().sorted().toList(); }

  /**
   * Partners from most to least active: most events, then the largest absolute net Goldstein score, then code. The
   * least active are the ones folded into "Other partners" when a chart cannot name them all.
   */
  List<String> byActivity() {
    Table per = table.summarize("event_id", AggregateFunctions.count).by("partner");
    Table net = table.summarize("goldstein", AggregateFunctions.sum).by("partner");
    Map<String, Double> sums = new java.util.HashMap<>();
    for (Row r : net) sums.put(r.getString("partner"), r.getDouble(1));
    Map<String, Double> counts = new java.util.HashMap<>();
    for (Row r : per) counts.put(r.getString("partner"), r.getDouble(1));
    return counts.keySet().stream()
        .sorted(Comparator.comparingDouble((String p) -> -counts.get(p))
            .thenComparingDouble(p -> -Math.abs(AlignmentIndex.round(sums.get(p))))
            .thenComparing(p -> p))
        .toList();
  }
}
