package org.entente.chart;

import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.JFreeChart;

/** Draws a finished chart into one file format. Implementations hold no state between charts. */
interface ChartWriter {
  void write(Drawn drawn, OutputStream out) throws IOException;

  static ChartWriter of(ChartFormat format, ChartSize size, int dpi, Fonts fonts, String version) {
    return switch (format) {
      case PNG -> new PngWriter(size, dpi);
      case SVG -> new SvgWriter(size, fonts);
      case PDF -> new PdfWriter(size, fonts, version);
    };
  }

  /** Whole chart, in points, at the origin. */
  static java.awt.geom.Rectangle2D area(ChartSize size) {
    return new java.awt.geom.Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt());
  }

  static void draw(JFreeChart chart, java.awt.Graphics2D g2, ChartSize size) {
    draw(chart, g2, size, null);
  }

  static void draw(JFreeChart chart, java.awt.Graphics2D g2, ChartSize size, org.jfree.chart.ChartRenderingInfo info) {
    g2.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g2.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
    chart.draw(g2, area(size), null, info);
  }
}
