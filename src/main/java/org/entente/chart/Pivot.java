package org.entente.chart;

import java.time.LocalDate;
import java.util.List;

/**
 * The before/after date of the mix chart and why it was chosen.
 *
 * @param label the key date's label, or null when the date is not a key date
 * @param split true when no key date left both panels with events and the date was chosen to split the events
 */
record Pivot(LocalDate date, String label, boolean split) {

  /**
   * {@code asked} if given; else, of the key dates shown, the one that leaves the most events on its thinner side
   * (earliest on a tie), as long as neither side is empty; else the event date that does so.
   */
  static Pivot choose(LocalDate asked, List<KeyDate> shown, List<PlotEvent> events, LocalDate from, LocalDate to) {
    if (asked != null) {
      String label = shown.stream().filter(k -> k.date().equals(asked)).map(KeyDate::label).findFirst().orElse(null);
      return new Pivot(asked, label, false);
    }
    Sides sides = new Sides(events);
    KeyDate best = null;
    int bestScore = 0;
    for (KeyDate k : shown) {
      int score = sides.thinner(k.date());
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best != null) return new Pivot(best.date(), best.label(), false);
    LocalDate split = null;
    for (PlotEvent e : events) {
      int score = sides.thinner(e.date());
      if (score > bestScore) {
        split = e.date();
        bestScore = score;
      }
    }
    if (split != null) return new Pivot(split, null, true);
    // Every event on one day (or one span): one panel stays empty whatever the date; the first key date, or the
    // middle of the period, at least names a date the reader knows.
    if (!shown.isEmpty()) return new Pivot(shown.get(0).date(), shown.get(0).label(), false);
    return new Pivot(from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2), null, true);
  }

  /** Counts of events wholly before or wholly after a date, by binary search over sorted starts and ends. */
  static final class Sides {
    private final long[] starts;
    private final long[] ends;

    Sides(List<PlotEvent> events) {
      starts = events.stream().mapToLong(e -> e.date().toEpochDay()).sorted().toArray();
      ends = events.stream().mapToLong(e -> e.end().toEpochDay()).sorted().toArray();
    }

    /** Events that ended before {@code date}. */
    int before(LocalDate date) { return lowerBound(ends, date.toEpochDay()); }

    /** Events that started on or after {@code date}. */
    int after(LocalDate date) { return starts.length - lowerBound(starts, date.toEpochDay()); }

    int thinner(LocalDate date) { return Math.min(before(date), after(date)); }

    /** The number of values below {@code key}. */
    private static int lowerBound(long[] sorted, long key) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
  }

  /** "26 Jul 2023 (Niger coup)". */
  String text() {
    return Theme.day(date) + (label == null ? "" : " (" + label + ")");
  }
}
