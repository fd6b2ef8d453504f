package org.entente.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The matrix's time axis: each label ("Q3 2023") centred under its own column, as a reader of a table expects, not
 * on the boundary between two. When the columns are too narrow for every label, every second, third, ... column
 * is labelled, counted from the first; a period the window cuts too short for its label goes unlabelled.
 */
final class ColumnAxis extends DateAxis {

  private final MatrixCells cells;

  ColumnAxis(ChartContext ctx, MatrixCells cells) {
    super(null, Axes.UTC, Locale.ROOT);
    this.cells = cells;
    Axes.style(this, ctx.theme());
    setRange(cells.axisFrom(), cells.axisTo());
    setLowerMargin(0);
    setUpperMargin(0);
    setTickMarksVisible(false);
  }

  @Override
  protected List<Tick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    g2.setFont(getTickLabelFont());
    java.awt.FontMetrics fm = g2.getFontMetrics();
    List<LocalDate> columns = cells.columns();
    int n = columns.size();
    double[] middle = new double[n];
    double[] half = new double[n];
    boolean[] cut = new boolean[n];
    for (int i = 0; i < n; i++) {
      LocalDate c = columns.get(i);
      LocalDate start = cells.start(c);
      LocalDate end = cells.end(c).plusDays(1);
      middle[i] = (ChartContext.millis(start) + ChartContext.millis(end)) / 2;
      half[i] = fm.getStringBounds(cells.period().label(c), g2).getWidth() / 2;
      double width = Math.abs(x(end, dataArea, edge) - x(start, dataArea, edge));
      // A period cut short by the window is labelled only if its label fits over it.
      cut[i] = (!start.equals(c) || !end.equals(cells.period().next(c))) && width < 2 * half[i];
    }
    for (int stride = 1; ; stride++) {
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < n; i++) if (!cut[i] && (chosen.isEmpty() || i - chosen.get(chosen.size() - 1) >= stride)) chosen.add(i);
      boolean clear = true;
      for (int k = 1; k < chosen.size() && clear; k++) {
        int a = chosen.get(k - 1);
        int b = chosen.get(k);
        double gap = Math.abs(valueToJava2D(middle[b], dataArea, edge) - valueToJava2D(middle[a], dataArea, edge));
        clear = gap >= (half[a] + half[b]) * 1.15;
      }
      if (clear || stride >= n) return ticks(chosen, middle, edge);
    }
  }

  private List<Tick> ticks(List<Integer> chosen, double[] middle, RectangleEdge edge) {
    TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    List<Tick> ticks = new ArrayList<>();
    for (int i : chosen) {
      ticks.add(new DateTick(new Date((long) middle[i]), cells.period().label(cells.columns().get(i)), anchor, anchor,
          0.0));
    }
    return ticks;
  }

  private double x(LocalDate d, Rectangle2D area, RectangleEdge edge) {
    return valueToJava2D(ChartContext.millis(d), area, edge);
  }
}
