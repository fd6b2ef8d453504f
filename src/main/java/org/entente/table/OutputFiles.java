package org.entente.table;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Files other than the dataset written the way the dataset is (an export and its sidecar): each to a hidden
 * temporary file first, then moved into place together, so that a failure leaves what was there before.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** {@code rows} under {@code header} as the bytes of a CSV file in the dataset's dialect. */
  public static byte[] csv(String fileName, List<String> header, List<List<String>> rows) {
    tech.tablesaw.api.Table table = tech.tablesaw.api.Table.create(fileName);
    for (int c = 0; c < header.size(); c++) {
      String[] cells = new String[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        cells[r] = rows.get(r).get(c) == null ? "" : rows.get(r).get(c);
      }
      table.addColumns(tech.tablesaw.api.StringColumn.create(header.get(c), cells));
    }
    return CsvBytes.of(table, fileName);
  }

  /** Writes {@code files} (file name → bytes) into {@code dir}, created if missing. */
  public static void write(Path dir, Map<String, byte[]> files) {
    new StagedWrite(StagedWrite.RENAME).write(dir, files);
  }
}
