package org.entente.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.entente.table.OutputFiles;
import org.entente.table.TableException;

/**
 * Writes an {@link ExportTable}: as CSV in the dataset's dialect with a sidecar {@code FILE.json} saying what was
 * exported, or as an XLSX workbook with the table, a codebook sheet and an export sheet saying the same. Files are
 * rendered in memory and moved into place together; the same export gives the same bytes.
 */
public final class ExportWriter {
  /** What the export sheet and the sidecar say besides the table: key → value, in order. */
  public record About(Path dataDir, String eventsHash, String version, Filter filter) {}

  private ExportWriter() {}

  public static void write(ExportTable table, Path out, About about) {
    String name = out.getFileName().toString();
    Path dir = out.toAbsolutePath().getParent();
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      files.put(name, xlsx(table, about));
    } else {
      files.put(name, csv(table));
      files.put(name.substring(0, name.length() - ".csv".length()) + ".json", sidecar(table, about, name));
    }
    OutputFiles.write(dir, files);
  }

  public static byte[] csv(ExportTable table) {
    return OutputFiles.csv(table.unit().code() + ".csv", table.columnNames(), table.textRows());
  }

  /** What was exported, as key → value, for the export sheet. */
  static Map<String, String> facts(ExportTable table, About about, String file) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("file", file);
    f.put("unit", table.unit().code());
    f.put("dataset", about.dataDir().toString());
    f.put("events_sha256", about.eventsHash());
    f.put("entente", about.version());
    about.filter().describe().forEach((k, v) -> f.put("filter " + k, v));
    if (table.unit().panel()) {
      f.put("window_from", table.from() == null ? "" : table.from().toString());
      f.put("window_to", table.to() == null ? "" : table.to().toString());
      f.put("undated_events_left_out", Integer.toString(table.undatedLeftOut()));
    }
    f.put("rows", Integer.toString(table.rows().size()));
    return f;
  }

  static byte[] sidecar(ExportTable table, About about, String file) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("file", file);
    root.put("unit", table.unit().code());
    root.put("dataset", about.dataDir().toString());
    root.put("events_sha256", about.eventsHash());
    root.put("entente", about.version());
    ObjectNode filters = root.putObject("filters");
    about.filter().describe().forEach(filters::put);
    if (table.unit().panel()) {
      ObjectNode window = root.putObject("window");
      window.put("from", table.from() == null ? null : table.from().toString());
      window.put("to", table.to() == null ? null : table.to().toString());
      root.put("undated_events_left_out", table.undatedLeftOut());
    }
    root.put("rows", table.rows().size());
    ArrayNode columns = root.putArray("columns");
    for (Column c : table.columns()) {
      ObjectNode n = columns.addObject();
      n.put("name", c.name());
      n.put("type", c.type());
      n.put("description", c.description());
    }
    try {
      String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
      return (text.replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TableException(file + ": cannot render the sidecar JSON (" + e.getMessage() + ")", e);
    }
  }

  /** The workbook: text cells are text (no spreadsheet evaluates them), numbers numbers, dates dates. */
  static byte[] xlsx(ExportTable table, About about) {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle oneDecimal = wb.createCellStyle();
      oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));

      SXSSFSheet data = wb.createSheet(table.unit() == Unit.EVENT ? "events" : table.unit().code());
      data.trackAllColumnsForAutoSizing();
      header(data, table.columnNames(), bold);
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = data.createRow(r + 1);
        List<Object> values = table.rows().get(r);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          if (v == null) continue;
          Cell cell = row.createCell(c);
          if (v instanceof Integer i) {
            cell.setCellValue(i);
          } else if (v instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(oneDecimal);
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else {
            String s = v.toString();
            // The dataset may have neutralised article text for spreadsheets; a text cell needs no such prefix.
            cell.setCellValue(table.columns().get(c).articleText() && s.startsWith("'") ? s.substring(1) : s);
          }
        }
      }
      data.createFreezePane(0, 1);

      Sheet book = wb.createSheet("codebook");
      header(book, List.of("column", "type", "description"), bold);
      for (int i = 0; i < table.columns().size(); i++) {
        Column c = table.columns().get(i);
        Row row = book.createRow(i + 1);
        row.createCell(0).setCellValue(c.name());
        row.createCell(1).setCellValue(c.type());
        row.createCell(2).setCellValue(c.description());
      }

      Sheet export = wb.createSheet("export");
      header(export, List.of("what", "value"), bold);
      int r = 1;
      for (var e : facts(table, about, "").entrySet()) {
        if (e.getKey().equals("file")) continue;
        Row row = export.createRow(r++);
        row.createCell(0).setCellValue(e.getKey());
        row.createCell(1).setCellValue(e.getValue());
      }
      wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated("2000-01-01T00:00:00Z");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      return reproducible(bytes.toByteArray());
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new TableException("cannot render the workbook (" + e.getMessage() + ")", e);
    }
  }

  private static void header(Sheet sheet, List<String> names, CellStyle bold) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < names.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(names.get(c));
      cell.setCellStyle(bold);
    }
  }

  /** The same entries with a fixed time: a zip records when each entry was written. */
  private static byte[] reproducible(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    // Read through the central directory: POI streams its entries with the sizes after the data.
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
         ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(946684800000L); // 2000-01-01
        z.putNextEntry(copy);
        try (var data = in.getInputStream(e)) {
          data.transferTo(z);
        }
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
