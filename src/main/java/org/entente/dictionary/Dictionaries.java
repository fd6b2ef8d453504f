package org.entente.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.table.CsvTable;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import org.entente.table.TableException;

/**
 * Where the coder's data files come from: the bundled ones, plus the same-named files of an optional
 * {@code --dictionary DIR}, whose rows are added to the bundled rows. Analysts extend the coder this way without
 * recompiling. Every file is read through its schema ({@link Schemas#dictionary}): '#' starts a comment line,
 * cells are trimmed, and a problem is reported as {@code FILE: row N, column C: problem}.
 */
public record Dictionaries(Path extraDir) {
  private static final String BUNDLED = "/org/entente/dict/";

  public static Dictionaries bundled() { return new Dictionaries(null); }

  /** The bundled table followed by the extra folder's rows; a header that differs is an error. */
  public CsvTable table(String fileName) {
    Schema schema = Schemas.dictionary(fileName);
    CsvTable bundled;
    try (InputStream in = Dictionaries.class.getResourceAsStream(BUNDLED + fileName)) {
      if (in == null) throw new TableException(fileName + ": bundled dictionary missing from the jar");
      bundled = schema.rows(fileName, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (extraDir == null) return bundled;
    Path extra = extraDir.resolve(fileName);
    return Files.isRegularFile(extra) ? bundled.plus(schema.rows(extra)) : bundled;
  }
}
