package org.entente.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labelled date drawn as a vertical marker (a coup, a treaty).
 *
 * @param countries the parties the date belongs to ("MLI;BFA;NER" in the file); empty = relevant to everyone
 */
record KeyDate(LocalDate date, String label, Set<String> countries) {

  static final String BUNDLED = "key-dates.csv";

  /** The focus's own dates first, then those of its partners (its region, in practice), within the period. */
  static List<KeyDate> relevant(List<KeyDate> all, String focus, Set<String> partners, LocalDate from, LocalDate to) {
    return all.stream()
        .filter(k -> !k.date.isBefore(from) && !k.date.isAfter(to))
        .filter(k -> k.countries.isEmpty() || k.countries.contains(focus)
            || k.countries.stream().anyMatch(partners::contains))
        .sorted(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::label))
        .toList();
  }

  boolean ownedBy(String focus) { return countries.contains(focus); }

  static List<KeyDate> load(Path userFile) {
    if (userFile != null) {
      if (!Files.isRegularFile(userFile)) throw new ChartException(userFile + ": file not found");
      return parse(Csv.read(userFile));
    }
    try (InputStream in = KeyDate.class.getResourceAsStream(BUNDLED)) {
      if (in == null) throw new ChartException("bundled " + BUNDLED + " is missing from the jar");
      return parse(Csv.table(Path.of(BUNDLED), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new ChartException("bundled " + BUNDLED + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static List<KeyDate> parse(Csv.Table table) {
    Map<String, Integer> col = table.require(List.of("date", "label", "country"));
    List<KeyDate> out = new ArrayList<>();
    for (Csv.Row row : table.rows()) {
      String text = row.get(col.get("date")).trim();
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new ChartException(table.file() + ": line " + row.line() + ": bad date '" + text + "' (expected YYYY-MM-DD)");
      }
      String label = row.get(col.get("label")).trim();
      if (label.isEmpty()) throw new ChartException(table.file() + ": line " + row.line() + ": empty label");
      Set<String> countries = new java.util.TreeSet<>();
      for (String c : row.get(col.get("country")).split(";")) if (!c.isBlank()) countries.add(c.trim());
      out.add(new KeyDate(date, label, Set.copyOf(countries)));
    }
    return List.copyOf(out);
  }
}
