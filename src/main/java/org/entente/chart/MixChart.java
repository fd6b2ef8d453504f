package org.entente.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Chart 3: per partner, counts of events by category before and after the pivot date, side by side. */
final class MixChart {

  private MixChart() {}

  /** Counts per partner and category in one period, partners in index order. */
  private record Counts(Map<String, EnumMap<Category, Integer>> byPartner) {
    int get(String p, Category c) { return byPartner.get(p).getOrDefault(c, 0); }

    int hostile(String p) {
      int n = 0;
      for (Category c : Category.values()) if (c.hostile()) n += get(p, c);
      return n;
    }

    int friendly(String p) {
      int n = 0;
      for (Category c : Category.values()) if (!c.hostile()) n += get(p, c);
      return n;
    }

    int total(String p) { return hostile(p) + friendly(p); }
  }

  static Drawn draw(ChartContext ctx) {
    Theme theme = ctx.theme();
    List<String> partners = ctx.index().order();
    Counts before = count(ctx, partners, true);
    Counts after = count(ctx, partners, false);
    int max = 1;
    for (String p : partners) max = Math.max(max, Math.max(before.total(p), after.total(p)));

    CategoryAxis partnerAxis = new CategoryAxis();
    Axes.style(partnerAxis, theme);
    partnerAxis.setTickLabelFont(theme.categoryFont());
    partnerAxis.setCategoryMargin(0.25);
    partnerAxis.setLowerMargin(0.02);
    partnerAxis.setUpperMargin(0.02);
    partnerAxis.setAxisLineVisible(false);
    partnerAxis.setTickMarksVisible(false);

    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(partnerAxis);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(24 * theme.gap() / 6);
    plot.add(panel(ctx, before, partners, "Before " + Theme.day(ctx.pivot()), max), 1);
    plot.add(panel(ctx, after, partners, "From " + Theme.day(ctx.pivot()), max), 1);
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);

    LegendItemCollection legend = new LegendItemCollection();
    double r = theme.markRadius();
    for (Category c : Category.values()) {
      legend.add(new LegendItem(c.label(), null, null, null, new Rectangle2D.Double(-r, -r, 2 * r, 2 * r), c.color()));
    }
    String title = title(ctx, after, partners);
    String subtitle = "Events with " + Theme.prose(ctx.focusName()) + " by category, before and after " + ctx.pivotText()
        + ", " + ctx.period();
    var chart = theme.frame(plot, title, subtitle, theme.source(ctx.data()), legend);

    List<List<String>> rows = new ArrayList<>();
    for (String p : partners) {
      for (Category c : Category.values()) {
        rows.add(List.of(p, ctx.name(p), "before", ctx.pivot().toString(), c.code(), Integer.toString(before.get(p, c))));
      }
      for (Category c : Category.values()) {
        rows.add(List.of(p, ctx.name(p), "after", ctx.pivot().toString(), c.code(), Integer.toString(after.get(p, c))));
      }
    }
    return new Drawn("mix", chart, title, Schemas.MIX, rows);
  }

  /** An event belongs to "after" if it started on or after the pivot; a month span straddling it counts before. */
  private static Counts count(ChartContext ctx, List<String> partners, boolean before) {
    Table events = ctx.data().table();
    Selection isBefore = events.dateColumn("date").isBefore(ctx.pivot());
    Table period = before ? events.where(isBefore) : events.dropWhere(isBefore);
    Map<String, EnumMap<Category, Integer>> m = new LinkedHashMap<>();
    for (String p : partners) m.put(p, new EnumMap<>(Category.class));
    for (Row r : period.summarize("event_id", AggregateFunctions.count).by("partner", "category")) {
      m.get(r.getString("partner")).put(Category.ofCode(r.getString("category")), (int) r.getDouble(2));
    }
    return new Counts(m);
  }

  private static CategoryPlot panel(ChartContext ctx, Counts counts, List<String> partners, String heading, int max) {
    Theme theme = ctx.theme();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Category c : Category.values()) {
      // No bar at all for a zero count, rather than a zero-width sliver with an outline.
      for (String p : partners) {
        int n = counts.get(p, c);
        data.addValue(n == 0 ? null : Integer.valueOf(n), c.label(), ctx.name(p));
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
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
    return plot;
  }

  /** "After 26 Jul 2023 Niger broke with France and the EU and drew closer to Russia": from the after counts. */
  static String title(ChartContext ctx, Counts after, List<String> partners) {
    List<String> broke = partners.stream().filter(p -> after.hostile(p) > after.friendly(p))
        .sorted(java.util.Comparator.comparingInt((String p) -> -after.hostile(p)).thenComparing(p -> p))
        .limit(2).map(ctx::prose).toList();
    List<String> closer = partners.stream().filter(p -> after.friendly(p) > after.hostile(p))
        .sorted(java.util.Comparator.comparingInt((String p) -> -after.friendly(p)).thenComparing(p -> p))
        .limit(2).map(ctx::prose).toList();
    String lead = "After " + Theme.day(ctx.pivot()) + ", " + Theme.prose(ctx.focusName());
    if (!broke.isEmpty() && !closer.isEmpty()) {
      return lead + " broke with " + Theme.list(broke) + " and worked with " + Theme.list(closer);
    }
    if (!broke.isEmpty()) return lead + " broke with " + Theme.list(broke) + "; no partner gained";
    if (!closer.isEmpty()) return lead + " worked with " + Theme.list(closer) + "; no partner was cut off";
    return ctx.subject() + "'s mix of interactions before and after " + Theme.day(ctx.pivot());
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
