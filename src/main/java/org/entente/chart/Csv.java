package org.entente.chart;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 reading and writing. Hand-rolled rather than Tablesaw because every column must stay a string
 * ("057" keeps its zero) and errors must name the line; Tablesaw's type guessing and classpath scan give neither.
 */
final class Csv {

  /** One parsed file: the header and the data rows, each row knowing the line it started on. */
  record Table(Path file, List<String> header, List<Row> rows) {
    /** Column index by name, failing with the file name when a required column is missing. */
    Map<String, Integer> require(List<String> columns) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
      for (String c : columns) {
        if (!index.containsKey(c)) throw new ChartException(file + ": missing column '" + c + "' in the header");
      }
      return index;
    }
  }

  record Row(int line, List<String> cells) {
    String get(int i) { return i < cells.size() ? cells.get(i) : ""; }
  }

  private Csv() {}

  static Table read(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new ChartException(file + ": file not found");
    } catch (CharacterCodingException e) {
      throw new ChartException(file + ": not valid UTF-8");
    } catch (IOException e) {
      throw new ChartException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    return table(file, text);
  }

  /** Parses text already in memory (a bundled resource); {@code file} only names it in messages. */
  static Table table(Path file, String text) {
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    List<Row> records = parse(file, text);
    if (records.isEmpty()) throw new ChartException(file + ": empty file, expected a header row");
    return new Table(file, records.get(0).cells(), List.copyOf(records.subList(1, records.size())));
  }

  private static List<Row> parse(Path file, String s) {
    List<Row> out = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') line++;
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          cells.add(cell.toString());
          cell.setLength(0);
          any = true;
        }
        case '\r' -> { /* tolerated before \n */ }
        case '\n' -> {
          if (any || cell.length() > 0) {
            cells.add(cell.toString());
            out.add(new Row(recordLine, List.copyOf(cells)));
          }
          cells.clear();
          cell.setLength(0);
          any = false;
          line++;
          recordLine = line;
        }
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (quoted) throw new ChartException(file + ": line " + recordLine + ": unterminated quoted field");
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      out.add(new Row(recordLine, List.copyOf(cells)));
    }
    return out;
  }

  /** Writes RFC 4180 with \n line ends, quoting only where needed, so the data files diff cleanly. */
  static String write(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    appendRow(sb, header);
    for (List<String> r : rows) appendRow(sb, r);
    return sb.toString();
  }

  private static void appendRow(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      String v = cells.get(i) == null ? "" : cells.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append('\n');
  }
}
