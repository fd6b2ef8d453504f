package org.entente.chart;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The matrix's numbers: per partner and period, the events, their net Goldstein score and their count per category.
 * Every event is counted once, in the period that holds the start of its date (the first day of its month or year
 * when it is dated only to one), which is how events.csv dates it.
 *
 * @param columns the first day of each period of the grid, in order
 * @param from the grid's first day: the window's, when --from set it; else the first day of the first period
 * @param to the grid's last day: the window's, when --to set it; else the last day of the last period
 */
record MatrixCells(Period period, List<LocalDate> columns, LocalDate from, LocalDate to,
    Map<String, Map<LocalDate, Cell>> byPartner) {

  /** One cell: what happened between the focus and one partner (or several together) in one period. */
  record Cell(int events, double net, EnumMap<Category, Integer> counts) {
    static final Cell EMPTY = new Cell(0, 0, new EnumMap<>(Category.class));

    Cell plus(Cell o) {
      EnumMap<Category, Integer> sum = new EnumMap<>(Category.class);
      for (Category c : Category.values()) sum.put(c, count(c) + o.count(c));
      return new Cell(events + o.events, AlignmentIndex.round(net + o.net), sum);
    }

    int count(Category c) { return counts.getOrDefault(c, 0); }
  }

  static MatrixCells of(ChartContext ctx) {
    Period period = ctx.period();
    Table events = ctx.data().table();
    DateColumn start = DateColumn.create("period_start", events.rowCount());
    for (int i = 0; i < events.rowCount(); i++) start.set(i, period.start(events.dateColumn("date").get(i)));
    Table t = events.copy().addColumns(start);

    Map<String, Map<LocalDate, Cell>> cells = new HashMap<>();
    for (Row r : t.summarize("goldstein", AggregateFunctions.sum, AggregateFunctions.count)
        .by("partner", "period_start")) {
      cells.computeIfAbsent(r.getString("partner"), p -> new HashMap<>()).put(r.getDate("period_start"),
          new Cell((int) Math.round(r.getDouble(3)), AlignmentIndex.round(r.getDouble(2)),
              new EnumMap<>(Category.class)));
    }
    for (Row r : t.summarize("event_id", AggregateFunctions.count).by("partner", "period_start", "category")) {
      cells.get(r.getString("partner")).get(r.getDate("period_start")).counts()
          .put(Category.ofCode(r.getString("category")), (int) Math.round(r.getDouble(3)));
    }
    // A window the data set is drawn in whole periods; one the user set is kept to the day, and says so.
    LocalDate from = ctx.askedFrom() != null ? ctx.from() : period.start(ctx.from());
    LocalDate to = ctx.askedTo() != null ? ctx.to() : period.next(period.start(ctx.to())).minusDays(1);
    return new MatrixCells(period, period.columns(from, to), from, to, cells);
  }

  /** The first day of column {@code c} that lies in the grid. */
  LocalDate start(LocalDate c) { return c.isBefore(from) ? from : c; }

  /** The last day of column {@code c} that lies in the grid. */
  LocalDate end(LocalDate c) {
    LocalDate end = period.next(c).minusDays(1);
    return end.isAfter(to) ? to : end;
  }

  /** Axis bounds in milliseconds: the grid with a hair of air at both ends. */
  double axisFrom() { return ChartContext.millis(from) - pad(); }

  double axisTo() { return ChartContext.millis(to.plusDays(1)) + pad(); }

  private double pad() {
    return Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(from, to) * 0.01) * 86_400_000L;
  }

  Cell get(String partner, LocalDate column) {
    return byPartner.getOrDefault(partner, Map.of()).getOrDefault(column, Cell.EMPTY);
  }

  Cell get(Lane lane, LocalDate column) {
    Cell sum = Cell.EMPTY;
    for (String p : lane.members()) sum = sum.plus(get(p, column));
    return sum;
  }

  double maxAbsNet(List<Lane> lanes) {
    double max = 0;
    for (Lane l : lanes) for (LocalDate c : columns) max = Math.max(max, Math.abs(get(l, c).net()));
    return max;
  }
}
