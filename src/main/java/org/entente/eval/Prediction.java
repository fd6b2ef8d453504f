package org.entente.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One predicted interaction of an article after collapsing its mentions on (source, target, category, subtype). */
record Prediction(String source, String target, String category, String subtype, String date, String precision,
                  String eventId) {

  /** score.py's own table rather than DatePrecision: it is case-sensitive and ranks any other word as unknown. */
  private static final Map<String, Integer> PRECISION_RANK =
      Map.of("day", 0, "month", 1, "year", 2, "reported", 3, "", 4, "unknown", 4);

  private record Key(String source, String target, String category, String subtype) {}

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
  static Map<String, List<Prediction>> read(Path file) throws IOException {
    CsvTable csv = CsvTable.read(file);
    csv.require("source", "target", "category");
    if (!csv.has("article_id") && !csv.has("article")) {
      throw new EvalException(file, "missing column 'article_id'");
    }
    Map<String, Map<Key, Offer>> byArticle = new LinkedHashMap<>();
    for (PyCsv.Row r : csv.rows()) {
      String article = csv.get(r, "article_id", "");
      if (article.isEmpty()) {
        if (!csv.has("article")) {
          throw new EvalException(file, "line " + r.line() + " has an empty article_id");
        }
        article = csv.get(r, "article");
      }
      Key key = new Key(csv.get(r, "source"), csv.get(r, "target"), csv.get(r, "category"),
          csv.get(r, "subtype", ""));
      String precision = csv.get(r, "date_precision", "");
      Offer offer = new Offer(PRECISION_RANK.getOrDefault(precision, 4), csv.get(r, "date", ""), precision,
          csv.get(r, "event_id", ""));
      // merge() keeps the key's first position, as assigning to an existing dict key does.
      byArticle.computeIfAbsent(article, a -> new LinkedHashMap<>())
          .merge(key, offer, (cur, cand) -> Offer.ORDER.compare(cand, cur) < 0 ? cand : cur);
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
}
