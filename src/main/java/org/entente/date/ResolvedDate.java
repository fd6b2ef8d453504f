package org.entente.date;

import java.time.LocalDate;

/**
 * The date of an act: {@code date} is the first day of the period ({@code null} only when {@code UNKNOWN});
 * {@code text} is the expression it came from, empty when none.
 */
public record ResolvedDate(LocalDate date, DatePrecision precision, String text) {

  public static ResolvedDate reported(LocalDate published) {
    return published == null
        ? new ResolvedDate(null, DatePrecision.UNKNOWN, "")
        : new ResolvedDate(published, DatePrecision.REPORTED, "");
  }

  /** The last day of the period, for containment tests. */
  public LocalDate end() {
    if (date == null) return null;
    return switch (precision) {
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
      default -> date;
    };
  }
}
