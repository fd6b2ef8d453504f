package org.entente.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The calendar periods of the partnership matrix. */
public enum Period {
  MONTH, QUARTER, YEAR;

  /** At most this many columns when the period is chosen from the span: more would leave no room for counts. */
  static final int MAX_AUTO_COLUMNS = 24;

  /** The finest period that gives at most {@link #MAX_AUTO_COLUMNS} columns over {@code from..to}. */
  static Period forSpan(LocalDate from, LocalDate to) {
    for (Period p : values()) {
      if (p.columns(from, to).size() <= MAX_AUTO_COLUMNS) return p;
    }
    return YEAR;
  }

  /** The first day of the period holding {@code d}. */
  LocalDate start(LocalDate d) {
    return switch (this) {
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /** The first day of the next period. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The starts of every period that overlaps {@code from..to}, in order. */
  List<LocalDate> columns(LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate s = start(from); !s.isAfter(to); s = next(s)) out.add(s);
    return out;
  }

  /** "Jan 2023", "Q1 2023", "2023". */
  String label(LocalDate start) {
    return switch (this) {
      case MONTH -> Theme.month(start);
      case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /** "month", "quarter", "year": also the CLI spelling. */
  String noun() { return name().toLowerCase(Locale.ROOT); }

  long days(LocalDate start) { return ChronoUnit.DAYS.between(start, next(start)); }
}
