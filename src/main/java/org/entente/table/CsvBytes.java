package org.entente.table;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
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
    return encode(text);
  }

  /**
   * Rows of cells as {@link #of(Table, String)} writes a table holding them: through the same univocity writer,
   * with the settings Tablesaw's {@code CsvWriter.createSettings} gives it for the options above.
   */
  static byte[] of(String[] header, List<String[]> rows, String fileName) {
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.setNullValue("");
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setLineSeparator("\n");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setSkipEmptyLines(false);
    settings.setQuoteAllFields(false);
    var text = new StringWriter();
    try {
      CsvWriter writer = new CsvWriter(text, settings);
      writer.writeHeaders(header);
      for (String[] row : rows) writer.writeRow(row);
      writer.flush();
    } catch (RuntimeException e) {
      throw new TableException(fileName + ": cannot render CSV: " + e.getMessage(), e);
    }
    return encode(text);
  }

  /** Encoded here, so the bytes never depend on the platform's default charset. */
  private static byte[] encode(StringWriter text) {
    return QuoteRepair.requote(text.toString()).getBytes(StandardCharsets.UTF_8);
  }
}
