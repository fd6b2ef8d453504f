package org.entente.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A port of the reference scorer {@code ../shared/tools/score.py GOLD MENTIONS --detail}: same matching,
 * same figures to the last rounded digit, same detail lines in the same order. Where score.py would crash
 * or read None on malformed input this throws {@link org.entente.table.TableException}.
 */
public final class Scorer {

  public EvalReport score(Path goldCsv, Path mentionsCsv) {
    Map<String, List<GoldRow>> gold = GoldRow.read(goldCsv);
    Map<String, List<Prediction>> preds = Prediction.read(mentionsCsv);
    Set<String> articles = new TreeSet<>(Py::compare);
    articles.addAll(gold.keySet());
    articles.addAll(preds.keySet());

    Tally t = new Tally();
    for (String article : articles) {
      scoreArticle(article, preds.getOrDefault(article, List.of()), gold.getOrDefault(article, List.of()), t);
    }
    double prec = t.predictions != 0 ? (double) t.matchedPredictions / t.predictions : 0.0;
    double rec = t.required != 0 ? (double) t.requiredFound / t.required : 0.0;
    double f1 = prec + rec != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
    return new EvalReport(prec, rec, f1, t.predictions, t.required, t.requiredFound, t.stretchFound, t.stretch,
        t.subtypeN != 0 ? (double) t.subtypeOk / t.subtypeN : null,
        t.dated != 0 ? (double) t.dateOk / t.dated : null, t.dated,
        BCubed.f1(t.pairs), t.details);
  }

  private static void scoreArticle(String article, List<Prediction> preds, List<GoldRow> golds, Tally t) {
    int[] predOfGold = Matching.match(preds, golds);
    Set<Integer> matchedPreds = new HashSet<>();
    for (int pi : predOfGold) {
      if (pi >= 0) {
        matchedPreds.add(pi);
      }
    }
    t.predictions += preds.size();
    t.matchedPredictions += matchedPreds.size();
    String art = Py.pad(Py.head(article, 24), 24);
    for (int gi = 0; gi < golds.size(); gi++) {
      GoldRow g = golds.get(gi);
      boolean required = g.level().equals(GoldRow.REQUIRED);
      if (required) {
        t.required++;
      } else if (g.level().equals(GoldRow.STRETCH)) {
        t.stretch++;
      }
      if (predOfGold[gi] < 0) {
        if (!g.level().equals(GoldRow.OPTIONAL)) {
          t.details.add("MISS " + Py.pad(g.level(), 8) + " " + art + " " + g.source() + "->" + g.target() + " "
              + g.category() + "/" + g.subtype() + " :: " + Py.head(g.evidence(), 90));
        }
        continue;
      }
      if (g.level().equals(GoldRow.OPTIONAL)) {
        continue;
      }
      Prediction p = preds.get(predOfGold[gi]);
      if (required) {
        t.requiredFound++;
      } else {
        t.stretchFound++;
      }
      // A prediction without an event id is an event of its own.
      t.pairs.add(new BCubed.Pair(g.event(), p.eventId().isEmpty() ? article + ":" + predOfGold[gi] : p.eventId()));
      if (!g.subtype().equals("*")) {
        t.subtypeN++;
        t.subtypeOk += g.acceptsSubtype(p.subtype()) ? 1 : 0;
      }
      Optional<IsoDates.Span> range = g.dateRange();
      if (range.isPresent()) {
        t.dated++;
        // A period longer than a month (a year) is too vague to count as dating the act.
        boolean ok = IsoDates.interval(p.date(), p.precision())
            .filter(iv -> iv.days() <= 31 && iv.overlaps(range.get()))
            .isPresent();
        t.dateOk += ok ? 1 : 0;
        if (!ok) {
          t.details.add("DATE     " + art + " " + g.source() + "->" + g.target() + " " + g.category() + " gold "
              + g.dateMin() + ".." + g.dateMax() + " got " + p.date() + " (" + p.precision() + ")");
        }
      }
    }
    for (int pi = 0; pi < preds.size(); pi++) {
      if (!matchedPreds.contains(pi)) {
        Prediction p = preds.get(pi);
        t.details.add("FALSE    " + art + " " + p.source() + "->" + p.target() + " " + p.category() + "/"
            + p.subtype() + " " + p.date());
      }
    }
  }

  /** The running counts of one score() call. */
  private static final class Tally {
    int predictions;
    int matchedPredictions;
    int required;
    int requiredFound;
    int stretch;
    int stretchFound;
    int subtypeN;
    int subtypeOk;
    int dated;
    int dateOk;
    final List<BCubed.Pair> pairs = new ArrayList<>();
    final List<String> details = new ArrayList<>();
  }
}
