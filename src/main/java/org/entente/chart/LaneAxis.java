package org.entente.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A vertical axis with one label per lane, every lane labelled. SymbolAxis silently blanks a label that would
 * overlap the one before it, which left half of an 18-partner timeline's lanes unnamed; here the charts make sure
 * the lanes are tall enough instead (see {@link Fit}), and a label is never dropped.
 */
final class LaneAxis extends SymbolAxis {

  LaneAxis(List<String> labels, Theme theme, java.awt.Font font) {
    super(null, labels.toArray(String[]::new));
    Axes.style(this, theme);
    setTickLabelFont(font);
    // The plot shades the lanes itself: the axis would also shade the key-date strip above them.
    setGridBandsVisible(false);
    setAxisLineVisible(false);
    setTickMarksVisible(false);
    setAutoRange(false);
    setAutoTickUnitSelection(false);
  }

  @Override
  protected List<Tick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    boolean left = edge == RectangleEdge.LEFT;
    TextAnchor anchor = left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
    List<Tick> ticks = new ArrayList<>();
    String[] symbols = getSymbols();
    for (int i = 0; i < symbols.length; i++) ticks.add(new NumberTick(i, symbols[i], anchor, anchor, 0.0));
    return ticks;
  }
}
