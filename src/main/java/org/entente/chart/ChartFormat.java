package org.entente.chart;

import java.util.Locale;

/** Output formats: PNG for pasting, SVG and PDF as vector for print and editing. */
public enum ChartFormat {
  PNG, SVG, PDF;

  /** The file extension, also used as the CLI spelling. */
  String extension() { return name().toLowerCase(Locale.ROOT); }
}
