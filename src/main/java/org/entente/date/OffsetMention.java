package org.entente.date;

import java.time.LocalDate;

/**
 * "two months after", "just days after", "a week before": an offset from something else at tokens [from, to);
 * {@code amount} is 0 when vague ("days after"). The phrase it measures from starts at {@code to}.
 */
public record OffsetMention(int from, int to, int amount, Unit unit, boolean after) {

  public enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

  /** The date the offset leads to from {@code anchor}, and how precisely it can be known. */
  public ResolvedDate from(ResolvedDate anchor, String text) {
    if (anchor.date() == null) return anchor;
    // "hours later": the same day, or whatever the anchor says
    if (unit == Unit.HOUR) return new ResolvedDate(anchor.date(), anchor.precision(), text);
    // "In February, Trump signed … Two days earlier, he had hosted …": days from a time known to the month stay in
    // that month
    if (unit == Unit.DAY && anchor.precision() == DatePrecision.MONTH) {
      return new ResolvedDate(anchor.date().withDayOfMonth(1), DatePrecision.MONTH, text);
    }
    int n = amount == 0 ? (unit == Unit.DAY ? 3 : 1) : amount;
    int sign = after ? 1 : -1;
    LocalDate d = switch (unit) {
      case HOUR, DAY -> anchor.date().plusDays(sign * (long) n);
      case WEEK -> anchor.date().plusWeeks(sign * (long) n);
      case MONTH -> anchor.date().plusMonths(sign * (long) n);
      case YEAR -> anchor.date().plusYears(sign * (long) n);
    };
    boolean exactDays = unit == Unit.DAY && amount > 0 && anchor.precision() == DatePrecision.DAY;
    if (exactDays) return new ResolvedDate(d, DatePrecision.DAY, text);
    if (unit == Unit.YEAR) return new ResolvedDate(d.withDayOfYear(1), DatePrecision.YEAR, text);
    return new ResolvedDate(d.withDayOfMonth(1), DatePrecision.MONTH, text);
  }
}
