package org.entente.event;

import java.util.Locale;

/** Who coded a row of mentions.csv or events.csv: the rules, or an analyst through the corrections file. */
public enum CodedBy {
  CODER, ANALYST;

  /** The value of the {@code coded_by} column. */
  public String code() { return name().toLowerCase(Locale.ROOT); }
}
