package org.entente.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An exported table: its columns and its rows of typed cells (String, Integer, Double, Boolean, LocalDate, or null
 * for a missing value), with the window of a panel and how many undated events it left out.
 */
public record ExportTable(Unit unit, List<Column> columns, List<List<Object>> rows, LocalDate from, LocalDate to,
    int undatedLeftOut) {

  /** The rows as the text cells of a CSV file, as the dataset writes them (a number with one decimal). */
  public List<List<String>> textRows() {
    List<List<String>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object v : row) cells.add(text(v));
      out.add(cells);
    }
    return out;
  }

  static String text(Object v) {
    if (v == null) return "";
    if (v instanceof Double d) return String.format(Locale.ROOT, "%.1f", d + 0.0);
    return v.toString();
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }
}
