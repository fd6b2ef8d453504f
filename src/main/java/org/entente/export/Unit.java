package org.entente.export;

import java.util.Arrays;
import java.util.Optional;

/** The unit of observation of an export: one row per event, or per dyad or party and period (a panel). */
public enum Unit {
  EVENT("event", false, null),
  DYAD_MONTH("dyad-month", true, Period.MONTH),
  DYAD_YEAR("dyad-year", true, Period.YEAR),
  PARTY_MONTH("party-month", false, Period.MONTH),
  PARTY_YEAR("party-year", false, Period.YEAR);

  /** How a panel's periods are cut. */
  public enum Period { MONTH, YEAR }

  private final String code;
  private final boolean dyad;
  private final Period period;

  Unit(String code, boolean dyad, Period period) {
    this.code = code;
    this.dyad = dyad;
    this.period = period;
  }

  public String code() { return code; }

  public boolean panel() { return period != null; }

  public boolean dyad() { return dyad; }

  public Period period() { return period; }

  public static Optional<Unit> of(String code) {
    return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
  }
}
