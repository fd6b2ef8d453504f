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
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Chart 1: one lane per partner, each event a mark at its date; partners beyond what fits share one lane. */
final class TimelineChart {

  private TimelineChart() {}

  static Drawn draw(ChartContext ctx) {
    int wanted = ctx.choice().listed() ? ctx.ranked().size() : ctx.choice().wanted(ctx.ranked().size(),
        ctx.ranked().size());
    Theme theme = ctx.theme();
    return Fit.largest(wanted, theme.categoryFont(), theme.smallestCategorySize(), (n, f) -> build(ctx, n, f),
        d -> laneHeight(ctx, d));
  }

  /** The height of the drawn draft's lanes, all together. */
  static double laneHeight(ChartContext ctx, Drawn d) {
    var info = Fit.measure(d.chart(), ctx.theme().size());
    KeyDatePlot plot = (KeyDatePlot) d.chart().getPlot();
    return plot.baseHeight(info.getPlotInfo().getDataArea());
  }

  private static Drawn build(ChartContext ctx, int named, java.awt.Font laneFont) {
    Theme theme = ctx.theme();
    // Closest partners at the top, the least active folded into the bottom lane; lane 0 is drawn at the bottom.
    List<Lane> top = Lane.choose(ctx, named, ctx.index().closestFirst());
    List<Lane> lanesBottomUp = new ArrayList<>(top);
    java.util.Collections.reverse(lanesBottomUp);

    List<List<PlotEvent>> lanes = new ArrayList<>();
    XYSeriesCollection dataset = new XYSeriesCollection();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < lanesBottomUp.size(); i++) {
      Lane lane = lanesBottomUp.get(i);
      List<PlotEvent> events = ctx.data().events().stream().filter(e -> lane.holds(e.partner())).toList();
      lanes.add(events);
      labels.add(lane.label());
      // One point per lane: the renderer draws the whole lane from its first item.
      XYSeries s = new XYSeries(lane.label(), false, true);
      s.add(ctx.axisFrom(), i);
      dataset.addSeries(s);
    }

    Range base = new Range(-0.5, lanesBottomUp.size() - 0.5);
    KeyDatePlot plot = new KeyDatePlot(theme, ctx.keyDates(), List.of(), base, true);
    plot.setDataset(dataset);
    plot.setDomainAxis(Axes.dates(ctx));
    plot.setRangeAxis(new LaneAxis(labels, theme, laneFont));
    plot.setRenderer(new LaneRenderer(lanes, theme));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    String title = theme.fitTitle(ctx.scoped(title(ctx, Lane.named(top))));
    String subtitle = "Events between " + Theme.prose(ctx.focusName()) + " and each partner, " + ctx.span()
        + "; closest partners at the top";
    var chart = theme.frame(plot, title, subtitle, theme.source(ctx), legend(ctx));

    List<List<String>> rows = new ArrayList<>();
    for (Lane lane : top) {
      for (PlotEvent e : ctx.data().events()) {
        if (!lane.holds(e.partner())) continue;
        String p = e.partner();
        rows.add(List.of(e.eventId(), p, ctx.name(p), e.date().toString(), e.end().toString(), e.precision().code(),
            e.direction().code(), e.category().code(), e.subtype(), AlignmentChart.plain(e.goldstein()),
            Integer.toString(e.articles()), lane.label()));
      }
    }
    return new Drawn("timeline", chart, title, Schemas.TIMELINE, rows, top);
  }

  /**
   * "Niger's ties worsened with France and the EU and improved with Russia": the named partners at both ends of the
   * index, two a side, then one a side if that is too long for two lines. Worded without saying who acted: the
   * index counts acts of both sides (Niger left ECOWAS; ECOWAS did not move away from Niger).
   */
  static List<String> title(ChartContext ctx, List<String> named) {
    List<String> away = ctx.index().fallers().stream().filter(named::contains).toList();
    List<String> toward = ctx.index().risers().stream().filter(named::contains).toList();
    if (away.isEmpty() && toward.isEmpty()) {
      boolean none = ctx.index().fallers().isEmpty() && ctx.index().risers().isEmpty();
      return List.of(ctx.subject() + "'s interactions balanced out with " + (none ? "every partner" : "each partner named"));
    }
    List<String> out = new ArrayList<>();
    for (int k = 2; k >= 1; k--) out.add(title(ctx, names(ctx, away, k), names(ctx, toward, k)));
    return out;
  }

  private static String title(ChartContext ctx, List<String> away, List<String> toward) {
    String f = ctx.subject() + "'s ties";
    if (!away.isEmpty() && !toward.isEmpty()) {
      return f + " worsened with " + Theme.list(away) + " and improved with " + Theme.list(toward);
    }
    if (!away.isEmpty()) return f + " worsened with " + Theme.list(away);
    return f + " improved with " + Theme.list(toward);
  }

  private static List<String> names(ChartContext ctx, List<String> codes, int k) {
    return codes.stream().limit(k).map(ctx::prose).toList();
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
