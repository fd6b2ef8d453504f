package org.entente.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.table.Schemas;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Chart 2: each partner's running Goldstein sum with the focus as a step line, labelled at its end. */
final class AlignmentChart {

  /** More lines than this stop being readable; the rest are drawn in grey, unlabelled, as context. */
  static final int LABELLED = 6;

  private AlignmentChart() {}

  static Drawn draw(ChartContext ctx) {
    Theme theme = ctx.theme();
    AlignmentIndex index = ctx.index();
    List<String> byMagnitude = index.order().stream()
        .sorted(java.util.Comparator.comparingDouble((String p) -> -Math.abs(index.fin(p))).thenComparing(p -> p))
        .toList();
    List<String> labelled = byMagnitude.subList(0, Math.min(LABELLED, byMagnitude.size()));
    List<String> others = byMagnitude.subList(labelled.size(), byMagnitude.size());

    XYSeriesCollection dataset = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setDefaultShapesVisible(false);
    renderer.setDrawSeriesLineAsPath(true);
    List<KeyDatePlot.EndLabel> endLabels = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    double lo = 0;
    double hi = 0;
    int series = 0;
    // Grey context lines first so the labelled ones are drawn on top of them.
    List<String> drawOrder = new ArrayList<>(others);
    drawOrder.addAll(labelled);
    for (String p : drawOrder) {
      XYSeries s = new XYSeries(p, false, true);
      s.add(ChartContext.millis(ctx.from()), 0.0);
      for (AlignmentIndex.Step step : index.steps().get(p)) {
        s.add(ChartContext.millis(step.date()), step.index());
        lo = Math.min(lo, step.index());
        hi = Math.max(hi, step.index());
      }
      // Carry the last value to the end of the period so every line ends where its label is.
      s.add(ctx.axisTo(), index.fin(p));
      dataset.addSeries(s);
      boolean named = labelled.contains(p);
      Color c = named ? Palette.SERIES.get(labelled.indexOf(p) % Palette.SERIES.size()) : Palette.OTHER_LINE;
      renderer.setSeriesPaint(series, c);
      renderer.setSeriesStroke(series, new BasicStroke(named ? theme.lineWidth() : theme.lineWidth() * 0.5f,
          BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      if (named) endLabels.add(new KeyDatePlot.EndLabel(ctx.name(p) + " " + signed(index.fin(p)), index.fin(p), c));
      series++;
    }
    for (String p : index.order()) {
      for (AlignmentIndex.Step step : index.steps().get(p)) {
        rows.add(List.of(p, ctx.name(p), step.date().toString(), plain(step.index()),
            Boolean.toString(labelled.contains(p))));
      }
    }

    double span = Math.max(hi - lo, 1);
    Range base = new Range(lo - span * 0.06, hi + span * 0.06);
    KeyDatePlot plot = new KeyDatePlot(theme, ctx.keyDates(), endLabels, base, false);
    plot.setDataset(dataset);
    plot.setRenderer(renderer);
    plot.setDomainAxis(Axes.dates(ctx));
    NumberAxis values = Axes.values(theme);
    values.setAutoRange(false);
    Axes.fixTicks(values, base.getLength(), 7, false, Axes.valueFormat());
    values.setLabel("Cooperation (+) minus conflict (−)");
    plot.setRangeAxis(values);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Palette.MUTED_TEXT);
    plot.setRangeZeroBaselineStroke(new BasicStroke(theme.lineWidth() * 0.35f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    String title = title(ctx);
    String subtitle = "Running sum of Goldstein weights of events with " + Theme.prose(ctx.focusName()) + ", " + ctx.period();
    String source = theme.source(ctx.data());
    if (!others.isEmpty()) {
      source += " Grey: " + others.size() + (others.size() == 1 ? " other partner." : " other partners.");
    }
    var chart = theme.frame(plot, title, subtitle, source, null);
    return new Drawn("alignment", chart, title, Schemas.ALIGNMENT, rows);
  }

  /** Worded from the partners whose index rose most and fell most; says so when only one direction exists. */
  static String title(ChartContext ctx) {
    List<String> fallers = ctx.index().fallers();
    List<String> risers = ctx.index().risers();
    String f = ctx.subject();
    if (!fallers.isEmpty() && !risers.isEmpty()) {
      return f + " turned from " + ctx.prose(fallers.get(0)) + " to " + ctx.prose(risers.get(0));
    }
    if (!fallers.isEmpty()) {
      return f + "'s ties soured, most of all with " + ctx.prose(fallers.get(0)) + "; none grew closer";
    }
    if (!risers.isEmpty()) {
      return f + " grew closer to its partners, most of all to " + ctx.prose(risers.get(0)) + "; none fell away";
    }
    return f + "'s partnerships show no net shift";
  }

  static String signed(double v) {
    return (v > 0 ? "+" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%.1f", Math.abs(v));
  }

  static String plain(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
