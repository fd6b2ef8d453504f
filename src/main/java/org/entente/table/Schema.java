package org.entente.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What one kind of CSV file holds: its columns (names, types, whether the header must name them, the values they
 * allow) and its dialect. Every CSV file Entente reads or writes is read or written through its schema (see
 * {@link Schemas}), so that each knows its columns in one place and every problem is reported the same way:
 * {@link TableException}, {@code FILE: row N, column C: problem}.
 */
public final class Schema {

  /** The column that {@link #read} adds to a table: the row of the file each record starts on, for messages. */
  public static final String ROW = "_row";

  private final String fileName;
  private final Dialect dialect;
  private final List<ColumnSchema> columns;

  Schema(String fileName, Dialect dialect, List<ColumnSchema> columns) {
    this.fileName = fileName;
    this.dialect = dialect;
    this.columns = List.copyOf(columns);
    Set<String> names = new HashSet<>();
    for (ColumnSchema c : this.columns) {
      if (!names.add(c.name()) || c.name().equals(ROW)) {
        throw new IllegalArgumentException(fileName + ": column name " + c.name() + " repeated or reserved");
      }
    }
  }

  /** The usual name of the file (a chart's data file is named after its focus as well). */
  public String fileName() {
    return fileName;
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnSchema::name).toList();
  }

  Dialect dialect() {
    return dialect;
  }

  /**
   * The file as a Tablesaw table, for filtering, grouping and counting: one typed column per schema column the
   * header names (an optional column the header lacks is absent, not empty), plus {@link #ROW} for
   * {@link #error}. The table is named after the file.
   *
   * @throws TableException if the file is missing, not UTF-8, not CSV, lacks a column or holds a bad value
   */
  public Table read(Path file) {
    Parsed p = parse(file.toString(), CsvText.bytes(file));
    Table table = Table.create(p.name);
    for (ColumnSchema c : columns) {
      Integer at = p.positions.get(c.name());
      if (at == null) {
        continue;
      }
      Column<?> column = c.type().emptyColumn(c.name());
      for (Object value : p.values(c, at)) {
        if (value == null) {
          column.appendMissing();
        } else {
          column.appendObj(value);
        }
      }
      table.addColumns(column);
    }
    IntColumn rows = IntColumn.create(ROW);
    p.records.forEach(r -> rows.append(r.row()));
    return table.addColumns(rows);
  }

  /**
   * The file as rows of text cells.
   *
   * @throws TableException as {@link #read} does
   */
  public CsvTable rows(Path file) {
    return rows(file.toString(), CsvText.bytes(file));
  }

  /** A file that is not on disk (a bundled resource), named {@code name} in messages. */
  public CsvTable rows(String name, InputStream in) {
    try {
      return rows(name, in.readAllBytes());
    } catch (IOException e) {
      throw new TableException(name + ": cannot read (" + StagedWrite.reason(e) + ")", e);
    }
  }

  private CsvTable rows(String name, byte[] bytes) {
    Parsed p = parse(name, bytes);
    for (ColumnSchema c : columns) {
      Integer at = p.positions.get(c.name());
      if (at != null) {
        p.values(c, at); // checks the cells; the rows keep the text
      }
    }
    List<CsvTable.Row> rows = new ArrayList<>(p.records.size());
    for (CsvText.Record r : p.records) {
      Map<String, String> cells = new HashMap<>();
      p.positions.forEach((column, at) -> cells.put(column, at < r.cells().size() ? r.cells().get(at) : ""));
      rows.add(new CsvTable.Row(name, r.row(), cells));
    }
    return new CsvTable(name, p.header, rows);
  }

  /**
   * {@code rows} (cells in column order, already formatted) as the bytes of a CSV file in the contract's dialect,
   * written by Tablesaw as the dataset is.
   */
  public byte[] csv(List<List<String>> rows) {
    Table table = Table.create(fileName);
    for (int c = 0; c < columns.size(); c++) {
      String[] cells = new String[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(fileName + ": row " + RecordTable.row(r) + " has " + row.size()
              + " cells for " + columns.size() + " columns");
        }
        cells[r] = row.get(c) == null ? "" : row.get(c);
      }
      table.addColumns(StringColumn.create(columns.get(c).name(), cells));
    }
    return CsvBytes.of(table, fileName);
  }

  /** The row of the file that row {@code index} of a table from {@link #read} (or filtered from one) came from. */
  public static int row(Table table, int index) {
    return table.intColumn(ROW).getInt(index);
  }

  /**
   * {@code FILE: row N, column C: problem} for a cell of a table {@link #read} from {@code file}, or of a part of
   * one (Tablesaw renames the tables that splitOn returns, so the file is not taken from the table's name).
   */
  public static TableException error(Path file, Table table, int index, String column, String problem) {
    return TableException.at(file.toString(), row(table, index), column, problem);
  }

  /** A file split into a header and data records, with where each schema column stands. */
  private record Parsed(String name, List<String> header, Map<String, Integer> positions,
                        List<CsvText.Record> records) {

    /** The values of column {@code c}, found at {@code at}, in record order; null for an empty cell. */
    List<Object> values(ColumnSchema c, int at) {
      List<Object> values = new ArrayList<>(records.size());
      Map<Object, Integer> seen = new HashMap<>();
      for (CsvText.Record r : records) {
        Object value = value(r, c, at);
        if (value != null && c.constraints().unique()) {
          Integer first = seen.putIfAbsent(value, r.row());
          if (first != null) {
            throw TableException.at(name, r.row(), c.name(), "repeats '" + value + "' of row " + first);
          }
        }
        values.add(value);
      }
      return values;
    }

    private Object value(CsvText.Record r, ColumnSchema c, int at) {
      if (at >= r.cells().size()) {
        // Only the Python dialect lets a record fall short of the header: DictReader would hand score.py None.
        throw TableException.at(name, r.row(), c.name(), "no value: the record has " + r.cells().size()
            + " cells and the header " + header.size());
      }
      try {
        return c.value(r.cells().get(at));
      } catch (IllegalArgumentException e) {
        throw TableException.at(name, r.row(), c.name(), e.getMessage());
      }
    }
  }

  private Parsed parse(String name, byte[] bytes) {
    List<CsvText.Record> all = CsvText.split(name, CsvText.decode(name, bytes, dialect), dialect);
    if (all.isEmpty()) {
      throw TableException.of(name, "empty file, no header row");
    }
    List<String> header = all.get(0).cells();
    Map<String, Integer> positions = positions(name, header);
    for (ColumnSchema c : columns) {
      if (c.inHeader() && !positions.containsKey(c.name())) {
        boolean bom = !header.isEmpty() && header.get(0).startsWith("\uFEFF");
        throw TableException.atColumn(name, c.name(),
            "not in the header" + (bom ? " (the file starts with a byte order mark)" : ""));
      }
    }
    List<CsvText.Record> records = new ArrayList<>(all.size() - 1);
    for (CsvText.Record r : all.subList(1, all.size())) {
      CsvText.Record fitted = fit(name, r, header.size());
      if (fitted != null) {
        records.add(fitted);
      }
    }
    return new Parsed(name, header, positions, records);
  }

  /** Where each header column stands; csv.DictReader maps a repeated name to its last column. */
  private Map<String, Integer> positions(String name, List<String> header) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Integer before = positions.put(header.get(i), i);
      // A spreadsheet may leave unnamed columns at the end of the header; only a repeated name is ambiguous.
      if (before != null && dialect != Dialect.PYTHON && !header.get(i).isEmpty()) {
        throw TableException.atColumn(name, header.get(i), "named twice in the header");
      }
    }
    return positions;
  }

  /** The record with as many cells as the header, or null for a record the dialect skips. */
  private CsvText.Record fit(String name, CsvText.Record r, int width) {
    List<String> cells = r.cells();
    switch (dialect) {
      case PYTHON -> {
        // csv.DictReader skips empty records and ignores cells past the header; a short one is refused on use.
        return cells.isEmpty() ? null : r;
      }
      case EDITED -> {
        if (cells.stream().allMatch(String::isEmpty)) {
          return null;
        }
        if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(c -> !c.isEmpty())) {
          throw TableException.atRow(name, r.row(), cells.size() + " cells where the header has " + width
              + "; quote a cell that holds a comma");
        }
        List<String> fitted = new ArrayList<>(cells.subList(0, Math.min(width, cells.size())));
        while (fitted.size() < width) {
          fitted.add("");
        }
        return new CsvText.Record(r.row(), fitted);
      }
      case CONTRACT -> {
        if (cells.size() != width) {
          throw TableException.atRow(name, r.row(), cells.size() + " cells where the header has " + width);
        }
        return r;
      }
    }
    throw new IllegalStateException("unhandled dialect " + dialect);
  }
}
