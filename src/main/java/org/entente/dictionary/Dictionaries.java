package org.entente.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the coder's data files come from: the bundled ones, plus the same-named files of an optional
 * {@code --dictionary DIR}, whose rows are added to the bundled rows. Analysts extend the coder this way without
 * recompiling.
 */
public record Dictionaries(Path extraDir) {
  private static final String BUNDLED = "/org/entente/dict/";

  public static Dictionaries bundled() { return new Dictionaries(null); }

  /** The bundled table followed by the extra folder's rows; a header that differs is an error. */
  public CsvTable table(String fileName) {
    CsvTable bundled;
    try (InputStream in = Dictionaries.class.getResourceAsStream(BUNDLED + fileName)) {
      if (in == null) throw new DictionaryException("bundled dictionary " + fileName + " is missing");
      bundled = CsvTable.read(fileName, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (extraDir == null) return bundled;
    Path extra = extraDir.resolve(fileName);
    if (!Files.isRegularFile(extra)) return bundled;
    CsvTable added;
    try (InputStream in = Files.newInputStream(extra)) {
      added = CsvTable.read(extra.toString(), in);
    } catch (IOException e) {
      throw new DictionaryException(extra + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    if (!added.header().equals(bundled.header())) {
      throw new DictionaryException(extra + ": header must be " + String.join(",", bundled.header()));
    }
    List<CsvTable.Row> rows = new ArrayList<>(bundled.rows());
    rows.addAll(added.rows());
    return new CsvTable(bundled.name() + "+" + extra, bundled.header(), List.copyOf(rows));
  }
}
