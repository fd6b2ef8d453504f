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

/**
 * Chart 2: each partner's running Goldstein sum with the focus as a step line, labelled at its end. A handful of
 * lines is what a reader can follow (FT Visual Vocabulary, Datawrapper: three to five highlighted series); the
 * other partners are drawn as one grey, labelled line, their mean, and the matrix shows them one by one.
 */
final class AlignmentChart {

  /** Lines drawn by name unless --partners says otherwise. */
  static final int DEFAULT_LINES = 5;

  private AlignmentChart() {}

  static Drawn draw(ChartContext ctx) {
    int wanted = ctx.choice().listed() ? ctx.ranked().size()
        : ctx.choice().wanted(DEFAULT_LINES, ctx.ranked().size());
    Theme theme = ctx.theme();
    return Fit.largest(wanted, theme.labelFont(), theme.smallestCategorySize(), (n, f) -> build(ctx, n, f),
        d -> Fit.measure(d.chart(), theme.size()).getPlotInfo().getDataArea().getHeight());
  }

  private static Drawn build(ChartContext ctx, int named, java.awt.Font labelFont) {
    Theme theme = ctx.theme();
    AlignmentIndex index = ctx.index();
    List<Lane> lines = Lane.choose(ctx, named, index.closestFirst());

    XYSeriesCollection dataset = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    renderer.setDefaultShapesVisible(false);
    renderer.setDrawSeriesLineAsPath(true);
    List<KeyDatePlot.EndLabel> endLabels = new ArrayList<>();
    double lo = 0;
    double hi = 0;
    int series = 0;
    // The grey line first so the coloured ones are drawn on top of it.
    List<Lane> drawOrder = new ArrayList<>(lines.stream().filter(Lane::other).toList());
    drawOrder.addAll(lines.stream().filter(l -> !l.other()).toList());
    int coloured = 0;
    for (Lane line : drawOrder) {
      List<AlignmentIndex.Step> steps = line.other() ? index.mean(line.members()) : index.of(line.members().get(0));
      double fin = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).index();
      XYSeries s = new XYSeries(line.label(), false, true);
      s.add(ChartContext.millis(ctx.from()), 0.0);
      for (AlignmentIndex.Step step : steps) {
        s.add(ChartContext.millis(step.date()), step.index());
        lo = Math.min(lo, step.index());
        hi = Math.max(hi, step.index());
      }
      // Carry the last value to the end of the period so every line ends where its label is.
      s.add(ctx.axisTo(), fin);
      dataset.addSeries(s);
      Color c = line.other() ? Palette.OTHER_LINE
          : coloured < Palette.SERIES.size() ? Palette.SERIES.get(coloured++) : Palette.MUTED_TEXT;
      renderer.setSeriesPaint(series, c);
      renderer.setSeriesStroke(series, new BasicStroke(line.other() ? theme.lineWidth() * 0.6f : theme.lineWidth(),
          BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      Color text = line.other() ? Palette.MUTED_TEXT : c;
      String value = line.other() ? "mean " + signed(fin) : signed(fin);
      endLabels.add(new KeyDatePlot.EndLabel(line.label() + " " + value, fin, text));
      series++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Lane line : lines) {
      for (String p : line.members().stream().sorted().toList()) {
        for (AlignmentIndex.Step step : index.of(p)) {
          rows.add(List.of(p, ctx.name(p), step.date().toString(), plain(step.index()), line.label()));
        }
      }
    }

    double span = Math.max(hi - lo, 1);
    Range base = new Range(lo - span * 0.06, hi + span * 0.06);
    KeyDatePlot plot = new KeyDatePlot(theme, ctx.keyDates(), endLabels, labelFont, base, false);
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

    String title = theme.fitTitle(ctx.scoped(List.of(title(ctx, Lane.named(lines)))));
    String subtitle = "Running sum of Goldstein weights of events with " + Theme.prose(ctx.focusName()) + ", "
        + ctx.span();
    String source = theme.source(ctx);
    var chart = theme.frame(plot, title, subtitle, source + otherNote(lines), null);
    return new Drawn("alignment", chart, title, Schemas.ALIGNMENT, rows, lines);
  }

  /** What the grey line is, since a sum of several partners is not obvious. */
  private static String otherNote(List<Lane> lines) {
    return lines.stream().filter(Lane::other).findFirst()
        .map(o -> " Grey line: the mean of the other " + o.members().size() + " partners' sums.")
        .orElse("");
  }

  /**
   * Worded from the named partners whose index fell and rose furthest, without saying who acted. A claim about all
   * partners ("it rose with none") is made only when it holds for every partner, the folded ones included.
   */
  static String title(ChartContext ctx, List<String> named) {
    List<String> allFallers = ctx.index().fallers();
    List<String> allRisers = ctx.index().risers();
    List<String> fallers = allFallers.stream().filter(named::contains).toList();
    List<String> risers = allRisers.stream().filter(named::contains).toList();
    String f = ctx.subject() + "'s balance";
    if (!fallers.isEmpty() && !risers.isEmpty()) {
      return f + " fell furthest with " + ctx.prose(fallers.get(0)) + ", rose furthest with "
          + ctx.prose(risers.get(0));
    }
    if (!fallers.isEmpty()) {
      return f + " fell furthest with " + ctx.prose(fallers.get(0)) + (allRisers.isEmpty() ? "; it rose with none" : "");
    }
    if (!risers.isEmpty()) {
      return f + " rose furthest with " + ctx.prose(risers.get(0)) + (allFallers.isEmpty() ? "; it fell with none" : "");
    }
    return allFallers.isEmpty() && allRisers.isEmpty() ? ctx.subject() + "'s partnerships show no net shift"
        : ctx.subject() + "'s partnerships with the partners named show no net shift";
  }

  static String signed(double v) {
    return (v > 0 ? "+" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%.1f", Math.abs(v));
  }

  static String plain(double v) { return String.format(Locale.ROOT, "%.1f", v); }
}
