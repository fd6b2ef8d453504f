package org.entente.eval;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The dates of score.py: Python 3.11's date.fromisoformat and the period a predicted date stands for. */
final class IsoDates {

  /** A closed range of days. */
  record Span(LocalDate first, LocalDate last) {
    long days() {
      return ChronoUnit.DAYS.between(first, last);
    }

    boolean overlaps(Span other) {
      return !first.isAfter(other.last) && !last.isBefore(other.first);
    }
  }

  private IsoDates() {}

  /**
   * score.py's interval(): the period of a predicted date at its precision (a month, a year, else the day),
   * empty where the date is missing or unreadable. Only the first 10 characters count.
   */
  static Optional<Span> interval(String date, String precision) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    return fromIsoFormat(Py.head(date, 10)).map(d -> switch (precision) {
      case "month" -> new Span(d.withDayOfMonth(1), d.withDayOfMonth(d.lengthOfMonth()));
      case "year" -> new Span(d.withDayOfYear(1), d.withMonth(12).withDayOfMonth(31));
      default -> new Span(d, d);
    });
  }

  /**
   * CPython 3.11's C date.fromisoformat, quirks included, since a prediction's date counts only if it reads:
   * it takes YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] and YYYYWww[D] of 7, 8 or 10 UTF-8 bytes and does not look
   * past the last digit it needs ("20231204xx" is 2023-12-04).
   */
  static Optional<LocalDate> fromIsoFormat(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length != 7 && b.length != 8 && b.length != 10) {
      return Optional.empty();
    }
    Cursor c = new Cursor(b);
    int year = c.digits(4);
    boolean dashed = c.peek() == '-';
    if (dashed) {
      c.skip();
    }
    if (c.peek() == 'W') {
      c.skip();
      int week = c.digits(2);
      int day = 1;
      if (c.pos < b.length) {
        if (dashed && c.next() != '-') {
          return Optional.empty();
        }
        day = c.digits(1);
      }
      return c.failed ? Optional.empty() : fromIsoWeek(year, week, day);
    }
    int month = c.digits(2);
    if (dashed && c.next() != '-') {
      return Optional.empty();
    }
    int day = c.digits(2);
    if (c.failed || year < 1 || month < 1 || month > 12 || day < 1
        || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  private static Optional<LocalDate> fromIsoWeek(int year, int week, int day) {
    if (year < 1 || week < 1 || week > 53 || day < 1 || day > 7) {
      return Optional.empty();
    }
    DayOfWeek jan1 = LocalDate.of(year, 1, 1).getDayOfWeek();
    // A year has a week 53 when it starts on a Thursday, or on a Wednesday in a leap year.
    if (week == 53 && !(jan1 == DayOfWeek.THURSDAY || (jan1 == DayOfWeek.WEDNESDAY && Year.isLeap(year)))) {
      return Optional.empty();
    }
    LocalDate jan4 = LocalDate.of(year, 1, 4);
    LocalDate d = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1L).plusDays((week - 1) * 7L + day - 1);
    return d.getYear() >= 1 && d.getYear() <= 9999 ? Optional.of(d) : Optional.empty();
  }

  /** Reads a NUL-terminated byte string, as the C parser does: past the end it sees 0. */
  private static final class Cursor {
    private final byte[] b;
    private int pos;
    private boolean failed;

    Cursor(byte[] b) {
      this.b = b;
    }

    int peek() {
      return pos < b.length ? b[pos] : 0;
    }

    int next() {
      int c = peek();
      pos++;
      return c;
    }

    void skip() {
      pos++;
    }

    int digits(int n) {
      int v = 0;
      for (int i = 0; i < n && !failed; i++) {
        int c = next();
        if (c < '0' || c > '9') {
          failed = true;
        }
        v = v * 10 + c - '0';
      }
      return v;
    }
  }
}
