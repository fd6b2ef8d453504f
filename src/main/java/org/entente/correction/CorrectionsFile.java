package org.entente.correction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;

/**
 * Reads the analyst's corrections file ({@link Schemas#CORRECTIONS}; docs/CODEBOOK.md section 13). Every row is
 * checked before any coding starts: a bad row stops the run with {@code FILE: row N, column C: problem}.
 */
public final class CorrectionsFile {
  private CorrectionsFile() {}

  /** @param knownParty whether a code is a party of the run's dictionary */
  public static List<Correction> read(Path file, Predicate<String> knownParty) {
    CsvTable table = Schemas.CORRECTIONS.rows(file);
    List<Correction> out = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      String target = r.get("target");
      Correction.Action action = Correction.Action.valueOf(r.get("action").toUpperCase(Locale.ROOT));
      try {
        Edit edit = null;
        Addition addition = null;
        switch (action) {
          case DROP -> {
            if (!r.get("field").isEmpty() || !r.get("value").isEmpty()) {
              throw new BadCell("field", "a drop row has no field or value: it drops the whole mention or event");
            }
          }
          case SET -> edit = Edit.of(r.get("field"), r.get("value"), knownParty);
          case ADD -> addition = Addition.of(r.get("field"), r.get("value"), knownParty);
        }
        if (action == Correction.Action.ADD && target.matches(".*-s\\d+-[ma]\\d+")) {
          throw new BadCell("target", "an add row's target is the id of the article the mention is from");
        }
        out.add(new Correction(table.name(), r.row(), target, action, edit, addition, r.get("reason"),
            r.get("by"), r.date("date")));
      } catch (BadCell e) {
        throw r.error(e.column, e.getMessage());
      }
    }
    return List.copyOf(out);
  }
}
