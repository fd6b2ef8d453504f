package org.entente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.entente.date.DatePrecision;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Draws one swimlane per series: every event of the lane at once (so marks that would collide can be dodged
 * vertically), spans for month- and year-dated events, a shape for who acted, size for coverage, and hollow
 * marks for events dated only by their report.
 */
final class LaneRenderer extends AbstractXYItemRenderer {

  private final List<List<PlotEvent>> lanes;
  private final Theme theme;

  LaneRenderer(List<List<PlotEvent>> lanes, Theme theme) {
    this.lanes = lanes.stream().map(List::copyOf).toList();
    this.theme = theme;
  }

  /** Area grows with the number of articles, capped so a heavily covered event does not swamp its lane. */
  static double radius(double base, int articles) {
    return base * Math.sqrt(0.6 + 0.4 * Math.min(articles, 10));
  }

  /** Triangle: the focus acted; diamond: the partner acted; circle: a joint act. Sized to similar areas. */
  static Shape shape(Direction d, double cx, double cy, double r) {
    switch (d) {
      case FOCUS_ACTS -> {
        double s = r * 1.3;
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - s);
        p.lineTo(cx + s * 0.95, cy + s * 0.65);
        p.lineTo(cx - s * 0.95, cy + s * 0.65);
        p.closePath();
        return p;
      }
      case PARTNER_ACTS -> {
        double s = r * 1.25;
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy - s);
        p.lineTo(cx + s, cy);
        p.lineTo(cx, cy + s);
        p.lineTo(cx - s, cy);
        p.closePath();
        return p;
      }
      default -> {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
      }
    }
  }

  private static double millis(java.time.LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private record Mark(PlotEvent event, double x0, double x1, double cx, double r) {
    // A span's thin bar may run under other marks; only its central mark needs room of its own.
    double left() { return cx - 1.3 * r; }
    double right() { return cx + 1.3 * r; }
  }


  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
      XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
      CrosshairState crosshairState, int pass) {
    if (item != 0 || series >= lanes.size()) return;
    double laneY = rangeAxis.valueToJava2D(series, dataArea, RectangleEdge.LEFT);
    double laneHeight = Math.abs(rangeAxis.valueToJava2D(1, dataArea, RectangleEdge.LEFT)
        - rangeAxis.valueToJava2D(0, dataArea, RectangleEdge.LEFT));
    // Many partners make thin lanes: shrink the marks rather than let them spill into the next lane.
    double base = Math.min(theme.markRadius(), laneHeight * 0.22);

    List<Mark> marks = new ArrayList<>();
    for (PlotEvent e : lanes.get(series)) {
      double x0 = domainAxis.valueToJava2D(millis(e.date()), dataArea, RectangleEdge.BOTTOM);
      double x1 = e.isSpan() ? domainAxis.valueToJava2D(millis(e.end().plusDays(1)), dataArea, RectangleEdge.BOTTOM) : x0;
      marks.add(new Mark(e, x0, x1, (x0 + x1) / 2, radius(base, e.articles())));
    }
    double[] dy = dodge(marks, laneHeight, base);

    // Spans first, so that a dated mark inside a month is never hidden by the month's bar.
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (!m.event.isSpan()) continue;
      double h = base * 1.5;
      Shape bar = new RoundRectangle2D.Double(m.x0, laneY + dy[i] - h / 2, Math.max(m.x1 - m.x0, 2), h, h * 0.6, h * 0.6);
      Color c = m.event.category().color();
      g2.setPaint(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
      g2.fill(bar);
      g2.setPaint(c);
      g2.setStroke(new BasicStroke((float) (base * 0.22)));
      g2.draw(bar);
    }
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      Shape s = shape(m.event.direction(), m.cx, laneY + dy[i], m.r);
      Color c = m.event.category().color();
      if (m.event.precision() == DatePrecision.REPORTED) {
        g2.setPaint(Color.WHITE);
        g2.fill(s);
        g2.setPaint(c);
        g2.setStroke(new BasicStroke((float) (base * 0.38)));
        g2.draw(s);
      } else {
        g2.setPaint(c);
        g2.fill(s);
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke((float) (base * 0.18)));
        g2.draw(s);
      }
    }
  }

  /**
   * Vertical offsets so that marks closer than their size do not cover each other: each mark takes the first
   * slot (centre, above, below, further above...) free at its x, within the lane.
   */
  private static double[] dodge(List<Mark> marks, double laneHeight, double base) {
    double step = base * 1.7;
    int slots = 1 + 2 * Math.max(0, (int) Math.floor(laneHeight * 0.45 / step));
    List<List<Mark>> taken = new ArrayList<>();
    for (int k = 0; k < slots; k++) taken.add(new ArrayList<>());
    double[] dy = new double[marks.size()];
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      int chosen = 0; // every slot taken: overlap at the centre rather than leave the lane
      for (int k = 0; k < slots; k++) {
        if (taken.get(k).stream().noneMatch(o -> m.left() < o.right() && m.right() > o.left())) {
          chosen = k;
          break;
        }
      }
      taken.get(chosen).add(m);
      int offset = chosen % 2 == 1 ? -(chosen + 1) / 2 : chosen / 2; // 0, up 1, down 1, up 2, ...
      dy[i] = offset * step;
    }
    return dy;
  }
}
