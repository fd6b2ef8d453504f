package org.entente.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Draws one matrix row per series: a cell per period with events, coloured by its net score, with its number of
 * events in it where the number fits. Cells sit on the date axis, so key dates line up with them.
 */
final class MatrixRenderer extends AbstractXYItemRenderer {

  private final List<Lane> rowsBottomUp;
  private final MatrixCells cells;
  private final NetScale scale;
  private final Theme theme;
  MatrixRenderer(List<Lane> rowsBottomUp, MatrixCells cells, NetScale scale, Theme theme) {
    this.rowsBottomUp = List.copyOf(rowsBottomUp);
    this.cells = cells;
    this.scale = scale;
    this.theme = theme;
  }

  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
      XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
      CrosshairState crosshairState, int pass) {
    if (item != 0 || series >= rowsBottomUp.size()) return;
    Lane row = rowsBottomUp.get(series);
    double top = rangeAxis.valueToJava2D(series + 0.5, dataArea, RectangleEdge.LEFT);
    double bottom = rangeAxis.valueToJava2D(series - 0.5, dataArea, RectangleEdge.LEFT);
    double gap = Math.min(theme.gap() * 0.25, Math.abs(bottom - top) * 0.08);
    // Numbers shrink with thin rows, to seven tenths of the count font; below that they are left out.
    java.awt.Font font = theme.countFont();
    FontMetrics full = g2.getFontMetrics(font);
    double rowHeight = Math.abs(bottom - top) - gap;
    double shrink = Math.min(1, rowHeight / (full.getAscent() + full.getDescent()));
    font = font.deriveFont((float) (font.getSize2D() * shrink));
    g2.setFont(font);
    FontMetrics fm = g2.getFontMetrics();
    boolean numbers = shrink >= 0.7;
    for (LocalDate c : cells.columns()) {
      MatrixCells.Cell cell = cells.get(row, c);
      if (cell.events() == 0) continue;
      // A period cut by the window is drawn only over the days inside it.
      LocalDate start = cells.start(c);
      LocalDate end = cells.end(c).plusDays(1);
      double x0 = domainAxis.valueToJava2D(ChartContext.millis(start), dataArea, RectangleEdge.BOTTOM);
      double x1 = domainAxis.valueToJava2D(ChartContext.millis(end), dataArea, RectangleEdge.BOTTOM);
      Rectangle2D box = new Rectangle2D.Double(x0 + gap / 2, Math.min(top, bottom) + gap / 2,
          Math.max(x1 - x0 - gap, 0.5), Math.abs(bottom - top) - gap);
      g2.setPaint(scale.color(cell.net()));
      g2.fill(box);
      // An even period (cooperation and conflict cancel out) would vanish into the background: outline it.
      if (cell.net() == 0) {
        g2.setPaint(Palette.MUTED_TEXT);
        g2.setStroke(new BasicStroke((float) (theme.lineWidth() * 0.15)));
        g2.draw(box);
      }
      String n = Integer.toString(cell.events());
      double w = fm.getStringBounds(n, g2).getWidth();
      double h = fm.getAscent() + fm.getDescent();
      if (numbers && w + 2 <= box.getWidth()) {
        g2.setPaint(cell.net() == 0 ? Palette.TEXT : scale.textColor(cell.net()));
        g2.drawString(n, (float) (box.getCenterX() - w / 2),
            (float) (box.getCenterY() - h / 2 + fm.getAscent()));
      }
    }
  }

}
