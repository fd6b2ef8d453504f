package org.entente.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * An XYPlot that keeps its own labels legible: key-date labels sit in a strip above the data, stacked in rows so
 * they never overlap each other or another marker's line, and optional end-of-line labels sit in the right margin,
 * nudged apart vertically. Both layouts need the real data area and font metrics, which only exist at draw
 * time, so the strip height and the margin are worked out there; they are derived from the fixed base range
 * each time, so drawing the same chart twice (PNG, then SVG, then PDF) gives the same picture.
 */
final class KeyDatePlot extends XYPlot {

  /** A label at the right end of a line. */
  record EndLabel(String text, double value, Color color) {}

  private record Placed(double lineX, Rectangle2D box, String text) {}

  /** Where the key dates go: labels by their lines, and, when they are numbered, the key lines above them. */
  private record Layout(List<Placed> placed, List<String> key, double keyTop, double lineHeight) {
    static final Layout NONE = new Layout(List.of(), List.of(), 0, 0);
  }

  private static final int MAX_ROWS = 6;

  private final List<KeyDate> keyDates;
  private final List<EndLabel> endLabels;
  private final Range baseRange;
  private final Theme theme;
  private final java.awt.Font endFont;
  private final RectangleInsets baseInsets;
  private final boolean shadeLanes;
  /** The key-date layout of the draw in progress: set before XYPlot draws the markers' lines, read by them. */
  private Layout layout = Layout.NONE;
  /** Where the key's lines start: the data area's left edge, known once laid out. */
  private double keyLeft;

  KeyDatePlot(Theme theme, List<KeyDate> keyDates, List<EndLabel> endLabels, Range baseRange, boolean shadeLanes) {
    this(theme, keyDates, endLabels, theme.labelFont(), baseRange, shadeLanes);
  }

  KeyDatePlot(Theme theme, List<KeyDate> keyDates, List<EndLabel> endLabels, java.awt.Font endFont, Range baseRange,
      boolean shadeLanes) {
    this.theme = theme;
    this.endFont = endFont;
    this.shadeLanes = shadeLanes;
    this.keyDates = List.copyOf(keyDates);
    this.endLabels = List.copyOf(endLabels);
    this.baseRange = baseRange;
    this.baseInsets = new RectangleInsets(4, 4, 4, 8 * theme.gap() / 6);
  }

  @Override
  public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
    // XYPlot.draw trims the area it is given in place: keep our own copy for the layouts.
    Rectangle2D whole = (Rectangle2D) area.clone();
    FontMetrics endFm = g2.getFontMetrics(endFont);
    double endWidth = 0;
    for (EndLabel e : endLabels) endWidth = Math.max(endWidth, endFm.getStringBounds(e.text(), g2).getWidth());
    double right = endLabels.isEmpty() ? baseInsets.getRight() : endWidth + 3 * theme.gap();
    setInsets(new RectangleInsets(baseInsets.getTop(), baseInsets.getLeft(), baseInsets.getBottom(), right), false);

    getRangeAxis().setRange(baseRange, true, false);
    Rectangle2D dataArea = dataArea(g2, whole);
    double strip = stripHeight(layoutKeyDates(g2, dataArea), dataArea);
    if (strip > 0 && strip < dataArea.getHeight() * 0.6) {
      double span = baseRange.getLength();
      double upper = baseRange.getUpperBound() + span * strip / (dataArea.getHeight() - strip);
      getRangeAxis().setRange(new Range(baseRange.getLowerBound(), upper), true, false);
    }
    // The range axis's tick labels may have changed width with the new range: lay out again for real.
    dataArea = dataArea(g2, whole);
    layout = layoutKeyDates(g2, dataArea);
    keyLeft = dataArea.getMinX() + theme.gap() * 0.5;
    super.draw(g2, area, anchor, parentState, info);
    drawKeyDateLabels(g2, layout);
    drawEndLabels(g2, dataArea);
  }

  /** The height of the data's own range (the lanes, without the key-date strip above them) in a drawn data area. */
  double baseHeight(Rectangle2D dataArea) {
    ValueAxis axis = getRangeAxis();
    return Math.abs(axis.valueToJava2D(baseRange.getUpperBound(), dataArea, RectangleEdge.LEFT)
        - axis.valueToJava2D(baseRange.getLowerBound(), dataArea, RectangleEdge.LEFT));
  }

  /** Alternate shading of the unit-wide lanes of a swimlane chart, below everything else. */
  @Override
  public void drawBackground(Graphics2D g2, Rectangle2D dataArea) {
    super.drawBackground(g2, dataArea);
    if (!shadeLanes) return;
    ValueAxis axis = getRangeAxis();
    g2.setPaint(Palette.LANE_BAND);
    for (int lane = (int) Math.ceil(baseRange.getLowerBound()); lane < baseRange.getUpperBound(); lane++) {
      if (lane % 2 != 0) continue;
      double top = axis.valueToJava2D(lane + 0.5, dataArea, RectangleEdge.LEFT);
      double bottom = axis.valueToJava2D(lane - 0.5, dataArea, RectangleEdge.LEFT);
      g2.fill(new Rectangle2D.Double(dataArea.getMinX(), Math.min(top, bottom), dataArea.getWidth(),
          Math.abs(bottom - top)));
    }
  }

  /** Key-date lines run from their label down, so a line never crosses the labels above its own. */
  @Override
  protected void drawDomainMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
    super.drawDomainMarkers(g2, dataArea, index, layer);
    if (index != 0 || layer != Layer.BACKGROUND) return;
    g2.setPaint(Palette.KEY_DATE);
    g2.setStroke(theme.keyDateStroke());
    for (Placed p : layout.placed()) {
      g2.draw(new Line2D.Double(p.lineX, p.box.getMinY(), p.lineX, dataArea.getMaxY()));
    }
  }

  /** The data area exactly as XYPlot.draw computes it. */
  private Rectangle2D dataArea(Graphics2D g2, Rectangle2D area) {
    Rectangle2D plotArea = (Rectangle2D) area.clone();
    getInsets().trim(plotArea);
    AxisSpace space = calculateAxisSpace(g2, plotArea);
    Rectangle2D dataArea = space.shrink(plotArea, null);
    getAxisOffset().trim(dataArea);
    return dataArea;
  }

  private static double millis(KeyDate k) {
    return k.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** A label candidate: its line, its text and the two places it may go (right or left of the line). */
  private record Candidate(double lineX, String text, double width) {}

  /**
   * Rows from the top: a label goes right or left of its line, in a row where it overlaps no other label and
   * crosses no other marker's line (a line runs down from its own label through the rows below it). A small
   * search finds the fewest rows. When the labels would take more than a few rows (key dates crowded on a long
   * period), each line gets a number instead and a key above spells them out; past that the line constraint is
   * dropped, and then labels.
   */
  private Layout layoutKeyDates(Graphics2D g2, Rectangle2D dataArea) {
    FontMetrics fm = g2.getFontMetrics(theme.keyDateFont());
    double h = fm.getAscent() + fm.getDescent();
    double pad = theme.gap() * 0.5;
    ValueAxis axis = getDomainAxis();
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> numbered = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    for (KeyDate k : keyDates.stream().sorted(Comparator.comparing(KeyDate::date)).toList()) {
      double x = axis.valueToJava2D(millis(k), dataArea, RectangleEdge.BOTTOM);
      if (x < dataArea.getMinX() || x > dataArea.getMaxX()) continue;
      String text = k.label() + ", " + Theme.day(k.date());
      candidates.add(new Candidate(x, text, fm.getStringBounds(text, g2).getWidth()));
      String number = Integer.toString(numbered.size() + 1);
      numbered.add(new Candidate(x, number, fm.getStringBounds(number, g2).getWidth()));
      entries.add(number + " " + text);
    }
    int fewRows = theme.size() == ChartSize.SLIDE ? 3 : 2;
    for (boolean strict : new boolean[] {true, false}) {
      for (int rows = 1; rows <= fewRows; rows++) {
        List<Placed> placed = new ArrayList<>();
        int[] budget = {20_000};
        if (search(candidates, 0, rows, strict, placed, dataArea, 0, h, pad, budget)) {
          return new Layout(placed, List.of(), 0, h);
        }
      }
    }
    List<String> key = wrap(entries, fm, g2, dataArea.getWidth() - 2 * pad);
    double keyHeight = key.size() * (h + pad * 0.6);
    for (boolean strict : new boolean[] {true, false}) {
      for (int rows = 1; rows <= MAX_ROWS; rows++) {
        List<Placed> placed = new ArrayList<>();
        int[] budget = {20_000};
        if (search(numbered, 0, rows, strict, placed, dataArea, keyHeight, h, pad, budget)) {
          return new Layout(placed, key, dataArea.getMinY() + pad, h);
        }
      }
    }
    return new Layout(candidates.stream()
        .map(c -> new Placed(c.lineX, new Rectangle2D.Double(c.lineX, dataArea.getMinY(), 0, 0), ""))
        .toList(), List.of(), 0, h);
  }

  /** The key's entries on as few lines as the width allows, three spaces apart. */
  private static List<String> wrap(List<String> entries, FontMetrics fm, Graphics2D g2, double width) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String e : entries) {
      String candidate = line.isEmpty() ? e : line + "   " + e;
      if (!line.isEmpty() && fm.getStringBounds(candidate, g2).getWidth() > width) {
        lines.add(line);
        line = e;
      } else {
        line = candidate;
      }
    }
    if (!line.isEmpty()) lines.add(line);
    return lines;
  }

  private static boolean search(List<Candidate> cs, int i, int rows, boolean strict, List<Placed> placed,
      Rectangle2D dataArea, double below, double h, double pad, int[] budget) {
    if (i == cs.size()) return true;
    if (--budget[0] < 0) return false;
    Candidate c = cs.get(i);
    for (int row = 0; row < rows; row++) {
      double top = dataArea.getMinY() + below + pad + row * (h + pad * 0.6);
      for (boolean right : new boolean[] {true, false}) {
        double left = right ? c.lineX + pad : c.lineX - pad - c.width;
        if (left - pad * 0.5 < dataArea.getMinX() || left + c.width + pad * 0.5 > dataArea.getMaxX()) continue;
        Rectangle2D box = new Rectangle2D.Double(left - pad * 0.5, top, c.width + pad, h);
        if (!fits(box, c.lineX, placed, strict)) continue;
        placed.add(new Placed(c.lineX, box, c.text));
        if (search(cs, i + 1, rows, strict, placed, dataArea, below, h, pad, budget)) return true;
        placed.remove(placed.size() - 1);
      }
    }
    if (!strict && rows == MAX_ROWS) {
      // Last resort: keep the line, drop the label, rather than print labels over each other.
      placed.add(new Placed(c.lineX, new Rectangle2D.Double(c.lineX, dataArea.getMinY(), 0, 0), ""));
      if (search(cs, i + 1, rows, strict, placed, dataArea, below, h, pad, budget)) return true;
      placed.remove(placed.size() - 1);
    }
    return false;
  }

  private static boolean fits(Rectangle2D box, double lineX, List<Placed> placed, boolean strict) {
    for (Placed p : placed) {
      if (p.box.intersects(box)) return false;
      // In one row, a label must also keep clear of the other label's line, or the two texts read as one.
      boolean sameRow = Math.abs(p.box.getMinY() - box.getMinY()) < 0.5;
      double clearance = box.getHeight() * 0.6;
      if (sameRow && p.lineX > box.getMinX() - clearance && p.lineX < box.getMaxX() + clearance) return false;
      if (sameRow && lineX > p.box.getMinX() - clearance && lineX < p.box.getMaxX() + clearance) return false;
      if (!strict) continue;
      // The other line crosses this row if its own label is higher up; ours crosses its row if ours is higher.
      if (p.box.getMinY() < box.getMinY() && p.lineX > box.getMinX() && p.lineX < box.getMaxX()) return false;
      if (box.getMinY() < p.box.getMinY() && lineX > p.box.getMinX() && lineX < p.box.getMaxX()) return false;
    }
    return true;
  }

  private double stripHeight(Layout layout, Rectangle2D dataArea) {
    double bottom = dataArea.getMinY();
    for (Placed p : layout.placed()) bottom = Math.max(bottom, p.box.getMaxY());
    return layout.placed().isEmpty() ? 0 : bottom - dataArea.getMinY() + theme.gap();
  }

  private void drawKeyDateLabels(Graphics2D g2, Layout layout) {
    g2.setFont(theme.keyDateFont());
    FontMetrics fm = g2.getFontMetrics();
    double pad = theme.gap() * 0.5;
    for (int i = 0; i < layout.key().size(); i++) {
      g2.setPaint(Palette.KEY_DATE);
      double top = layout.keyTop() + i * (layout.lineHeight() + pad * 0.6);
      g2.drawString(layout.key().get(i), (float) keyLeft, (float) (top + fm.getAscent()));
    }
    for (Placed p : layout.placed()) {
      if (p.text.isEmpty()) continue;
      g2.setPaint(Color.WHITE);
      g2.fill(p.box);
      g2.setPaint(Palette.KEY_DATE);
      double textX = p.box.getMinX() + (p.box.getWidth() - fm.getStringBounds(p.text, g2).getWidth()) / 2;
      g2.drawString(p.text, (float) textX, (float) (p.box.getMinY() + fm.getAscent()));
    }
  }

  /** Stacks labels at their line ends, then pushes them apart (down, then back up if they ran off the bottom). */
  private void drawEndLabels(Graphics2D g2, Rectangle2D dataArea) {
    if (endLabels.isEmpty()) return;
    g2.setFont(endFont);
    FontMetrics fm = g2.getFontMetrics();
    double h = fm.getAscent() + fm.getDescent();
    ValueAxis axis = getRangeAxis();
    List<EndLabel> sorted = new ArrayList<>(endLabels);
    sorted.sort(Comparator.comparingDouble(EndLabel::value).reversed().thenComparing(EndLabel::text));
    int n = sorted.size();
    double[] want = new double[n];
    for (int i = 0; i < n; i++) want[i] = axis.valueToJava2D(sorted.get(i).value(), dataArea, RectangleEdge.LEFT);
    double[] y = want.clone();
    spread(y, h, dataArea.getMaxY() - h / 2);
    double lineEnd = dataArea.getMaxX();
    double textX = lineEnd + 2 * theme.gap();
    for (int i = 0; i < n; i++) {
      EndLabel e = sorted.get(i);
      g2.setPaint(e.color());
      g2.setStroke(new java.awt.BasicStroke(theme.lineWidth() * 0.4f));
      g2.draw(new Line2D.Double(lineEnd + theme.gap() * 0.4, want[i], textX - theme.gap() * 0.4, y[i]));
      g2.drawString(e.text(), (float) textX, (float) (y[i] - h / 2 + fm.getAscent()));
    }
  }

  /**
   * Moves label centres (sorted top to bottom) at least {@code h} apart, as little as possible: down first, then,
   * if the last one went below {@code bottom}, back up.
   */
  static void spread(double[] y, double h, double bottom) {
    for (int i = 1; i < y.length; i++) y[i] = Math.max(y[i], y[i - 1] + h);
    if (y.length > 0 && y[y.length - 1] > bottom) {
      y[y.length - 1] = bottom;
      for (int i = y.length - 2; i >= 0; i--) y[i] = Math.min(y[i], y[i + 1] - h);
    }
  }
}
