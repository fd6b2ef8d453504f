package org.entente.chart;

/** Who acted, seen from the focus country. */
enum Direction {
  FOCUS_ACTS("focus"),
  PARTNER_ACTS("partner"),
  MUTUAL("mutual");

  private final String code;

  Direction(String code) { this.code = code; }

  String code() { return code; }
}
