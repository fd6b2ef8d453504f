package org.entente.chart;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where an event lies relative to the mix chart's pivot. An event dated to a month or a year is a span, not a day:
 * it is before or after the pivot only when its whole span is; a span that holds the pivot is {@link #AROUND}.
 */
enum Side {
  BEFORE, AROUND, AFTER;

  static Side of(PlotEvent e, LocalDate pivot) {
    if (e.end().isBefore(pivot)) return BEFORE;
    if (!e.date().isBefore(pivot)) return AFTER;
    return AROUND;
  }

  /** The {@code period} column of mix.csv. */
  String code() { return name().toLowerCase(Locale.ROOT); }
}
