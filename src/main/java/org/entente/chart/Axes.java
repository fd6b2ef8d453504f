package org.entente.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Axes with everything JFreeChart would otherwise take from the JVM made explicit: UTC, Locale.ROOT, our fonts,
 * and whole-number ticks where the axis counts things.
 */
final class Axes {
  static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private Axes() {}

  static void style(Axis axis, Theme theme) {
    axis.setTickLabelFont(theme.tickFont());
    axis.setLabelFont(theme.axisLabelFont());
    axis.setTickLabelPaint(Palette.TEXT);
    axis.setLabelPaint(Palette.MUTED_TEXT);
    axis.setAxisLinePaint(Palette.MUTED_TEXT);
    axis.setTickMarkPaint(Palette.MUTED_TEXT);
  }

  static DateAxis dates(ChartContext ctx) {
    DateAxis axis = new DateAxis(null, UTC, Locale.ROOT);
    style(axis, ctx.theme());
    TickUnits units = new TickUnits();
    for (int n : new int[] {1, 2, 7, 14}) {
      units.add(new DateTickUnit(DateTickUnitType.DAY, n, format("d MMM yyyy")));
    }
    for (int n : new int[] {1, 2, 3, 4, 6}) {
      units.add(new DateTickUnit(DateTickUnitType.MONTH, n, format("MMM yyyy")));
    }
    for (int n : new int[] {1, 2, 5, 10}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, n, format("yyyy")));
    }
    axis.setStandardTickUnits(units);
    axis.setRange(ctx.axisFrom(), ctx.axisTo());
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    return axis;
  }

  /**
   * A 1-2-2.5-5 step giving about {@code target} ticks over {@code span}: JFreeChart's own choice is the densest
   * that does not overlap, which on a tall slide means a tick every 2.5 points of nothing.
   */
  static double niceStep(double span, int target, boolean whole) {
    double raw = Math.max(span, 1e-9) / target;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] multiples = whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10};
    double step = magnitude * 10;
    for (double m : multiples) {
      if (magnitude * m >= raw) {
        step = magnitude * m;
        break;
      }
    }
    return whole ? Math.max(1, Math.round(step)) : step;
  }

  static void fixTicks(NumberAxis axis, double span, int target, boolean whole, DecimalFormat format) {
    axis.setAutoTickUnitSelection(false);
    axis.setTickUnit(new NumberTickUnit(niceStep(span, target, whole), format, 0), false, false);
  }

  static DecimalFormat wholeFormat() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  static DecimalFormat valueFormat() {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setMinusSign('\u2212');
    return new DecimalFormat("0.#", symbols);
  }

  static NumberAxis counts(Theme theme) {
    NumberAxis axis = new NumberAxis();
    style(axis, theme);
    TickUnits units = new TickUnits();
    DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    for (int n : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000}) {
      units.add(new NumberTickUnit(n, f, 0));
    }
    axis.setStandardTickUnits(units);
    axis.setNumberFormatOverride(null);
    return axis;
  }

  static NumberAxis values(Theme theme) {
    NumberAxis axis = new NumberAxis();
    style(axis, theme);
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setMinusSign('\u2212');
    DecimalFormat f = new DecimalFormat("0.#", symbols);
    TickUnits units = new TickUnits();
    for (double base : new double[] {1, 10, 100, 1000}) {
      for (double m : new double[] {0.5, 1, 2, 2.5, 5}) units.add(new NumberTickUnit(base * m, f, 0));
    }
    axis.setStandardTickUnits(units);
    return axis;
  }

  private static SimpleDateFormat format(String pattern) {
    SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.ROOT);
    f.setTimeZone(UTC);
    return f;
  }
}
