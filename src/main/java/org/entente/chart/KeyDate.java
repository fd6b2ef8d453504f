package org.entente.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;

/**
 * A labelled date drawn as a vertical marker (a coup, a treaty).
 *
 * @param countries the parties whose charts mark the date ("MLI;BFA;NER" in the file); empty = every party's
 */
record KeyDate(LocalDate date, String label, Set<String> countries) {

  static final String BUNDLED = Schemas.KEY_DATES.fileName();

  /**
   * The dates that concern the focus (its own, and those the file gives to no party in particular) within the
   * period, in date order. A partner's dates are left out: the Niger coup is not a date of France's story, and
   * marking it on France's charts would tell a story the data of France do not.
   */
  static List<KeyDate> relevant(List<KeyDate> all, String focus, LocalDate from, LocalDate to) {
    return all.stream()
        .filter(k -> !k.date.isBefore(from) && !k.date.isAfter(to))
        .filter(k -> k.countries.isEmpty() || k.countries.contains(focus))
        .sorted(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::label))
        .toList();
  }

  boolean ownedBy(String focus) { return countries.contains(focus); }

  static List<KeyDate> load(Path userFile) {
    CsvTable table;
    if (userFile != null) {
      table = Schemas.KEY_DATES.rows(userFile);
    } else {
      try (InputStream in = KeyDate.class.getResourceAsStream(BUNDLED)) {
        if (in == null) throw new ChartException("bundled " + BUNDLED + " is missing from the jar");
        table = Schemas.KEY_DATES.rows(BUNDLED, in);
      } catch (IOException e) {
        throw new ChartException("bundled " + BUNDLED + ": cannot read (" + e.getMessage() + ")", e);
      }
    }
    List<KeyDate> out = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Set<String> countries = new TreeSet<>();
      for (String c : row.get("country").split(";")) if (!c.isBlank()) countries.add(c.trim());
      out.add(new KeyDate(row.date("date"), row.get("label"), Set.copyOf(countries)));
    }
    return List.copyOf(out);
  }
}
