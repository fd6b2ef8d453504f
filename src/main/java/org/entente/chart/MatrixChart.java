package org.entente.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.table.Schemas;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chart 4: the partnership matrix, partners × periods, each cell coloured by the net Goldstein score of the period's
 * events and marked with their number. It shows many partners over many periods at once, which a line per partner
 * cannot; rows are ordered by when each partner's balance settled on its final side, so a realignment is visible
 * as the blue cells of new partners starting where the red cells of old ones do.
 */
final class MatrixChart {

  private MatrixChart() {}

  static Drawn draw(ChartContext ctx) {
    MatrixCells cells = MatrixCells.of(ctx);
    int wanted = ctx.choice().listed() ? ctx.ranked().size() : ctx.choice().wanted(ctx.ranked().size(),
        ctx.ranked().size());
    Theme theme = ctx.theme();
    return Fit.largest(wanted, theme.categoryFont(), theme.smallestCategorySize(), (n, f) -> build(ctx, cells, n, f),
        d -> TimelineChart.laneHeight(ctx, d));
  }

  /** Top to bottom, by {@link Turn}; ties by code. */
  private static Comparator<String> order(MatrixCells cells, ChartContext ctx) {
    Map<String, Turn> turns = new HashMap<>();
    for (String p : ctx.ranked()) turns.put(p, Turn.of(cells, Lane.of(ctx, p)));
    return Comparator.comparing((String p) -> turns.get(p), Turn.order()).thenComparing(p -> p);
  }

  private static Drawn build(ChartContext ctx, MatrixCells cells, int named, java.awt.Font laneFont) {
    Theme theme = ctx.theme();
    List<Lane> top = Lane.choose(ctx, named, order(cells, ctx));
    List<Lane> bottomUp = new ArrayList<>(top);
    Collections.reverse(bottomUp);

    XYSeriesCollection dataset = new XYSeriesCollection();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < bottomUp.size(); i++) {
      labels.add(bottomUp.get(i).label());
      // One point per row: the renderer draws the whole row from its first item.
      XYSeries s = new XYSeries(bottomUp.get(i).label(), false, true);
      s.add(cells.axisFrom(), i);
      dataset.addSeries(s);
    }
    // The named partners set the scale: "Other partners" sums many, and its cells take the end colours if beyond.
    List<Lane> byName = top.stream().filter(l -> !l.other()).toList();
    NetScale scale = NetScale.covering(cells.maxAbsNet(byName.isEmpty() ? top : byName));

    Range base = new Range(-0.5, bottomUp.size() - 0.5);
    KeyDatePlot plot = new KeyDatePlot(theme, ctx.keyDates(), List.of(), base, true);
    plot.setDataset(dataset);
    plot.setDomainAxis(new ColumnAxis(ctx, cells));
    plot.setRangeAxis(new LaneAxis(labels, theme, laneFont));
    plot.setRenderer(new MatrixRenderer(bottomUp, cells, scale, theme));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    Period period = cells.period();
    String title = theme.fitTitle(ctx.scoped(title(ctx, cells, top)));
    String subtitle = "Net Goldstein score and number of events with " + Theme.prose(ctx.focusName()) + " per "
        + period.noun() + ", " + ctx.span() + "; partners that turned positive at the top, negative at the bottom";
    String source = theme.source(ctx) + countsNote(ctx, cells, top);
    var chart = theme.frame(plot, title, subtitle, source, null);
    chart.addSubtitle(legend(theme, scale, period));

    List<List<String>> rows = new ArrayList<>();
    for (Lane row : top) {
      for (String p : row.members()) {
        for (LocalDate c : cells.columns()) {
          MatrixCells.Cell cell = cells.get(p, c);
          LocalDate start = cells.start(c);
          LocalDate end = cells.end(c);
          List<String> r = new ArrayList<>(List.of(p, ctx.name(p), start.toString(), end.toString(),
              Integer.toString(cell.events()), AlignmentChart.plain(cell.net())));
          for (Category cat : Category.values()) r.add(Integer.toString(cell.count(cat)));
          r.add(row.label());
          rows.add(List.copyOf(r));
        }
      }
    }
    return new Drawn("matrix", chart, title, Schemas.MATRIX, rows, top);
  }

  /** The colour key: a strip of the scale with its values, below the plot. */
  private static PaintScaleLegend legend(Theme theme, NetScale scale, Period period) {
    NumberAxis axis = Axes.values(theme);
    axis.setRange(scale.getLowerBound(), scale.getUpperBound());
    Axes.fixTicks(axis, 2 * scale.limit(), 4, false, Axes.valueFormat());
    axis.setLabel("Net Goldstein score per " + period.noun() + ": − conflict, + cooperation");
    axis.setLabelFont(theme.legendFont());
    axis.setTickLabelFont(theme.legendFont());
    PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    legend.setSubdivisionCount(64);
    legend.setStripWidth(8 * theme.gap() / 6);
    legend.setStripOutlineVisible(false);
    legend.setFrame(BlockBorder.NONE);
    // A key, not a second axis: a third of the width is enough to read the scale off it.
    legend.setPadding(new RectangleInsets(6 * theme.gap() / 6, 0, 0, 0));
    // Left room for half the first tick label ("−100"), which is centred on the strip's end.
    legend.setMargin(new RectangleInsets(0, 18 * theme.gap() / 6, 0, theme.size().widthPt() * 0.48));
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }

  /**
   * "Niger's balance with France stayed negative from Q3 2023, with Russia positive from Q4 2023": the named
   * partners with the largest net scores that settled on their side, as the matrix shows them.
   */
  static List<String> title(ChartContext ctx, MatrixCells cells, List<Lane> rows) {
    Turn fell = null;
    Turn rose = null;
    String faller = null;
    String riser = null;
    for (Lane row : rows) {
      if (row.other()) continue;
      Turn t = Turn.of(cells, row);
      if (t.from() == null) continue;
      String p = row.members().get(0);
      if (t.sign() < 0 && (fell == null || t.total() < fell.total())) {
        fell = t;
        faller = p;
      }
      if (t.sign() > 0 && (rose == null || t.total() > rose.total())) {
        rose = t;
        riser = p;
      }
    }
    Period period = cells.period();
    String lead = Theme.subject(ctx.focusName()) + "'s balance with ";
    List<String> out = new ArrayList<>();
    if (fell != null && rose != null) {
      out.add(lead + ctx.prose(faller) + " stayed negative from " + period.label(fell.from()) + ", with "
          + ctx.prose(riser) + " positive from " + period.label(rose.from()));
    }
    boolean fallFirst = fell != null && (rose == null || -fell.total() >= rose.total());
    if (fallFirst) out.add(lead + ctx.prose(faller) + " stayed negative from " + period.label(fell.from()));
    if (rose != null) out.add(lead + ctx.prose(riser) + " stayed positive from " + period.label(rose.from()));
    if (fell != null && !fallFirst) out.add(lead + ctx.prose(faller) + " stayed negative from " + period.label(fell.from()));
    if (out.isEmpty()) out.add(Theme.subject(ctx.focusName()) + "'s net balance with each partner by " + period.noun());
    return out;
  }

  /** Numbers that cannot fit in the narrowest cells are left out; the reader is told where to find them. */
  private static String countsNote(ChartContext ctx, MatrixCells cells, List<Lane> rows) {
    int most = 0;
    for (Lane r : rows) for (LocalDate c : cells.columns()) most = Math.max(most, cells.get(r, c).events());
    double days = ChronoUnit.DAYS.between(cells.from(), cells.to()) + 1;
    // A conservative share of the chart's width for the plot: lane labels and margins take the rest.
    double column = ctx.theme().size().widthPt() * 0.7 * 28 / Math.max(days, 28);
    if (cells.period() != Period.MONTH) column *= cells.period() == Period.QUARTER ? 3 : 12;
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    double text = ctx.theme().countFont().getStringBounds(Integer.toString(most), frc).getWidth() + 2;
    return text <= column ? "" : " Numbers of events are left out of cells too narrow for them; matrix.csv has all.";
  }
}
