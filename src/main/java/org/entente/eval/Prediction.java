package org.entente.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.table.Schema;
import org.entente.table.Schemas;
import org.entente.table.TableException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One predicted interaction of an article after collapsing its mentions on (source, target, category, subtype). */
record Prediction(String source, String target, String category, String subtype, String date, String precision,
                  String eventId) {

  /** score.py's own table rather than DatePrecision: it is case-sensitive and ranks any other word as unknown. */
  private static final Map<String, Integer> PRECISION_RANK =
      Map.of("day", 0, "month", 1, "year", 2, "reported", 3, "", 4, "unknown", 4);

  private record Key(String source, String target, String category, String subtype) {}

  /** The article of each mention, as score.py takes it: {@code r.get('article_id') or r.get('article')}. */
  private static final String ARTICLE = "scored_article";

  /**
   * What a mention offers for its key, compared as score.py compares the tuple
   * (rank, date, precision, event_id): the most precise date wins, then the earliest date string, and so on.
   */
  private record Offer(int rank, String date, String precision, String eventId) {
    static final Comparator<Offer> ORDER = Comparator.comparingInt(Offer::rank)
        .thenComparing(Offer::date, Py::compare)
        .thenComparing(Offer::precision, Py::compare)
        .thenComparing(Offer::eventId, Py::compare);
  }

  /**
   * Predictions by article (articles in first-seen order), each article's list in the order its keys first
   * appear: that order decides the matching and the fallback event ids, so it follows score.py's dicts.
   */
  static Map<String, List<Prediction>> read(Path file) {
    Table mentions = Schemas.PREDICTIONS.read(file);
    if (!mentions.containsColumn("article_id") && !mentions.containsColumn("article")) {
      throw TableException.atColumn(file.toString(), "article_id", "not in the header");
    }
    mentions.addColumns(articles(file, mentions));
    Map<String, Map<Key, Offer>> byArticle = new LinkedHashMap<>();
    for (Table rows : mentions.splitOn(ARTICLE).asTableList()) {
      // merge() keeps the key's first position, as assigning to an existing dict key does.
      Map<Key, Offer> offers = new LinkedHashMap<>();
      for (int i = 0; i < rows.rowCount(); i++) {
        Key key = new Key(cell(rows, "source", i), cell(rows, "target", i), cell(rows, "category", i),
            cell(rows, "subtype", i));
        String precision = cell(rows, "date_precision", i);
        Offer offer = new Offer(PRECISION_RANK.getOrDefault(precision, 4), cell(rows, "date", i), precision,
            cell(rows, "event_id", i));
        offers.merge(key, offer, (cur, cand) -> Offer.ORDER.compare(cand, cur) < 0 ? cand : cur);
      }
      byArticle.put(rows.stringColumn(ARTICLE).get(0), offers);
    }
    Map<String, List<Prediction>> out = new LinkedHashMap<>();
    byArticle.forEach((article, offers) -> {
      List<Prediction> preds = new ArrayList<>();
      offers.forEach((k, o) -> preds.add(
          new Prediction(k.source, k.target, k.category, k.subtype, o.date, o.precision, o.eventId)));
      out.put(article, List.copyOf(preds));
    });
    return out;
  }

  /** {@code r.get(column, '')}: a column the header lacks reads as empty. */
  private static String cell(Table rows, String column, int i) {
    return rows.containsColumn(column) ? rows.stringColumn(column).get(i) : "";
  }

  private static StringColumn articles(Path file, Table mentions) {
    StringColumn articles = StringColumn.create(ARTICLE);
    for (int i = 0; i < mentions.rowCount(); i++) {
      String article = cell(mentions, "article_id", i);
      if (article.isEmpty()) {
        if (!mentions.containsColumn("article")) {
          // score.py would file the mention under None, then fail to sort None among the article ids.
          throw Schema.error(file, mentions, i, "article_id", "empty");
        }
        article = cell(mentions, "article", i);
      }
      articles.append(article);
    }
    return articles;
  }
}
