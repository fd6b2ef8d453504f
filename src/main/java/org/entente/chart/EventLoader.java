package org.entente.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.date.DatePrecision;

/** Reads events.csv and articles.csv (DATASET.md) and keeps the events that involve the focus. */
final class EventLoader {

  /** The columns DATASET.md fixes for events.csv; more may follow them. */
  static final List<String> EVENT_COLUMNS = List.of(
      "event_id", "date", "date_precision", "source", "source_name", "target", "target_name", "directed",
      "category", "subtype", "cameo", "goldstein", "plover", "mentions", "articles", "article_ids",
      "first_reported", "evidence", "evidence_article");

  /** Longer names (ECOWAS's full name) would crowd lane labels and titles; the code reads better. */
  private static final int MAX_NAME_LENGTH = 16;

  private EventLoader() {}

  static FocusData load(Path dataDir, String focus) {
    Path eventsFile = dataDir.resolve("events.csv");
    if (!Files.isRegularFile(eventsFile)) throw new ChartException(eventsFile + ": file not found");
    Csv.Table table = Csv.read(eventsFile);
    Map<String, Integer> col = table.require(EVENT_COLUMNS);

    Map<String, String> names = new HashMap<>();
    Set<String> articleIds = new HashSet<>();
    List<PlotEvent> events = new ArrayList<>();
    int undated = 0;
    boolean focusSeen = false;
    for (Csv.Row row : table.rows()) {
      String where = eventsFile + ": line " + row.line() + ": ";
      if (row.cells().size() < table.header().size()) {
        throw new ChartException(where + "expected " + table.header().size() + " fields, found " + row.cells().size());
      }
      String source = row.get(col.get("source")).trim();
      String target = row.get(col.get("target")).trim();
      for (String id : row.get(col.get("article_ids")).split(";")) if (!id.isBlank()) articleIds.add(id.trim());
      // Dates are checked on every row, not only the focus's: a bad date means a broken file, whoever it concerns.
      DatePrecision precision = precision(where, row.get(col.get("date_precision")));
      String dateText = row.get(col.get("date")).trim();
      if (dateText.isEmpty() && precision != DatePrecision.UNKNOWN) {
        throw new ChartException(where + "empty date with date_precision " + precision.code());
      }
      LocalDate date = dateText.isEmpty() ? null : date(where, dateText);

      if (!source.equals(focus) && !target.equals(focus) || source.equals(target)) continue;
      focusSeen = true;
      names.putIfAbsent(source, displayName(source, row.get(col.get("source_name"))));
      names.putIfAbsent(target, displayName(target, row.get(col.get("target_name"))));
      if (date == null || precision == DatePrecision.UNKNOWN) {
        undated++;
        continue;
      }
      String directedText = row.get(col.get("directed")).trim();
      if (!directedText.equals("true") && !directedText.equals("false")) {
        throw new ChartException(where + "bad directed value '" + directedText + "' (expected true or false)");
      }
      Direction direction = directedText.equals("false") ? Direction.MUTUAL
          : source.equals(focus) ? Direction.FOCUS_ACTS : Direction.PARTNER_ACTS;
      String categoryText = row.get(col.get("category")).trim();
      Category category = Category.ofCode(categoryText);
      if (category == null) {
        throw new ChartException(where + "unknown category '" + categoryText
            + "' (expected cooperation, expulsion, withdrawal or alliance)");
      }
      events.add(new PlotEvent(
          row.get(col.get("event_id")).trim(),
          date,
          precision,
          source.equals(focus) ? target : source,
          direction,
          category,
          row.get(col.get("subtype")).trim(),
          number(where, "goldstein", row.get(col.get("goldstein"))),
          articles(where, row.get(col.get("articles")))));
    }
    Path shown = eventsFile;
    if (!focusSeen) throw new ChartException("no events involve " + focus + " in " + shown);
    if (events.isEmpty()) throw new ChartException("no dated events involve " + focus + " in " + shown);
    int articleCount = countArticles(dataDir.resolve("articles.csv"), articleIds);
    return new FocusData(eventsFile, focus, names, events, undated, articleCount, table.rows().size());
  }

  /** articles.csv counts every article read, including those that yielded no event; fall back to cited ones. */
  private static int countArticles(Path articlesFile, Set<String> cited) {
    if (!Files.isRegularFile(articlesFile)) return cited.size();
    Csv.Table table = Csv.read(articlesFile);
    table.require(List.of("article_id"));
    return table.rows().size();
  }

  private static String displayName(String code, String name) {
    String n = name == null ? "" : name.trim();
    return n.isEmpty() || n.length() > MAX_NAME_LENGTH ? code : n;
  }

  private static DatePrecision precision(String where, String text) {
    try {
      return DatePrecision.ofCode(text);
    } catch (IllegalArgumentException e) {
      throw new ChartException(where + "unknown date_precision '" + text.trim()
          + "' (expected day, month, year, reported or unknown)");
    }
  }

  private static LocalDate date(String where, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ChartException(where + "bad date '" + text + "' (expected YYYY-MM-DD)");
    }
  }

  private static double number(String where, String column, String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (!Double.isFinite(v)) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new ChartException(where + "bad " + column + " '" + text.trim() + "' (expected a number)");
    }
  }

  private static int articles(String where, String text) {
    try {
      int v = Integer.parseInt(text.trim());
      if (v < 0) throw new NumberFormatException();
      return Math.max(1, v);
    } catch (NumberFormatException e) {
      throw new ChartException(where + "bad articles '" + text.trim() + "' (expected a whole number)");
    }
  }
}
