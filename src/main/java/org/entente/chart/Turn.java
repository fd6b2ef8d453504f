package org.entente.chart;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * When a partner's balance with the focus settled on its final side: the first period from which every period with
 * events is net positive (for a partner the focus ended up closer to) or net negative (one it fell away from). The
 * matrix puts the partners that turned positive at the top, in the order they turned, and those that turned
 * negative at the bottom, the earliest at the very bottom: a realignment reads as two staircases.
 *
 * @param sign the sign of the partner's net score over the whole window
 * @param from the first period of the settled run; null when the last period with events goes the other way
 * @param total the net score over the whole window
 */
record Turn(int sign, LocalDate from, double total) {

  static Turn of(MatrixCells cells, Lane lane) {
    double total = 0;
    for (LocalDate c : cells.columns()) total += cells.get(lane, c).net();
    total = AlignmentIndex.round(total);
    int sign = (int) Math.signum(total);
    if (sign == 0) return new Turn(0, null, total);
    LocalDate from = null;
    for (LocalDate c : cells.columns()) {
      double net = cells.get(lane, c).net();
      if (Math.signum(net) == -sign) from = null;
      else if (Math.signum(net) == sign && from == null) from = c;
    }
    return new Turn(sign, from, total);
  }

  /** Top to bottom: turned positive (earliest first), then unsettled or even, then turned negative (latest first). */
  static Comparator<Turn> order() {
    return Comparator.comparingInt(Turn::group)
        .thenComparing((a, b) -> {
          if (a.from == null || b.from == null) return 0;
          return a.sign > 0 ? a.from.compareTo(b.from) : b.from.compareTo(a.from);
        })
        .thenComparingDouble(t -> -t.total);
  }

  /** 0: settled positive, 1: positive but unsettled, 2: even, 3: negative but unsettled, 4: settled negative. */
  private int group() {
    if (sign > 0) return from != null ? 0 : 1;
    if (sign < 0) return from != null ? 4 : 3;
    return 2;
  }
}
