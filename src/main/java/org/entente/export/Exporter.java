package org.entente.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.act.ActType;
import org.entente.table.Codebook;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;
import tech.tablesaw.selection.Selection;

/**
 * Reads a dataset's events.csv and makes one table of it (docs/CODEBOOK.md section 14): the events that pass a
 * {@link Filter}, or a balanced panel of them. Filtering, grouping and summing are Tablesaw's.
 *
 * <p>A panel has a row for every unit (party, or dyad) and every period of the window, zero where nothing
 * happened. An event counts in the period that holds its {@code date} (the start of its date span); undated events
 * are left out and counted. The window runs from {@code --from} (else the first dated event that passes) to
 * {@code --to} (else the last). The units are the parties asked for ({@code --party}, or those of {@code --dyad}),
 * else every party of the events that pass; for dyads, the dyads asked for, else every dyad of the events that pass.
 */
public final class Exporter {
  public static final List<String> CATEGORIES =
      java.util.Arrays.stream(ActType.values()).map(ActType::category).distinct().toList();

  private static final String PERIOD = "period";

  public ExportTable export(Path dataDir, Filter filter, Unit unit) {
    Table events = Schemas.EVENTS.read(dataDir.resolve(Schemas.EVENTS.fileName()));
    Table passed = events.where(selection(events, filter));
    return unit.panel() ? panel(passed, filter, unit) : events(passed);
  }

  /** The codes of every party in the dataset's events, for checking --party and --dyad. */
  public static java.util.Set<String> parties(Path dataDir) {
    Table events = Schemas.EVENTS.read(dataDir.resolve(Schemas.EVENTS.fileName()));
    java.util.Set<String> out = new TreeSet<>(events.stringColumn("source").asSet());
    out.addAll(events.stringColumn("target").asSet());
    return out;
  }

  private static Selection selection(Table t, Filter f) {
    Selection all = Selection.withRange(0, t.rowCount());
    StringColumn source = t.stringColumn("source");
    StringColumn target = t.stringColumn("target");
    if (!f.parties().isEmpty()) all.and(source.isIn(f.parties()).or(target.isIn(f.parties())));
    if (!f.dyads().isEmpty()) {
      Selection any = Selection.with();
      for (List<String> d : f.dyads()) {
        any.or(source.isEqualTo(d.get(0)).and(target.isEqualTo(d.get(1))));
        any.or(source.isEqualTo(d.get(1)).and(target.isEqualTo(d.get(0))));
      }
      all.and(any);
    }
    DateColumn date = t.dateColumn("date");
    if (f.from() != null) all.and(date.isOnOrAfter(f.from()));
    if (f.to() != null) all.and(date.isOnOrBefore(f.to()));
    if (!f.categories().isEmpty()) all.and(t.stringColumn("category").isIn(f.categories()));
    if (f.minArticles() != null) all.and(t.intColumn("articles").isGreaterThanOrEqualTo(f.minArticles()));
    return all;
  }

  /** The rows of events.csv that pass, with its columns. */
  private static ExportTable events(Table passed) {
    Map<String, Codebook.Entry> book = Codebook.events().stream()
        .collect(Collectors.toMap(Codebook.Entry::name, Function.identity()));
    List<Column> columns = new ArrayList<>();
    for (String name : passed.columnNames()) {
      if (name.equals(Schema.ROW)) continue;
      Codebook.Entry e = book.get(name);
      columns.add(new Column(name, e.type(), e.description(), e.articleText()));
    }
    List<List<Object>> rows = new ArrayList<>(passed.rowCount());
    for (int r = 0; r < passed.rowCount(); r++) {
      List<Object> row = new ArrayList<>(columns.size());
      for (Column c : columns) {
        var col = passed.column(c.name());
        row.add(col.isMissing(r) ? null : col.get(r));
      }
      rows.add(row);
    }
    return new ExportTable(Unit.EVENT, columns, rows, null, null, 0);
  }

  private static ExportTable panel(Table passed, Filter f, Unit unit) {
    Table dated = passed.where(passed.dateColumn("date").isNotMissing());
    int undated = passed.rowCount() - dated.rowCount();
    LocalDate from = f.from() != null ? f.from() : dated.isEmpty() ? null : dated.dateColumn("date").min();
    LocalDate to = f.to() != null ? f.to() : dated.isEmpty() ? null : dated.dateColumn("date").max();
    List<String> periods = from == null || to == null ? List.of() : periods(from, to, unit.period());

    // One row per event and unit it counts for: its dyad, or each of its two parties.
    List<String> keys = unit.dyad() ? List.of("party_a", "party_b") : List.of("party");
    Table counted = unit.dyad() ? withDyad(dated) : bothSides(dated);
    counted.addColumns(StringColumn.create(PERIOD,
        counted.dateColumn("date").asList().stream().map(d -> period(d, unit.period()))));
    counted.addColumns(DoubleColumn.create("events", counted.rowCount()).fillWith(1.0));
    counted.addColumns(counted.numberColumn("goldstein").asDoubleColumn().setName("net_goldstein"));
    counted.addColumns(counted.intColumn("articles").asDoubleColumn().setName("article_reports"));
    for (String c : CATEGORIES) {
      counted.addColumns(DoubleColumn.create(c, counted.stringColumn("category").asList().stream()
          .mapToDouble(x -> x.equals(c) ? 1.0 : 0.0)));
    }
    List<String> sums = new ArrayList<>(List.of("events", "net_goldstein", "article_reports"));
    sums.addAll(CATEGORIES);
    List<String> groups = new ArrayList<>(keys);
    groups.add(PERIOD);
    Table summed = counted.summarize(sums, AggregateFunctions.sum).by(groups.toArray(String[]::new));
    for (String s : sums) summed.column("Sum [" + s + "]").setName(s);

    Table grid = grid(units(dated, f, unit), keys, periods);
    Table panel = grid.joinOn(groups.toArray(String[]::new)).with(summed).type(JoinType.LEFT_OUTER).join()
        .sortOn(groups.toArray(String[]::new));

    List<Column> columns = new ArrayList<>();
    for (String k : keys) {
      columns.add(new Column(k, "string", k.equals("party") ? "Party code." : "Party code of the dyad, "
          + (k.equals("party_a") ? "the alphabetically first." : "the alphabetically second."), false));
    }
    columns.add(new Column(PERIOD, "string", unit.period() == Unit.Period.MONTH ? "Month, YYYY-MM."
        : "Year, YYYY.", false));
    columns.add(new Column("events", "integer", "Events that start in the period ("
        + (unit.dyad() ? "between the two parties, either direction" : "the party on either side") + ").", false));
    columns.add(new Column("net_goldstein", "number",
        "Sum of the events' Goldstein weights (cooperation positive, conflict negative), one decimal.", false));
    columns.add(new Column("articles", "integer",
        "Sum of the events' articles: article reports (an article reporting two events counts twice).", false));
    for (String c : CATEGORIES) {
      columns.add(new Column(c, "integer", "Events of category " + c + ".", false));
    }
    List<List<Object>> rows = new ArrayList<>(panel.rowCount());
    for (int r = 0; r < panel.rowCount(); r++) {
      List<Object> row = new ArrayList<>();
      for (String k : keys) row.add(panel.stringColumn(k).get(r));
      row.add(panel.stringColumn(PERIOD).get(r));
      row.add(whole(panel, "events", r));
      double g = number(panel, "net_goldstein", r);
      row.add(Math.round(g * 10.0) / 10.0 + 0.0);
      row.add(whole(panel, "article_reports", r));
      for (String c : CATEGORIES) row.add(whole(panel, c, r));
      rows.add(row);
    }
    return new ExportTable(unit, columns, rows, from, to, undated);
  }

  /** Sums come back as doubles, and a unit-period with no event as missing: whole numbers, zero-filled. */
  private static int whole(Table t, String column, int r) {
    return (int) Math.round(number(t, column, r));
  }

  private static double number(Table t, String column, int r) {
    NumericColumn<?> c = t.numberColumn(column);
    return c.isMissing(r) ? 0.0 : c.getDouble(r);
  }

  private static Table withDyad(Table dated) {
    Table t = dated.copy();
    StringColumn a = StringColumn.create("party_a");
    StringColumn b = StringColumn.create("party_b");
    StringColumn source = t.stringColumn("source");
    StringColumn target = t.stringColumn("target");
    for (int r = 0; r < t.rowCount(); r++) {
      boolean inOrder = source.get(r).compareTo(target.get(r)) <= 0;
      a.append(inOrder ? source.get(r) : target.get(r));
      b.append(inOrder ? target.get(r) : source.get(r));
    }
    return t.addColumns(a, b);
  }

  /** Each event twice, once for its source and once for its target, in a column {@code party}. */
  private static Table bothSides(Table dated) {
    Table asSource = dated.copy();
    asSource.addColumns(asSource.stringColumn("source").copy().setName("party"));
    Table asTarget = dated.copy();
    asTarget.addColumns(asTarget.stringColumn("target").copy().setName("party"));
    return asSource.append(asTarget);
  }

  /** The panel's units, each a list of key values, sorted. */
  private static List<List<String>> units(Table dated, Filter f, Unit unit) {
    TreeSet<List<String>> out = new TreeSet<>(java.util.Comparator.comparing((List<String> l) -> String.join("\u0000", l)));
    if (unit.dyad()) {
      if (!f.dyads().isEmpty()) {
        out.addAll(f.dyads());
      } else {
        Table d = withDyad(dated);
        for (int r = 0; r < d.rowCount(); r++) {
          out.add(List.of(d.stringColumn("party_a").get(r), d.stringColumn("party_b").get(r)));
        }
      }
    } else if (!f.parties().isEmpty()) {
      f.parties().forEach(p -> out.add(List.of(p)));
    } else if (!f.dyads().isEmpty()) {
      f.dyads().forEach(d -> d.forEach(p -> out.add(List.of(p))));
    } else {
      dated.stringColumn("source").asSet().forEach(p -> out.add(List.of(p)));
      dated.stringColumn("target").asSet().forEach(p -> out.add(List.of(p)));
    }
    return new ArrayList<>(out);
  }

  private static Table grid(List<List<String>> units, List<String> keys, List<String> periods) {
    Table grid = Table.create("grid");
    List<StringColumn> keyColumns = keys.stream().map(StringColumn::create).toList();
    StringColumn period = StringColumn.create(PERIOD);
    for (List<String> u : units) {
      for (String p : periods) {
        for (int k = 0; k < keys.size(); k++) keyColumns.get(k).append(u.get(k));
        period.append(p);
      }
    }
    keyColumns.forEach(grid::addColumns);
    return grid.addColumns(period);
  }

  static List<String> periods(LocalDate from, LocalDate to, Unit.Period period) {
    List<String> out = new ArrayList<>();
    if (period == Unit.Period.YEAR) {
      for (int y = from.getYear(); y <= to.getYear(); y++) out.add(String.format("%04d", y));
    } else {
      for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
        out.add(m.toString());
      }
    }
    return out;
  }

  static String period(LocalDate d, Unit.Period period) {
    return period == Unit.Period.YEAR ? String.format("%04d", d.getYear()) : YearMonth.from(d).toString();
  }
}
