package org.entente.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.entente.date.DatePrecision;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Reads events.csv and articles.csv (DATASET.md) through their schemas and keeps the events that involve the focus.
 * The schemas check every row, not only the focus's: a bad value means a broken file, whoever it concerns.
 */
final class EventLoader {

  /** Longer names (ECOWAS's full name) would crowd lane labels and titles; the code reads better. */
  private static final int MAX_NAME_LENGTH = 16;

  private static final String UNKNOWN = DatePrecision.UNKNOWN.code();

  private EventLoader() {}

  static FocusData load(Path dataDir, String focus) {
    Path eventsFile = dataDir.resolve(Schemas.EVENTS.fileName());
    Table all = Schemas.EVENTS.read(eventsFile);
    checkDates(eventsFile, all);

    StringColumn source = all.stringColumn("source");
    StringColumn target = all.stringColumn("target");
    Selection withFocus = source.isEqualTo(focus).or(target.isEqualTo(focus)).andNot(source.isEqualTo(target));
    Table involved = all.where(withFocus);
    if (involved.isEmpty()) throw new ChartException("no events involve " + focus + " in " + eventsFile);
    Selection undated = involved.dateColumn("date").isMissing()
        .or(involved.stringColumn("date_precision").isEqualTo(UNKNOWN));
    Table dated = involved.dropWhere(undated);
    if (dated.isEmpty()) throw new ChartException("no dated events involve " + focus + " in " + eventsFile);

    int articleCount = countArticles(dataDir.resolve(Schemas.ARTICLES.fileName()), all);
    return FocusData.of(eventsFile, focus, names(all), dated, involved.rowCount() - dated.rowCount(), articleCount,
        all.rowCount());
  }

  /** The contract ties the two columns: only an unknown date may be empty. */
  private static void checkDates(Path eventsFile, Table all) {
    DateColumn date = all.dateColumn("date");
    StringColumn precision = all.stringColumn("date_precision");
    Selection bad = date.isMissing().andNot(precision.isEqualTo(UNKNOWN));
    if (!bad.isEmpty()) {
      int i = bad.get(0);
      throw Schema.error(eventsFile, all, i, "date", "empty, but date_precision is " + precision.get(i));
    }
  }

  /**
   * The display name of each code, from the first event that names it; every event, not only the focus's, so that
   * a partner asked for with --partners is named even when it has no event with the focus.
   */
  private static Map<String, String> names(Table all) {
    Map<String, String> names = new HashMap<>();
    for (String side : new String[] {"source", "target"}) {
      StringColumn codes = all.stringColumn(side);
      StringColumn written = all.stringColumn(side + "_name");
      for (int i = 0; i < all.rowCount(); i++) {
        names.putIfAbsent(codes.get(i), displayName(codes.get(i), written.get(i)));
      }
    }
    return names;
  }

  /** articles.csv counts every article read, including those that yielded no event; fall back to cited ones. */
  private static int countArticles(Path articlesFile, Table events) {
    if (Files.isRegularFile(articlesFile)) return Schemas.ARTICLES.read(articlesFile).rowCount();
    return (int) events.stringColumn("article_ids").asList().stream()
        .flatMap(ids -> Arrays.stream(ids.split(";")))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .distinct()
        .count();
  }

  private static String displayName(String code, String name) {
    String n = name == null ? "" : name.trim();
    return n.isEmpty() || n.length() > MAX_NAME_LENGTH ? code : n;
  }
}
