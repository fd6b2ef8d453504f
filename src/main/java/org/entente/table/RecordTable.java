package org.entente.table;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns rows into one CSV file, cell by cell, through the CSV writer Tablesaw uses ({@link CsvBytes}).
 *
 * <p>The cells are those Tablesaw 0.44.4 wrote when the rows went through a Tablesaw table, checked byte for
 * byte in the tests: a missing value of any column type is an empty field (never "null" or "NaN"); integers have
 * no decimal part; doubles are {@code Double.toString}; booleans are {@code true}/{@code false}; dates are ISO
 * text. Building a table (dictionary-encoded columns) only to print it cost about as much as the printing.
 */
final class RecordTable<R> {

  private final TableSpec<R> spec;
  private final List<R> rows;
  /** How many records of the file come before these: a file written in parts numbers its rows across them. */
  private final long offset;

  RecordTable(TableSpec<R> spec, List<R> rows) {
    this(spec, rows, 0);
  }

  /** Records {@code offset}, {@code offset + 1}, ... of a file written in parts. */
  RecordTable(TableSpec<R> spec, List<R> rows, long offset) {
    this.spec = spec;
    this.offset = offset;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == null) {
        throw TableException.atRow(spec.fileName(), row(offset + i), "no record (null)");
      }
    }
    this.rows = List.copyOf(rows);
  }

  TableSpec<R> spec() {
    return spec;
  }

  /** The raw value of {@code column} in every row, in row order. */
  List<Object> values(String column) {
    var c = spec.column(column).orElseThrow();
    List<Object> out = new ArrayList<>(rows.size());
    for (R row : rows) {
      out.add(c.value().apply(row));
    }
    return out;
  }

  /** The row the i-th record gets in the file: the header is row 1, and no cell the writer gets spans lines. */
  static int row(long index) {
    return Math.toIntExact(index + 2);
  }

  /** Checks every row against the constraints that datapackage.json declares. */
  void check(PartyCodes parties) {
    List<Object> keys = values(spec.primaryKey());
    for (var column : spec.columns()) {
      Constraints c = column.constraints();
      if (c.isEmpty()) {
        continue;
      }
      Set<Object> seen = new HashSet<>();
      List<Object> values = values(column.name());
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        if (v == null || "".equals(v)) {
          if (c.required()) {
            throw error(i, keys.get(i), column.name(), "empty, but a value is required");
          }
          continue;
        }
        if (!c.enumValues().isEmpty() && !c.enumValues().contains(v.toString())) {
          throw error(i, keys.get(i), column.name(),
              "'" + v + "' is not one of " + String.join(", ", c.enumValues()));
        }
        if (c.partyCode() && !parties.accepts(v.toString())) {
          throw error(i, keys.get(i), column.name(),
              "'" + v + "' is not a party code of the dictionary: it does not match " + parties.pattern());
        }
        if (c.unique() && !seen.add(v)) {
          throw error(i, keys.get(i), column.name(), "repeats '" + v + "'");
        }
      }
    }
  }

  /** The key names the record, as the row number alone would not in a file that was never written. */
  TableException error(int index, Object keyValue, String column, String problem) {
    boolean named = keyValue != null && !column.equals(spec.primaryKey());
    return TableException.at(spec.fileName(), row(offset + index), column,
        problem + (named ? " (" + spec.primaryKey() + " " + keyValue + ")" : ""));
  }

  /**
   * The cells of every row as the CSV file writes them: what Tablesaw's columns gave back as unformatted strings
   * when the rows went through a Tablesaw table, without building one.
   */
  private List<String[]> cells(WriteOptions options) {
    List<Field<R>> columns = spec.columns();
    List<String[]> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) out.add(new String[columns.size()]);
    for (int c = 0; c < columns.size(); c++) {
      Field<R> column = columns.get(c);
      boolean neutralise = column.articleText() && !options.rawText();
      for (int r = 0; r < rows.size(); r++) {
        out.get(r)[c] = cell(column.type(), column.value().apply(rows.get(r)), neutralise);
      }
    }
    return out;
  }

  private static String cell(FieldType type, Object value, boolean neutralise) {
    switch (type) {
      case STRING -> {
        String s = value == null ? "" : (String) value;
        return neutralise ? SpreadsheetSafety.neutralise(s) : s;
      }
      case INTEGER -> {
        // Tablesaw's missing int is Integer.MIN_VALUE, which it wrote empty whatever the cell held
        return value == null || (Integer) value == Integer.MIN_VALUE ? "" : String.valueOf((int) (Integer) value);
      }
      case NUMBER -> {
        // NaN is Tablesaw's missing double: written empty
        double d = value == null ? Double.NaN : oneDecimal((Double) value);
        return Double.isNaN(d) ? "" : String.valueOf(d);
      }
      case BOOLEAN -> {
        return value == null ? "" : String.valueOf((boolean) (Boolean) value);
      }
      case DATE -> {
        // ISO text: Tablesaw printed a year below 1000 unpadded ("999-12-31"), so dates went in as text
        return value == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
      }
    }
    throw new IllegalStateException("unhandled type " + type);
  }

  /**
   * Goldstein weights have one decimal. Rounding to it makes Tablesaw's {@code Double.toString} output
   * always show exactly one ({@code 8.0}, {@code -7.0}, {@code 1.9}) for the -10..10 range; adding 0.0
   * turns -0.0 into 0.0.
   */
  static double oneDecimal(double v) {
    return Math.round(v * 10.0) / 10.0 + 0.0;
  }

  byte[] toCsv(WriteOptions options) {
    String[] header = spec.columns().stream().map(Field::name).toArray(String[]::new);
    return CsvBytes.of(header, cells(options), spec.fileName());
  }

  /**
   * The rows alone, without the header line: what follows the previous part in a file written in parts. A row's
   * bytes depend on its own cells only, so the parts together are byte for byte the file {@link #toCsv} writes.
   */
  byte[] rowsCsv(WriteOptions options) {
    byte[] csv = toCsv(options);
    int header = 0;
    while (csv[header] != '\n') header++; // column names hold no line break
    return java.util.Arrays.copyOfRange(csv, header + 1, csv.length);
  }
}
