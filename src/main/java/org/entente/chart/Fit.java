package org.entente.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/**
 * Finds how many partners a chart can name. Whether a lane's label fits depends on everything else on the chart
 * (a two-line title, a legend that wraps, the key-date strip), which JFreeChart only lays out when it draws; so the
 * chart is drawn once, off screen at its size in points, and measured. The lanes need not be the same in every
 * format: fonts are the same embedded DejaVu everywhere and a lane is given a tenth more than its label's height.
 */
final class Fit {

  /** Room above and below a lane label, as a share of its line height. */
  static final double LABEL_AIR = 1.1;

  private Fit() {}

  /**
   * The chart with the most named partners, at most {@code wanted}, whose labels all fit: first at the theme's
   * label size, then at a smaller size down to {@code smallest} points (a smaller label still reads; an unnamed
   * lane does not), then with the least active partners folded into one lane. {@code build(n, font)} draws it with
   * {@code n} named partners (and an "Other partners" lane if some are left); {@code area} says, from a drawn
   * draft, how tall the room for its labels is.
   */
  static Drawn largest(int wanted, Font normal, float smallest, BiFunction<Integer, Font, Drawn> build,
      ToDoubleFunction<Drawn> area) {
    Drawn draft = build.apply(wanted, normal);
    if (fits(draft, normal, area)) return draft;
    float size = (float) (Math.floor(normal.getSize2D() * area.applyAsDouble(draft)
        / (draft.lanes().size() * need(normal)) * 2) / 2);
    for (float s = Math.min(size, normal.getSize2D() - 0.5f); s >= smallest; s -= 0.5f) {
      Font f = normal.deriveFont(s);
      draft = build.apply(wanted, f);
      if (fits(draft, f, area)) return draft;
    }
    Font f = normal.deriveFont(smallest);
    draft = build.apply(wanted, f);
    // The room hardly depends on the number of lanes: start from what the draft says fits, one lane kept for
    // "Other partners", and step down if the estimate was generous.
    int room = (int) Math.floor(area.applyAsDouble(draft) / need(f) + 1e-9);
    for (int n = Math.min(wanted - 1, room - 1); n >= 1; n--) {
      draft = build.apply(n, f);
      if (fits(draft, f, area)) return draft;
    }
    return build.apply(1, f);
  }

  private static boolean fits(Drawn d, Font font, ToDoubleFunction<Drawn> area) {
    return d.lanes().size() * need(font) <= area.applyAsDouble(d) + 1e-9;
  }

  /** Draws the chart off screen at its size in points and returns where everything went. */
  static ChartRenderingInfo measure(JFreeChart chart, ChartSize size) {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      ChartRenderingInfo info = new ChartRenderingInfo();
      ChartWriter.draw(chart, g2, size, info);
      return info;
    } finally {
      g2.dispose();
    }
  }

  /** The height a line of {@code font} needs, with air: what one lane must give its label. */
  static double need(Font font) {
    FontRenderContext frc = new FontRenderContext(null, true, true);
    return font.getLineMetrics("Ágy", frc).getHeight() * LABEL_AIR;
  }

}
