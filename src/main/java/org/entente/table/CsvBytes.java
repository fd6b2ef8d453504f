package org.entente.table;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * A Tablesaw table as the bytes of a CSV file in the contract's dialect (DATASET.md): UTF-8, header, {@code \n}
 * line ends, cells as they are. Fields holding a comma, CR, LF or a leading quote come out quoted with quotes
 * doubled. Tablesaw's defaults needed three corrections: it trims spaces and uses the platform line separator
 * (turned off by the options below), and it leaves a quote inside an otherwise plain field unquoted
 * ({@link QuoteRepair}).
 */
final class CsvBytes {

  private CsvBytes() {}

  static byte[] of(Table table, String fileName) {
    var text = new StringWriter();
    try {
      table.write().csv(CsvWriteOptions.builder(text)
          .header(true)
          .separator(',')
          .quoteChar('"')
          .escapeChar('"')
          .lineEnd("\n")
          .ignoreLeadingWhitespaces(false)
          .ignoreTrailingWhitespaces(false)
          .build());
    } catch (RuntimeException e) {
      throw new TableException(fileName + ": cannot render CSV: " + e.getMessage(), e);
    }
    // Encoded here, so the bytes never depend on the platform's default charset.
    return QuoteRepair.requote(text.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
