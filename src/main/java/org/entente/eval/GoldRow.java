package org.entente.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import tech.tablesaw.api.Table;

/**
 * One row of the gold file: an interaction an article reports, with what a prediction may say about it.
 * {@code dates} is the accepted range read from date_min/date_max, null where the text gives no date.
 */
record GoldRow(String article, String event, String source, String target, String category, String subtype,
               String directed, String level, String dateMin, String dateMax, String evidence, IsoDates.Span dates) {

  static final String REQUIRED = "required";
  static final String STRETCH = "stretch";
  static final String OPTIONAL = "optional";

  /** The columns of EVAL.md, in the order of this record's components. */
  private static final List<String> COLUMNS = Schemas.GOLD.columnNames();

  /** Gold rows by article in file order; the map is ordered by article as score.py's sorted() orders. */
  static Map<String, List<GoldRow>> read(Path file) {
    Map<String, List<GoldRow>> byArticle = new TreeMap<>(Py::compare);
    for (Table rows : Schemas.GOLD.read(file).splitOn("article").asTableList()) {
      List<GoldRow> golds = new ArrayList<>(rows.rowCount());
      for (int i = 0; i < rows.rowCount(); i++) {
        golds.add(row(file, rows, i));
      }
      byArticle.put(golds.get(0).article, List.copyOf(golds));
    }
    return byArticle;
  }

  private static GoldRow row(Path file, Table rows, int i) {
    String[] v = new String[COLUMNS.size()];
    for (int c = 0; c < v.length; c++) {
      v[c] = rows.stringColumn(COLUMNS.get(c)).get(i);
    }
    IsoDates.Span dates = v[8].isEmpty() ? null
        : new IsoDates.Span(date(file, rows, i, "date_min", v[8]),
            date(file, rows, i, "date_max", v[9].isEmpty() ? v[8] : v[9]));
    return new GoldRow(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], dates);
  }

  /** score.py parses a gold date only once a row is matched, and crashes on a bad one: refuse it at once. */
  private static LocalDate date(Path file, Table rows, int i, String column, String text) {
    return IsoDates.fromIsoFormat(text)
        .orElseThrow(() -> Schema.error(file, rows, i, column, "'" + text + "' is not an ISO date"));
  }

  boolean undirected() {
    return directed.equals("no");
  }

  /** The accepted date range, or empty where the text gives no date. */
  Optional<IsoDates.Span> dateRange() {
    return Optional.ofNullable(dates);
  }

  /** Whether the prediction's subtype is one this row accepts ('*' as the whole value = any). */
  boolean acceptsSubtype(String predicted) {
    return subtype.equals("*") || Py.splitBar(subtype).contains(predicted);
  }

  /**
   * score.py's compatible(): the category is accepted ('*' among the choices = any), with {@code strict}
   * the subtype too, and the parties agree, in either order where the row is undirected.
   */
  boolean compatible(Prediction p, boolean strict) {
    List<String> cats = Py.splitBar(category);
    if (!cats.contains("*") && !cats.contains(p.category())) {
      return false;
    }
    if (strict && !acceptsSubtype(p.subtype())) {
      return false;
    }
    if (p.source().equals(source) && p.target().equals(target)) {
      return true;
    }
    return undirected() && p.target().equals(source) && p.source().equals(target);
  }
}
