package org.entente.date;

/** How precisely the text dates an act (DATASET.md "Dates"); ordered from most to least precise. */
public enum DatePrecision {
  DAY, MONTH, YEAR, REPORTED, UNKNOWN;

  /** A day or a month: a period the scorer and the analyst can place an act in. */
  public boolean withinAMonth() { return this == DAY || this == MONTH; }

  public String code() { return name().toLowerCase(java.util.Locale.ROOT); }

  public static DatePrecision ofCode(String code) {
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
