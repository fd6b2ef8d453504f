package org.entente.eval;

import java.util.List;

/**
 * B-cubed F1 between the gold event labels and the predicted event ids of matched rows: do the rows of one
 * gold event share one predicted event, and the other way round. Summed in score.py's order so that the
 * doubles come out bit for bit the same.
 */
final class BCubed {

  /** A matched row: its gold event label and its predicted event id. */
  record Pair(String gold, String predicted) {}

  private BCubed() {}

  /** The F1, or null where both precision and recall are 0 (no pairs), as score.py's None. */
  static Double f1(List<Pair> pairs) {
    double p = score(pairs, true);
    double r = score(pairs, false);
    return p + r != 0 ? 2 * p * r / (p + r) : null;
  }

  /** bcubed(1, 0) with {@code byPredicted}, else bcubed(0, 1). */
  private static double score(List<Pair> pairs, boolean byPredicted) {
    double total = 0.0;
    for (Pair i : pairs) {
      int same = 0;
      int agree = 0;
      for (Pair j : pairs) {
        if (byPredicted ? j.predicted.equals(i.predicted) : j.gold.equals(i.gold)) {
          same++;
          if (byPredicted ? j.gold.equals(i.gold) : j.predicted.equals(i.predicted)) {
            agree++;
          }
        }
      }
      total += (double) agree / same;
    }
    return pairs.isEmpty() ? 0.0 : total / pairs.size();
  }
}
