package org.entente.dictionary;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary file: a header row and data rows addressed by column name. Every data file the coder reads has
 * this one format, so that an analyst can edit any of them in a spreadsheet; '#' starts a comment line.
 */
public record CsvTable(String name, List<String> header, List<Row> rows) {

  /** One data row; {@code where} names file and line for error messages. */
  public record Row(String where, Map<String, String> cells) {
    public String get(String column) { return cells.getOrDefault(column, ""); }

    public DictionaryException error(String problem) { return new DictionaryException(where + ": " + problem); }
  }

  public static CsvTable read(String name, InputStream in) {
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvParserSettings settings = new CsvParserSettings();
      settings.setLineSeparatorDetectionEnabled(true);
      settings.setNullValue("");
      settings.setEmptyValue("");
      settings.getFormat().setComment('#');
      CsvParser parser = new CsvParser(settings);
      parser.beginParsing(reader);
      String[] first = parser.parseNext();
      if (first == null) throw new DictionaryException(name + ": empty file");
      List<String> header = java.util.Arrays.stream(first).map(h -> h == null ? "" : h.trim()).toList();
      List<Row> rows = new ArrayList<>();
      String[] row;
      while ((row = parser.parseNext()) != null) {
        long line = parser.getContext().currentLine();
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), i < row.length && row[i] != null ? row[i].trim() : "");
        }
        if (cells.values().stream().allMatch(String::isEmpty)) continue;
        rows.add(new Row(name + " line " + line, Map.copyOf(cells)));
      }
      return new CsvTable(name, header, List.copyOf(rows));
    } catch (IOException e) {
      throw new DictionaryException(name + ": cannot read (" + e.getMessage() + ")");
    }
  }

  /** The rows, after checking that the required columns exist. */
  public List<Row> rows(String... required) {
    for (String c : required) {
      if (!header.contains(c)) throw new DictionaryException(name + ": missing column '" + c + "'");
    }
    return rows;
  }
}
