package org.entente.chart;

import java.awt.Color;
import java.util.List;

/** Okabe–Ito colours (safe for the common colour-vision deficiencies) and the few neutrals for chart furniture. */
final class Palette {
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  static final Color BLUISH_GREEN = new Color(0x00, 0x9E, 0x73);
  static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  static final Color REDDISH_PURPLE = new Color(0xCC, 0x79, 0xA7);
  static final Color BLACK = new Color(0x00, 0x00, 0x00);

  /** Line colours for partners in rank order; yellow is left out because it vanishes on white. */
  static final List<Color> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE, SKY_BLUE, BLACK);

  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color LANE_BAND = new Color(0xF3, 0xF3, 0xF3);
  static final Color KEY_DATE = new Color(0x66, 0x66, 0x66);
  static final Color OTHER_LINE = new Color(0xBB, 0xBB, 0xBB);

  private Palette() {}
}
