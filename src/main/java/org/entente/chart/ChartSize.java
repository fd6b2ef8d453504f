package org.entente.chart;

/**
 * Physical chart sizes. Sizes are in points (1/72 in) because both vector back ends and the PNG scale work in
 * points; fonts are sized per format so a slide chart stays readable from the back of a room.
 */
public enum ChartSize {
  /** 16:9 slide, 13.333 × 7.5 in. */
  SLIDE(960, 540),
  /** Page-width figure in a memo, 6.5 × 4 in. */
  DOC(468, 288);

  private final double widthPt;
  private final double heightPt;

  ChartSize(double widthPt, double heightPt) {
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  double widthPt() { return widthPt; }
  double heightPt() { return heightPt; }
  double widthInches() { return widthPt / 72.0; }
}
