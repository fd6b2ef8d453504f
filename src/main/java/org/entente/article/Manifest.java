package org.entente.article;

import java.io.InputStream;
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
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;
import org.entente.table.TableException;

/**
 * The optional manifest.csv beside the articles ({@code file,published,outlet,url,language,note}). A bad row is
 * reported and ignored rather than failing the run: the articles themselves can still be coded.
 */
public final class Manifest {
  public static final String FILE_NAME = Schemas.MANIFEST.fileName();

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
    return read(() -> Schemas.MANIFEST.rows(csv), name -> Files.isRegularFile(dir.resolve(name)), warn);
  }

  /**
   * A manifest that is not on this machine's disk (the Spark job reads it from the cluster's file system), named
   * {@code name} in messages; {@code exists} tells whether the folder holds a file of that name.
   */
  public static Manifest read(String name, InputStream csv, Predicate<String> exists, Consumer<String> warn) {
    return read(() -> Schemas.MANIFEST.rows(name, csv), exists, warn);
  }

  private static Manifest read(Supplier<CsvTable> rows, Predicate<String> exists, Consumer<String> warn) {
    CsvTable table;
    try {
      table = rows.get();
    } catch (TableException e) {
      // a manifest that cannot be read would leave every article undated: the run stops rather than code without it
      throw new InputException(e.getMessage() + "; fix the manifest, or move it aside to code without dates", e);
    }
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String name = row.get("file");
      if (name.isEmpty() || !exists.test(name)) {
        warn.accept(row.where("file") + ": names no file" + (name.isEmpty() ? "" : " ('" + name + "')"));
        continue;
      }
      List<String> warnings = new ArrayList<>();
      LocalDate published = null;
      String date = row.get("published");
      if (!date.isEmpty()) {
        try {
          published = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          warn.accept(row.where("published") + ": bad date '" + date + "' (expected YYYY-MM-DD)");
          warnings.add("manifest: bad date '" + date + "'");
        }
      }
      entries.put(name, new ManifestEntry(name, published, row.get("outlet"), row.get("url"), row.get("language"),
          warnings));
    }
    return new Manifest(Collections.unmodifiableMap(entries));
  }
}
