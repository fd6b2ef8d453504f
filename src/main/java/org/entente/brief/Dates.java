package org.entente.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the charts write them: "4 Dec 2023", in English whatever the machine's locale. */
final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

  private Dates() {}

  static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** A date at its precision: the month or year of a date known only to it. */
  static String of(LocalDate date, String precision) {
    if (date == null) return "date unknown";
    return switch (precision) {
      case "month" -> MONTH.format(date);
      case "year" -> Integer.toString(date.getYear());
      case "reported" -> "reported " + DAY.format(date);
      case "unknown" -> "date unknown";
      default -> DAY.format(date);
    };
  }
}
