package org.entente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.entente.table.Schemas;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Chart 1: one lane per partner, each event a mark at its date. */
final class TimelineChart {

  private TimelineChart() {}

  static Drawn draw(ChartContext ctx) {
    Theme theme = ctx.theme();
    // Lane 0 is drawn at the bottom: put the partner that fell furthest there and the closest one on top.
    List<String> top = ctx.index().order();
    List<String> lanesBottomUp = new ArrayList<>(top);
    java.util.Collections.reverse(lanesBottomUp);

    List<List<PlotEvent>> lanes = new ArrayList<>();
    XYSeriesCollection dataset = new XYSeriesCollection();
    String[] labels = new String[lanesBottomUp.size()];
    for (int i = 0; i < lanesBottomUp.size(); i++) {
      String p = lanesBottomUp.get(i);
      List<PlotEvent> lane = ctx.data().events().stream().filter(e -> e.partner().equals(p)).toList();
      lanes.add(lane);
      labels[i] = ctx.name(p);
      // One point per lane: the renderer draws the whole lane from its first item.
      XYSeries s = new XYSeries(p, false, true);
      s.add(ChartContext.millis(lane.get(0).date()), i);
      dataset.addSeries(s);
    }

    SymbolAxis laneAxis = new SymbolAxis(null, labels);
    Axes.style(laneAxis, theme);
    laneAxis.setTickLabelFont(theme.categoryFont());
    // The renderer shades the lanes itself: the axis would also shade the key-date strip above them.
    laneAxis.setGridBandsVisible(false);
    laneAxis.setAxisLineVisible(false);
    laneAxis.setTickMarksVisible(false);
    laneAxis.setAutoRange(false);

    Range base = new Range(-0.5, lanesBottomUp.size() - 0.5);
    KeyDatePlot plot = new KeyDatePlot(theme, ctx.keyDates(), List.of(), base, true);
    plot.setDataset(dataset);
    plot.setDomainAxis(Axes.dates(ctx));
    plot.setRangeAxis(laneAxis);
    plot.setRenderer(new LaneRenderer(lanes, theme));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    String title = title(ctx);
    String subtitle = "Events between " + Theme.prose(ctx.focusName()) + " and each partner, " + ctx.period()
        + "; closest partners at the top";
    var chart = theme.frame(plot, title, subtitle, theme.source(ctx.data()), legend(ctx));

    List<List<String>> rows = new ArrayList<>();
    for (String p : top) {
      for (PlotEvent e : ctx.data().events()) {
        if (!e.partner().equals(p)) continue;
        rows.add(List.of(e.eventId(), p, ctx.name(p), e.date().toString(), e.end().toString(), e.precision().code(),
            e.direction().code(), e.category().code(), e.subtype(), AlignmentChart.plain(e.goldstein()),
            Integer.toString(e.articles())));
      }
    }
    return new Drawn("timeline", chart, title, Schemas.TIMELINE, rows);
  }

  /** "Niger moved away from France and the EU and toward Russia": the partners at both ends of the index. */
  static String title(ChartContext ctx) {
    List<String> away = names(ctx, ctx.index().fallers());
    List<String> toward = names(ctx, ctx.index().risers());
    String f = ctx.subject();
    if (!away.isEmpty() && !toward.isEmpty()) {
      return f + " moved away from " + Theme.list(away) + " and toward " + Theme.list(toward);
    }
    if (!away.isEmpty()) return f + " moved away from " + Theme.list(away);
    if (!toward.isEmpty()) return f + " moved toward " + Theme.list(toward);
    return f + "'s interactions balanced out with every partner";
  }

  /** Two names a side: a title longer than two lines stops being read. */
  private static List<String> names(ChartContext ctx, List<String> codes) {
    return codes.stream().limit(2).map(ctx::prose).toList();
  }

  private static LegendItemCollection legend(ChartContext ctx) {
    Theme theme = ctx.theme();
    double r = theme.markRadius();
    LegendItemCollection items = new LegendItemCollection();
    for (Category c : Category.values()) {
      items.add(new LegendItem(c.label(), null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r),
          c.color()));
    }
    Color ink = Palette.MUTED_TEXT;
    items.add(new LegendItem(ctx.subject() + " acted", null, null, null,
        LaneRenderer.shape(Direction.FOCUS_ACTS, 0, 0, r), ink));
    items.add(new LegendItem("Partner acted", null, null, null,
        LaneRenderer.shape(Direction.PARTNER_ACTS, 0, 0, r), ink));
    items.add(new LegendItem("Joint act", null, null, null, LaneRenderer.shape(Direction.MUTUAL, 0, 0, r), ink));
    items.add(new LegendItem("Hollow: act undated, placed at report date", null, null, null, true,
        new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), false, Color.WHITE, true, ink,
        new BasicStroke((float) (r * 0.38)), false, new Line2D.Double(), new BasicStroke(1f), ink));
    double h = r * 1.5;
    Color bar = new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 90);
    items.add(new LegendItem("Bar: dated to a month or year", null, null, null, true,
        new RoundRectangle2D.Double(-r * 2.2, -h / 2, r * 4.4, h, h * 0.6, h * 0.6), true, bar, true, ink,
        new BasicStroke((float) (r * 0.22)), false, new Line2D.Double(), new BasicStroke(1f), ink));
    double r1 = LaneRenderer.radius(r, 1);
    double r5 = LaneRenderer.radius(r, 5);
    Area sizes = new Area(new Ellipse2D.Double(-r1 - r5 - 1, -r1, 2 * r1, 2 * r1));
    sizes.add(new Area(new Ellipse2D.Double(r1 - r5 + r * 0.6, -r5, 2 * r5, 2 * r5)));
    items.add(new LegendItem("Size: 1 to 5+ articles", null, null, null, sizes, ink));
    return items;
  }
}
