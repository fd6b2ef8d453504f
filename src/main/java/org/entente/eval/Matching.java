package org.entente.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * score.py's match(): gold rows are matched to predictions level by level (required, stretch, optional),
 * each level first over subtype-exact edges and then over category-only ones. Kuhn's augmenting paths let a
 * later row re-route an earlier one instead of taking its prediction, so every matched row stays matched.
 */
final class Matching {

  private static final String[] LEVELS = {GoldRow.REQUIRED, GoldRow.STRETCH, GoldRow.OPTIONAL};

  private final List<GoldRow> golds;
  private final int[] predOfGold;
  private final int[] goldOfPred;

  private Matching(List<Prediction> preds, List<GoldRow> golds) {
    this.golds = golds;
    this.predOfGold = new int[golds.size()];
    this.goldOfPred = new int[preds.size()];
    Arrays.fill(predOfGold, -1);
    Arrays.fill(goldOfPred, -1);
  }

  /** For each gold row (by index), the index of its prediction, or -1. */
  static int[] match(List<Prediction> preds, List<GoldRow> golds) {
    Matching m = new Matching(preds, golds);
    List<int[]> strict = edges(preds, golds, true);
    List<int[]> loose = edges(preds, golds, false);
    for (String level : LEVELS) {
      for (List<int[]> adj : List.of(strict, loose)) {
        for (int gi = 0; gi < golds.size(); gi++) {
          if (golds.get(gi).level().equals(level) && m.predOfGold[gi] < 0) {
            m.augment(gi, new boolean[preds.size()], adj);
          }
        }
      }
    }
    return m.predOfGold.clone();
  }

  /** Per gold row, the compatible predictions in prediction order: the order the search tries them. */
  private static List<int[]> edges(List<Prediction> preds, List<GoldRow> golds, boolean strict) {
    List<int[]> adj = new ArrayList<>();
    for (GoldRow g : golds) {
      adj.add(IntStream.range(0, preds.size())
          .filter(pi -> g.compatible(preds.get(pi), strict))
          .toArray());
    }
    return adj;
  }

  private boolean augment(int gi, boolean[] seen, List<int[]> adj) {
    for (int pi : adj.get(gi)) {
      if (seen[pi]) {
        continue;
      }
      seen[pi] = true;
      if (goldOfPred[pi] < 0 || augment(goldOfPred[pi], seen, adj)) {
        goldOfPred[pi] = gi;
        predOfGold[gi] = pi;
        return true;
      }
    }
    return false;
  }
}
