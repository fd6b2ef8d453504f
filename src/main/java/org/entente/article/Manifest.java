package org.entente.article;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The optional manifest.csv beside the articles ({@code file,published,outlet,url,language,note}). A bad row is
 * reported and ignored rather than failing the run: the articles themselves can still be coded.
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.csv";

  private final Map<String, ManifestEntry> entries;

  private Manifest(Map<String, ManifestEntry> entries) { this.entries = entries; }

  public static Manifest empty() { return new Manifest(Map.of()); }

  public Optional<ManifestEntry> entry(String file) { return Optional.ofNullable(entries.get(file)); }

  /**
   * Reads {@code dir/manifest.csv} if present. Rows naming no existing file are reported through {@code warn};
   * a bad date is reported and attached to the article's warnings.
   */
  public static Manifest read(Path dir, Consumer<String> warn) {
    Path csv = dir.resolve(FILE_NAME);
    if (!Files.exists(csv)) return empty();
    List<String[]> rows;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      CsvParserSettings settings = new CsvParserSettings();
      settings.setHeaderExtractionEnabled(false);
      settings.setLineSeparatorDetectionEnabled(true);
      settings.setNullValue("");
      settings.setEmptyValue("");
      rows = new CsvParser(settings).parseAll(reader);
    } catch (IOException | RuntimeException e) {
      String why = e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException
          ? "not UTF-8" : String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
      warn.accept(csv + ": cannot read the manifest (" + why + "); it is ignored");
      return empty();
    }
    if (rows.isEmpty()) return empty();
    List<String> header = List.of(rows.get(0));
    int file = header.indexOf("file");
    if (file < 0) {
      warn.accept(csv + ": no 'file' column in the header; the manifest is ignored");
      return empty();
    }
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    for (int i = 1; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int line = i + 1;
      String name = cell(row, file);
      if (name.isEmpty() && String.join("", row).isBlank()) continue;
      if (name.isEmpty() || !Files.isRegularFile(dir.resolve(name))) {
        warn.accept(csv + " line " + line + ": names no file" + (name.isEmpty() ? "" : " ('" + name + "')"));
        continue;
      }
      List<String> warnings = new ArrayList<>();
      LocalDate published = null;
      String date = cell(row, header.indexOf("published"));
      if (!date.isEmpty()) {
        try {
          published = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          String message = csv + " line " + line + ": bad date '" + date + "' (expected YYYY-MM-DD)";
          warn.accept(message);
          warnings.add("manifest: bad date '" + date + "'");
        }
      }
      entries.put(name, new ManifestEntry(name, published, cell(row, header.indexOf("outlet")),
          cell(row, header.indexOf("url")), cell(row, header.indexOf("language")), warnings));
    }
    return new Manifest(Collections.unmodifiableMap(entries));
  }

  private static String cell(String[] row, int index) {
    return index < 0 || index >= row.length || row[index] == null ? "" : row[index].trim();
  }
}
