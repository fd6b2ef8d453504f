package org.entente.correction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;

/** A date an analyst writes: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year). */
final class DateValue {
  private DateValue() {}

  static ResolvedDate parse(String value) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new ResolvedDate(LocalDate.parse(value), DatePrecision.DAY, "");
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return new ResolvedDate(YearMonth.parse(value).atDay(1), DatePrecision.MONTH, "");
      }
      if (value.matches("\\d{4}")) {
        return new ResolvedDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR, "");
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new BadCell("value", "'" + value + "' is not a date: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY");
  }
}
