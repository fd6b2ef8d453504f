package org.entente.table;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The records of a CSV file, split as its dialect says, each knowing the row of the file it starts on. */
final class CsvText {

  record Record(int row, List<String> cells) {
    Record {
      cells = List.copyOf(cells);
    }
  }

  private static final char BOM = '\uFEFF';

  private CsvText() {}

  static byte[] bytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw TableException.of(file.toString(), "a folder, not a file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw TableException.of(file.toString(), "no such file");
    } catch (IOException e) {
      throw new TableException(file + ": cannot read (" + StagedWrite.reason(e) + ")", e);
    }
  }

  /** Strict UTF-8: a file in another encoding would otherwise be read as garbage that passes every check. */
  static String decode(String name, byte[] bytes, Dialect dialect) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw TableException.of(name, "not valid UTF-8");
    }
    boolean keepBom = dialect == Dialect.PYTHON; // Python opens the file as utf-8, not utf-8-sig
    return !keepBom && !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  static List<Record> split(String name, String text, Dialect dialect) {
    if (dialect == Dialect.PYTHON) {
      return PyCsv.parse(text).stream().map(r -> new Record(r.line(), r.fields())).toList();
    }
    boolean edited = dialect == Dialect.EDITED;
    CsvParserSettings settings = new CsvParserSettings();
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setNullValue("");
    settings.setEmptyValue("");
    // Hand-edited files may have spaces around a quoted cell; Entente's own files are read exactly as written.
    settings.setIgnoreLeadingWhitespaces(edited);
    settings.setIgnoreTrailingWhitespaces(edited);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(10_000);
    settings.setSkipEmptyLines(true);
    settings.setUnescapedQuoteHandling(UnescapedQuoteHandling.RAISE_ERROR);
    settings.getFormat().setComment(edited ? '#' : '\0');
    CsvParser parser = new CsvParser(settings);
    List<Record> records = new ArrayList<>();
    try {
      parser.beginParsing(new StringReader(text));
      String[] cells;
      while ((cells = parser.parseNext()) != null) {
        // The parser counts lines up to the end of the record; a quoted line break inside it moves the start up.
        int row = (int) parser.getContext().currentLine() - lineBreaks(cells);
        List<String> list = Arrays.asList(cells);
        records.add(new Record(row, edited ? list.stream().map(String::trim).toList() : list));
      }
    } catch (TextParsingException e) {
      int row = (int) e.getLineIndex() + 1;
      if (String.valueOf(e.getMessage()).contains("nescaped quote")) {
        throw TableException.atRow(name, row,
            "a quote inside a quoted cell must be doubled (\"\"), and nothing may follow the closing quote");
      }
      throw new TableException(name + ": row " + row + ": cannot be split into cells ("
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")", e);
    } finally {
      parser.stopParsing();
    }
    return records;
  }

  private static int lineBreaks(String[] cells) {
    int n = 0;
    for (String cell : cells) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
          n++;
        }
      }
    }
    return n;
  }
}
