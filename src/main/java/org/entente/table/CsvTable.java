package org.entente.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small CSV file as rows of text cells addressed by column name, for files where a Tablesaw table adds nothing:
 * each row is used once, in file order (dictionaries, the manifest, key dates). Cells were checked against the
 * file's {@link Schema} when it was read; every error a caller finds in a row names the file, row and column.
 *
 * @param name the file as messages name it; for merged dictionaries, the files joined by '+'
 */
public record CsvTable(String name, List<String> header, List<Row> rows) {

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One data row of one file. */
  public record Row(String file, int row, Map<String, String> cells) {

    public Row {
      cells = Map.copyOf(cells);
    }

    /** The cell, or "" where the file has no such column. */
    public String get(String column) {
      return cells.getOrDefault(column, "");
    }

    /** The value of a date column, null where the cell is empty (the schema checked the form on reading). */
    public LocalDate date(String column) {
      String cell = get(column);
      return cell.isEmpty() ? null : LocalDate.parse(cell);
    }

    /** {@code FILE: row N}, to which a message about the row adds {@code ": problem"}. */
    public String where() {
      return file + ": row " + row;
    }

    /** {@code FILE: row N, column C}, to which a message about the cell adds {@code ": problem"}. */
    public String where(String column) {
      return where() + ", column " + column;
    }

    public TableException error(String problem) {
      return TableException.atRow(file, row, problem);
    }

    public TableException error(String column, String problem) {
      return TableException.at(file, row, column, problem);
    }
  }

  /** The rows, after checking that the header has the columns the caller needs. */
  public List<Row> rows(String... required) {
    for (String c : required) {
      if (!header.contains(c)) {
        throw TableException.atColumn(name, c, "not in the header");
      }
    }
    return rows;
  }

  /**
   * These rows followed by those of {@code more}, a file of the same kind that adds to this one (a
   * {@code --dictionary} file): its header must be this one, so that no column is silently dropped.
   */
  public CsvTable plus(CsvTable more) {
    if (!more.header.equals(header)) {
      throw TableException.atRow(more.name, 1, "the header must be " + String.join(",", header));
    }
    List<Row> all = new ArrayList<>(rows);
    all.addAll(more.rows);
    return new CsvTable(name + "+" + more.name, header, all);
  }
}
