package org.entente.chart;

import java.awt.Color;
import java.util.Locale;

/**
 * The four categories of DATASET.md, in legend order: the two that bring parties together first, then the two
 * that push them apart. Colours are Okabe–Ito: cool hues for ties, warm hues for breaks, so the split reads even
 * before the legend does.
 */
enum Category {
  COOPERATION("Cooperation", Palette.BLUISH_GREEN),
  ALLIANCE("Alliance", Palette.BLUE),
  WITHDRAWAL("Withdrawal", Palette.ORANGE),
  EXPULSION("Expulsion", Palette.VERMILLION);

  private final String label;
  private final Color color;

  Category(String label, Color color) {
    this.label = label;
    this.color = color;
  }

  String label() { return label; }
  Color color() { return color; }
  String code() { return name().toLowerCase(Locale.ROOT); }
  boolean hostile() { return this == WITHDRAWAL || this == EXPULSION; }

  static Category ofCode(String code) {
    for (Category c : values()) if (c.code().equals(code)) return c;
    return null;
  }
}
