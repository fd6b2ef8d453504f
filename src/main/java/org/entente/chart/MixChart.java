package org.entente.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.table.Schemas;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Chart 3: per partner, counts of events by category before and after the pivot date, side by side. An event
 * dated only to a month or a year that holds the pivot is on neither side: it is counted as {@code around} in the
 * CSV and the chart says how many there are.
 */
final class MixChart {

  private MixChart() {}

  /** Event counts per partner, side and category. */
  record Counts(Map<String, Map<Side, EnumMap<Category, Integer>>> byPartner) {
    int get(String p, Side s, Category c) {
      var sides = byPartner.get(p);
      if (sides == null || !sides.containsKey(s)) return 0;
      return sides.get(s).getOrDefault(c, 0);
    }

    int get(Lane lane, Side s, Category c) {
      int n = 0;
      for (String p : lane.members()) n += get(p, s, c);
      return n;
    }

    int hostile(Lane lane, Side s) {
      int n = 0;
      for (Category c : Category.values()) if (c.hostile()) n += get(lane, s, c);
      return n;
    }

    int friendly(Lane lane, Side s) {
      int n = 0;
      for (Category c : Category.values()) if (!c.hostile()) n += get(lane, s, c);
      return n;
    }

    int total(Lane lane, Side s) { return hostile(lane, s) + friendly(lane, s); }

    int total(String p, Side s) {
      int n = 0;
      for (Category c : Category.values()) n += get(p, s, c);
      return n;
    }

    /** Counted with Tablesaw: the events table with a side column, grouped by partner, side and category. */
    static Counts of(ChartContext ctx) {
      Table events = ctx.data().table();
      StringColumn side = StringColumn.create("side", events.rowCount());
      for (int i = 0; i < events.rowCount(); i++) side.set(i, Side.of(ctx.data().events().get(i), ctx.pivot().date()).name());
      Table withSide = events.copy().addColumns(side);
      Map<String, Map<Side, EnumMap<Category, Integer>>> m = new HashMap<>();
      for (Row r : withSide.summarize("event_id", AggregateFunctions.count).by("partner", "side", "category")) {
        m.computeIfAbsent(r.getString("partner"), p -> new EnumMap<>(Side.class))
            .computeIfAbsent(Side.valueOf(r.getString("side")), s -> new EnumMap<>(Category.class))
            .put(Category.ofCode(r.getString("category")), (int) Math.round(r.getDouble(3)));
      }
      return new Counts(m);
    }
  }

  static Drawn draw(ChartContext ctx) {
    Counts counts = Counts.of(ctx);
    int wanted = ctx.choice().listed() ? ctx.ranked().size() : ctx.choice().wanted(ctx.ranked().size(),
        ctx.ranked().size());
    Theme theme = ctx.theme();
    return Fit.largest(wanted, theme.categoryFont(), theme.smallestCategorySize(),
        (n, f) -> build(ctx, counts, n, f), d -> labelRoom(ctx, d));
  }

  /** The room the bars' labels have: bars are as far apart as their category middles. */
  private static double labelRoom(ChartContext ctx, Drawn d) {
    var info = Fit.measure(d.chart(), ctx.theme().size());
    CombinedDomainCategoryPlot plot = (CombinedDomainCategoryPlot) d.chart().getPlot();
    Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
    int n = d.lanes().size();
    if (n < 2) return area.getHeight();
    CategoryAxis axis = plot.getDomainAxis();
    return n * Math.abs(axis.getCategoryMiddle(1, n, area, RectangleEdge.LEFT)
        - axis.getCategoryMiddle(0, n, area, RectangleEdge.LEFT));
  }

  private static Drawn build(ChartContext ctx, Counts counts, int named, java.awt.Font barFont) {
    Theme theme = ctx.theme();
    List<Lane> bars = Lane.choose(ctx, named, ctx.index().closestFirst());
    int max = 1;
    int otherMax = 0;
    for (Lane b : bars) {
      int most = Math.max(counts.total(b, Side.BEFORE), counts.total(b, Side.AFTER));
      if (b.other()) otherMax = most;
      else max = Math.max(max, most);
    }
    // "Other partners" adds up many partners: when it would squash the named bars, the scale is theirs and the
    // bar runs off it, its total written at the end.
    Lane cut = otherMax > max * 1.5 ? bars.get(bars.size() - 1) : null;
    if (cut == null) max = Math.max(max, otherMax);

    CategoryAxis partnerAxis = new OneLineAxis();
    Axes.style(partnerAxis, theme);
    partnerAxis.setTickLabelFont(barFont);
    partnerAxis.setCategoryMargin(0.25);
    partnerAxis.setLowerMargin(0.02);
    partnerAxis.setUpperMargin(0.02);
    partnerAxis.setAxisLineVisible(false);
    partnerAxis.setTickMarksVisible(false);

    String day = Theme.day(ctx.pivot().date());
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(partnerAxis);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(24 * theme.gap() / 6);
    plot.add(panel(ctx, counts, Side.BEFORE, bars, "Before " + day, max, cut), 1);
    plot.add(panel(ctx, counts, Side.AFTER, bars, "From " + day, max, cut), 1);
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);

    LegendItemCollection legend = new LegendItemCollection();
    double r = theme.markRadius();
    for (Category c : Category.values()) {
      legend.add(new LegendItem(c.label(), null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r), c.color()));
    }
    String title = theme.fitTitle(title(ctx, counts, bars));
    Pivot pivot = ctx.pivot();
    String why = pivot.label() != null ? " (" + pivot.label() + ")"
        : pivot.split() ? " (the date that splits the events most evenly)" : "";
    String subtitle = "Events with " + Theme.prose(ctx.focusName()) + " by category, before and after " + day + why
        + ", " + ctx.span();
    var chart = theme.frame(plot, title, subtitle, theme.source(ctx) + aroundNote(ctx, counts, bars), legend);

    List<List<String>> rows = new ArrayList<>();
    for (Lane b : bars) {
      for (String p : b.members()) {
        for (Side s : Side.values()) {
          for (Category c : Category.values()) {
            rows.add(List.of(p, ctx.name(p), s.code(), pivot.date().toString(), c.code(),
                Integer.toString(counts.get(p, s, c)), b.label()));
          }
        }
      }
    }
    return new Drawn("mix", chart, title, Schemas.MIX, rows, bars);
  }

  /**
   * "3 events dated only to a month or year that holds 26 Jul 2023 are in neither panel (France 2, the EU 1)": the
   * reader is told they exist rather than shown them on a side they may not belong to.
   */
  static String aroundNote(ChartContext ctx, Counts counts, List<Lane> bars) {
    int n = 0;
    List<String> parts = new ArrayList<>();
    for (Lane b : bars) {
      int k = counts.total(b, Side.AROUND);
      if (k == 0) continue;
      n += k;
      parts.add(b.label() + " " + k);
    }
    if (n == 0) return "";
    return " " + n + (n == 1 ? " event" : " events") + " dated only to a month or year that holds "
        + Theme.day(ctx.pivot().date()) + (n == 1 ? " is" : " are") + " in neither panel (" + String.join(", ", parts)
        + ").";
  }

  private static CategoryPlot panel(ChartContext ctx, Counts counts, Side side, List<Lane> bars, String heading,
      int max, Lane cut) {
    Theme theme = ctx.theme();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Category c : Category.values()) {
      // No bar at all for a zero count, rather than a zero-width sliver with an outline.
      for (Lane b : bars) {
        int n = counts.get(b, side, c);
        data.addValue(n == 0 ? null : Integer.valueOf(n), c.label(), b.label());
      }
    }
    boolean offScale = cut != null && counts.total(cut, side) > max + 0.5;
    StackedBarRenderer renderer = new FittingLabels(offScale ? cut.label() : null);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new java.awt.BasicStroke(theme.lineWidth() * 0.3f));
    // A fraction of the axis: caps bar thickness when there are only one or two partners.
    renderer.setMaximumBarWidth(0.12);
    for (Category c : Category.values()) renderer.setSeriesPaint(c.ordinal(), c.color());
    // Counts inside the segments: a briefing reader wants "3 expulsions", not to read it off an axis.
    renderer.setDefaultItemLabelGenerator(new CountLabels());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(theme.countFont());
    renderer.setDefaultItemLabelPaint(Color.WHITE);

    NumberAxis axis = Axes.counts(theme);
    axis.setLabel(heading);
    axis.setLabelFont(theme.panelFont());
    axis.setLabelPaint(Palette.TEXT);
    axis.setRange(0, max + 0.5);
    axis.setAutoRange(false);
    Axes.fixTicks(axis, max, 6, true, Axes.wholeFormat());

    CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
    plot.setRangeAxisLocation(AxisLocation.TOP_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.8f));
    plot.setDomainGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    if (offScale) {
      var total = new org.jfree.chart.annotations.CategoryTextAnnotation(counts.total(cut, side) + " in all ›",
          cut.label(), max + 0.4);
      total.setFont(theme.countFont());
      total.setPaint(Color.WHITE);
      total.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_RIGHT);
      total.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.MIDDLE);
      plot.addAnnotation(total);
    }
    return plot;
  }

  /**
   * "From 26 Jul 2023, most of Niger's interactions with France were breaks; with Russia, cooperation": from the
   * after counts of the named bars. Worded without saying who acted (Niger left ECOWAS; ECOWAS did not break with
   * Niger), and only of partners whose events were mostly one kind.
   */
  static List<String> title(ChartContext ctx, Counts counts, List<Lane> bars) {
    List<Lane> named = bars.stream().filter(b -> !b.other()).toList();
    List<String> broke = named.stream().filter(b -> counts.hostile(b, Side.AFTER) > counts.friendly(b, Side.AFTER))
        .sorted(Comparator.comparingInt((Lane b) -> -counts.hostile(b, Side.AFTER)).thenComparing(b -> b.members().get(0)))
        .map(b -> ctx.prose(b.members().get(0))).toList();
    List<String> closer = named.stream().filter(b -> counts.friendly(b, Side.AFTER) > counts.hostile(b, Side.AFTER))
        .sorted(Comparator.comparingInt((Lane b) -> -counts.friendly(b, Side.AFTER)).thenComparing(b -> b.members().get(0)))
        .map(b -> ctx.prose(b.members().get(0))).toList();
    // With --to, the "after" side ends at the window's end, and the title says so.
    String until = ctx.askedTo() != null ? " to " + Theme.day(ctx.to()) : "";
    String lead = "From " + Theme.day(ctx.pivot().date()) + until + ", most of " + Theme.prose(ctx.focusName())
        + "'s interactions with ";
    List<String> out = new ArrayList<>();
    for (int k = 2; k >= 1; k--) {
      List<String> b = broke.stream().limit(k).toList();
      List<String> c = closer.stream().limit(k).toList();
      if (!b.isEmpty() && !c.isEmpty()) {
        out.add(lead + Theme.list(b) + " were breaks; with " + Theme.list(c) + ", cooperation");
      } else if (!b.isEmpty()) {
        out.add(lead + Theme.list(b) + " were breaks");
      } else if (!c.isEmpty()) {
        out.add(lead + Theme.list(c) + " were cooperation");
      }
    }
    if (out.isEmpty()) {
      out.add(ctx.subject() + "'s interactions by category before and after " + Theme.day(ctx.pivot().date()));
    }
    return out;
  }

  /** Partner names on one line, whole: the default wraps a long name to the bar's share of the axis and cuts it. */
  private static final class OneLineAxis extends CategoryAxis {
    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
      return TextUtils.createTextBlock(category.toString(), getTickLabelFont(category), getTickLabelPaint(category));
    }
  }

  /**
   * Segment counts only where they fit inside their segment: a "1" on a sliver of a 50-event bar would overlap
   * its neighbours' labels. The bar's length says what the count is anyway, and the CSV holds it.
   */
  private static final class FittingLabels extends StackedBarRenderer {
    /** Counts shrink with thin bars down to this share of the count font, and are left out below it. */
    private static final double SMALLEST = 0.7;

    /** The bar that runs off the scale: its total is written at its end instead of its segments' counts. */
    private final String cut;

    FittingLabels(String cut) { this.cut = cut; }

    @Override
    protected void drawItemLabel(Graphics2D g2, org.jfree.data.category.CategoryDataset data, int row, int column,
        CategoryPlot plot, org.jfree.chart.labels.CategoryItemLabelGenerator generator, Rectangle2D bar,
        boolean negative) {
      String label = generator.generateLabel(data, row, column);
      if (label == null || data.getColumnKey(column).equals(cut)) return;
      java.awt.Font font = getItemLabelFont(row, column);
      java.awt.FontMetrics fm = g2.getFontMetrics(font);
      double h = fm.getAscent() + fm.getDescent();
      double scale = Math.min(1, bar.getHeight() / h);
      if (scale < SMALLEST) return;
      font = font.deriveFont((float) (font.getSize2D() * scale));
      fm = g2.getFontMetrics(font);
      double w = fm.getStringBounds(label, g2).getWidth();
      if (w + 2 > bar.getWidth()) return;
      g2.setFont(font);
      g2.setPaint(getItemLabelPaint(row, column));
      TextUtils.drawAlignedString(label, g2, (float) bar.getCenterX(), (float) bar.getCenterY(),
          org.jfree.chart.ui.TextAnchor.CENTER);
    }
  }

  /** Whole-number segment labels, none for empty segments (a "0" floating at the axis is noise). */
  private static final class CountLabels extends StandardCategoryItemLabelGenerator {
    CountLabels() {
      super("{2}", new java.text.DecimalFormat("0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
    }

    @Override
    public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
      Number v = dataset.getValue(row, column);
      return v == null || v.intValue() == 0 ? null : super.generateLabel(dataset, row, column);
    }
  }
}
