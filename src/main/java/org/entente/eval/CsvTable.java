package org.entente.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read as score.py's csv.DictReader reads it: the first record names the columns (a repeated
 * name means its last column), empty records are skipped, cells past the header are ignored. Where
 * DictReader would hand the scorer None (a missing column, a record cut short) this refuses instead.
 */
record CsvTable(Path file, Map<String, Integer> columns, List<PyCsv.Row> rows) {

  CsvTable {
    columns = Map.copyOf(columns);
    rows = List.copyOf(rows);
  }

  static CsvTable read(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new EvalException(file, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new EvalException(file, "not a regular file");
    }
    List<PyCsv.Row> records = PyCsv.parse(decode(file));
    if (records.isEmpty()) {
      throw new EvalException(file, "empty file, no header row");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = records.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i), i);
    }
    List<PyCsv.Row> rows = records.subList(1, records.size()).stream()
        .filter(r -> !r.fields().isEmpty())
        .toList();
    return new CsvTable(file, columns, rows);
  }

  /** Python opens the file as strict UTF-8 and keeps a BOM as part of the first column's name. */
  private static String decode(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EvalException(file, "not valid UTF-8");
    }
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  void require(String... names) {
    for (String name : names) {
      if (!has(name)) {
        boolean bom = columns.keySet().stream().anyMatch(k -> k.startsWith("\uFEFF"));
        throw new EvalException(file, "missing column '" + name + "'" + (bom ? " (the file starts with a BOM)" : ""));
      }
    }
  }

  /** The cell of a column that {@link #require} checked. */
  String get(PyCsv.Row row, String column) {
    int index = columns.get(column);
    if (index >= row.fields().size()) {
      throw new EvalException(file, "line " + row.line() + " has " + row.fields().size()
          + " fields and no value for column '" + column + "'");
    }
    return row.fields().get(index);
  }

  /** {@code r.get(column, fallback)}: the fallback only where the header lacks the column. */
  String get(PyCsv.Row row, String column, String fallback) {
    return has(column) ? get(row, column) : fallback;
  }
}
