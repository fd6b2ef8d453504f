package org.entente.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The matrix's diverging scale: vermillion for a net conflict, blue for a net cooperation (the Okabe–Ito pair, told
 * apart with any common colour-vision deficiency), near white at zero. Intensity grows with the square root of the
 * score, so a lone visit still shows beside a month of expulsions; the legend is drawn from the same scale.
 *
 * @param limit the largest absolute score shown; larger ones take the end colours
 */
record NetScale(double limit) implements PaintScale {

  static final Color NEGATIVE = Palette.VERMILLION;
  static final Color POSITIVE = Palette.BLUE;
  static final Color ZERO = new Color(0xF4, 0xF4, 0xF4);

  /** A limit that is a round number at least as large as every cell's score. */
  static NetScale covering(double maxAbs) {
    double step = Axes.niceStep(Math.max(maxAbs, 1), 4, false);
    return new NetScale(Math.max(step, Math.ceil(maxAbs / step) * step));
  }

  @Override
  public double getLowerBound() { return -limit; }

  @Override
  public double getUpperBound() { return limit; }

  @Override
  public Paint getPaint(double value) { return color(value); }

  Color color(double value) {
    double t = intensity(value);
    Color end = value < 0 ? NEGATIVE : POSITIVE;
    return mix(ZERO, end, t);
  }

  /** 0 at zero, 1 at the limit. */
  double intensity(double value) {
    return Math.sqrt(Math.min(1, Math.abs(value) / limit));
  }

  /** Dark cells take white numbers, light ones dark numbers. */
  Color textColor(double value) {
    return intensity(value) > 0.62 ? Color.WHITE : Palette.TEXT;
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
