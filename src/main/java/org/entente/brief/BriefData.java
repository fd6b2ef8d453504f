package org.entente.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;
import org.entente.table.TableException;

/**
 * What the brief says besides its charts, read from the dataset through the table layer's schemas: the key events
 * with the focus and the articles behind them, and the coverage of the dataset.
 *
 * <p>Key events are the events with the focus (in the window, with the partners asked for) that the most articles
 * report; ties go to the larger absolute Goldstein weight, then to more mentions, the later date and the event id.
 * They are listed by date, each with its articles in the order they were published.
 */
record BriefData(String focus, String focusName, List<KeyEvent> keyEvents, Coverage coverage) {

  /** How many key events the brief lists. */
  static final int KEY_EVENTS = 12;

  /**
   * The dataset the brief is drawn from.
   *
   * @param articles rows of articles.csv (0 when there is none)
   * @param events rows of events.csv
   * @param withFocus events with the focus, all dates
   * @param undated events with the focus whose date is unknown
   * @param analyst events with the focus that an analyst's correction changed
   * @param published first and last publication day of the articles (null when none is dated)
   * @param outlets distinct outlets named by the articles
   * @param eventsSha256 of events.csv, to know the dataset again
   * @param articlesFile whether articles.csv was there (without it no source can be linked)
   * @param candidates events with the focus in the window, with the partners asked for
   * @param firstEvent the first date of a dated candidate (null when none is dated)
   * @param lastEvent the last date of a dated candidate
   */
  record Coverage(int articles, int events, int withFocus, int undated, int analyst, LocalDate firstPublished,
      LocalDate lastPublished, int outlets, String eventsSha256, boolean articlesFile, int candidates,
      LocalDate firstEvent, LocalDate lastEvent) {}

  static BriefData load(Path dataDir, String focus, LocalDate from, LocalDate to, List<String> partners) {
    Path eventsFile = dataDir.resolve(Schemas.EVENTS.fileName());
    Path articlesFile = dataDir.resolve(Schemas.ARTICLES.fileName());
    CsvTable events = Schemas.EVENTS.rows(eventsFile);
    boolean haveArticles = Files.isRegularFile(articlesFile);
    Map<String, CsvTable.Row> articles = new HashMap<>();
    Set<String> outlets = new HashSet<>();
    LocalDate firstPublished = null;
    LocalDate lastPublished = null;
    if (haveArticles) {
      for (CsvTable.Row r : Schemas.ARTICLES.rows(articlesFile).rows()) {
        articles.put(r.get("article_id"), r);
        String outlet = unguarded(r.get("outlet")).strip();
        if (!outlet.isEmpty() && !outlet.equalsIgnoreCase("unknown")) outlets.add(outlet);
        LocalDate p = r.date("published");
        if (p != null) {
          if (firstPublished == null || p.isBefore(firstPublished)) firstPublished = p;
          if (lastPublished == null || p.isAfter(lastPublished)) lastPublished = p;
        }
      }
    }

    String focusName = focus;
    int withFocus = 0;
    int undated = 0;
    int analyst = 0;
    List<KeyEvent> candidates = new ArrayList<>();
    LocalDate firstEvent = null;
    LocalDate lastEvent = null;
    for (CsvTable.Row r : events.rows()) {
      String source = r.get("source");
      String target = r.get("target");
      if (source.equals(target) || (!source.equals(focus) && !target.equals(focus))) continue;
      withFocus++;
      String name = source.equals(focus) ? r.get("source_name") : r.get("target_name");
      if (focusName.equals(focus) && !name.isBlank()) focusName = name;
      LocalDate date = r.date("date");
      String precision = r.get("date_precision");
      if (date == null || precision.equals("unknown")) undated++;
      if (r.get("coded_by").equals("analyst")) analyst++;
      String partner = source.equals(focus) ? target : source;
      if (!partners.isEmpty() && !partners.contains(partner)) continue;
      if ((from != null || to != null)
          && (date == null || (from != null && date.isBefore(from)) || (to != null && date.isAfter(to)))) {
        continue;
      }
      candidates.add(event(r, articles, haveArticles));
      if (date != null && !precision.equals("unknown")) {
        if (firstEvent == null || date.isBefore(firstEvent)) firstEvent = date;
        if (lastEvent == null || date.isAfter(lastEvent)) lastEvent = date;
      }
    }

    List<KeyEvent> key = candidates.stream()
        .sorted(Comparator.comparingInt(KeyEvent::articles).reversed()
            .thenComparing(Comparator.comparingDouble((KeyEvent e) -> Math.abs(e.goldstein())).reversed())
            .thenComparing(Comparator.comparingInt(KeyEvent::mentions).reversed())
            .thenComparing(KeyEvent::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(KeyEvent::eventId))
        .limit(KEY_EVENTS)
        .sorted(Comparator.comparing(KeyEvent::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(KeyEvent::eventId))
        .toList();
    Coverage coverage = new Coverage(articles.size(), events.rows().size(), withFocus, undated, analyst,
        firstPublished, lastPublished, outlets.size(), sha256(eventsFile), haveArticles, candidates.size(),
        firstEvent, lastEvent);
    return new BriefData(focus, focusName, key, coverage);
  }

  private static KeyEvent event(CsvTable.Row r, Map<String, CsvTable.Row> articles, boolean haveArticles) {
    List<KeyEvent.Source> sources = new ArrayList<>();
    for (String id : r.get("article_ids").split(";")) {
      String articleId = id.strip();
      if (articleId.isEmpty()) continue;
      CsvTable.Row a = articles.get(articleId);
      if (a == null) {
        if (haveArticles) {
          throw r.error("article_ids", "article " + articleId + " is not in " + Schemas.ARTICLES.fileName());
        }
        sources.add(new KeyEvent.Source(articleId, "", "", null, "", null));
        continue;
      }
      String url = unguarded(a.get("url"));
      sources.add(new KeyEvent.Source(articleId, unguarded(a.get("title")).strip(), outlet(a), a.date("published"),
          url, WebLink.of(url).orElse(null)));
    }
    // First reported first; an article without a date after those with one.
    sources.sort(Comparator.comparing(KeyEvent.Source::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(KeyEvent.Source::articleId));
    double goldstein;
    try {
      goldstein = Double.parseDouble(r.get("goldstein"));
    } catch (NumberFormatException e) {
      throw r.error("goldstein", "'" + r.get("goldstein") + "' is not a number");
    }
    return new KeyEvent(r.get("event_id"), r.date("date"), r.get("date_precision"), r.get("source"),
        r.get("source_name"), r.get("target"), r.get("target_name"), r.get("directed").equals("true"),
        r.get("category"), r.get("subtype"), goldstein, integer(r, "mentions"), integer(r, "articles"),
        unguarded(r.get("evidence")), r.get("evidence_article"), sources);
  }

  private static String outlet(CsvTable.Row a) {
    String o = unguarded(a.get("outlet")).strip();
    return o.equalsIgnoreCase("unknown") ? "" : o;
  }

  private static int integer(CsvTable.Row r, String column) {
    try {
      return Integer.parseInt(r.get(column));
    } catch (NumberFormatException e) {
      throw r.error(column, "'" + r.get(column) + "' is not a whole number");
    }
  }

  /**
   * The text of a cell as the article wrote it: the dataset puts an apostrophe before article text a spreadsheet
   * could take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab, or an apostrophe), which a reader of
   * the brief should not see.
   */
  static String unguarded(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r'".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  private static String sha256(Path file) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new TableException(file + ": cannot read (" + e.getMessage() + ")", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
