package org.entente.chart;

import java.time.LocalDate;
import org.entente.date.DatePrecision;

/**
 * One dated event with the focus, reduced to what the charts need: the other party, who acted, the category, the
 * Goldstein weight and how many articles reported it.
 */
record PlotEvent(
    String eventId,
    LocalDate date,
    DatePrecision precision,
    String partner,
    Direction direction,
    Category category,
    String subtype,
    double goldstein,
    int articles) {

  /** Last day the act may have happened on: month and year dates cover a period, not their first day. */
  LocalDate end() {
    return switch (precision) {
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
      default -> date;
    };
  }

  boolean isSpan() { return precision == DatePrecision.MONTH || precision == DatePrecision.YEAR; }
}
