package org.entente.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Sizes and type for one chart size, and the frame every chart shares: a title that states the finding, a
 * subtitle with the measure and period, the plot, a legend when needed and the source line.
 */
record Theme(ChartSize size, Fonts fonts, String version) {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

  private boolean slide() { return size == ChartSize.SLIDE; }

  /** Multiplies slide sizes for the doc figure: a 6.5 in figure is read at arm's length, a slide across a room. */
  private float k() { return slide() ? 1f : 0.52f; }

  Font titleFont() { return fonts.bold(slide() ? 26f : 13f); }
  Font subtitleFont() { return fonts.plain(slide() ? 16f : 8.5f); }
  Font tickFont() { return fonts.plain(slide() ? 14f : 7.5f); }
  Font axisLabelFont() { return fonts.plain(slide() ? 14f : 7.5f); }
  Font legendFont() { return fonts.plain(slide() ? 13f : 7f); }
  Font labelFont() { return fonts.bold(slide() ? 15f : 8f); }
  /** Lane and bar names: the partners, the first thing a reader looks up. */
  Font categoryFont() { return fonts.plain(slide() ? 15f : 8f); }
  /** The smallest lane and bar label: a slide read across a room, a page figure printed at 6.5 in. */
  float smallestCategorySize() { return slide() ? 12f : 7f; }
  Font panelFont() { return fonts.bold(slide() ? 16f : 8.5f); }
  Font countFont() { return fonts.bold(slide() ? 13f : 7f); }
  Font keyDateFont() { return fonts.plain(slide() ? 13f : 7f); }
  Font sourceFont() { return fonts.plain(slide() ? 11f : 6.5f); }

  double markRadius() { return 6.0 * k(); }
  float lineWidth() { return 3.2f * k(); }
  Stroke keyDateStroke() {
    return new BasicStroke(1.2f * k(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {5f * k(), 4f * k()}, 0f);
  }
  double gap() { return 6.0 * k(); }

  /** "26 Jul 2023": day-month-year with English month abbreviations whatever the JVM's locale. */
  static String day(LocalDate d) { return DAY.format(d); }

  static String month(LocalDate d) { return MONTH.format(d); }

  static String period(LocalDate from, LocalDate to) {
    String a = month(from);
    String b = month(to);
    return a.equals(b) ? a : a + " – " + b;
  }

  /**
   * "Source: 63 articles, 179 events coded by Entente 0.1.0." and what the chart leaves out: events without a date,
   * outside the window, or with partners not asked for, so that no reader takes the chart for all there is.
   */
  String source(ChartContext ctx) {
    FocusData data = ctx.data();
    String s = "Source: " + data.articleCount() + (data.articleCount() == 1 ? " article, " : " articles, ")
        + data.eventCount() + (data.eventCount() == 1 ? " event" : " events") + " coded by Entente " + version + ".";
    if (ctx.windowed()) s += " Window: " + ctx.span() + ".";
    List<String> left = new java.util.ArrayList<>();
    if (data.undated() > 0) left.add(data.undated() + " undated");
    if (data.outside() > 0) left.add(data.outside() + " outside the window");
    if (data.unchosen() > 0) left.add(data.unchosen() + " with other partners");
    if (!left.isEmpty()) {
      int n = data.undated() + data.outside() + data.unchosen();
      s += " Not shown: " + String.join(", ", left) + (n == 1 ? " event" : " events") + " with "
          + data.focusName() + ".";
    }
    return s;
  }

  /** The first title that fits on two lines (titles come most detailed first); the last one otherwise. */
  String fitTitle(List<String> candidates) {
    for (String t : candidates) if (lines(t, titleFont(), size.widthPt() - 2 * padding()) <= 2) return t;
    return candidates.get(candidates.size() - 1);
  }

  /** Lines a text wraps to at word boundaries, as JFreeChart's titles wrap it. */
  static int lines(String text, Font font, double width) {
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    double limit = width * 0.98;
    int lines = 1;
    String line = "";
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && font.getStringBounds(candidate, frc).getWidth() > limit) {
        lines++;
        line = word;
      } else {
        line = candidate;
      }
    }
    return lines;
  }

  private float padding() { return 14f * k(); }

  JFreeChart frame(Plot plot, String title, String subtitle, String source, LegendItemCollection legend) {
    JFreeChart chart = new JFreeChart(null, titleFont(), plot, false);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setBorderVisible(false);
    float p = padding();
    chart.setPadding(new RectangleInsets(p, p, p * 0.6, p));

    TextTitle head = new TextTitle(title, titleFont());
    head.setPaint(Palette.TEXT);
    head.setPosition(RectangleEdge.TOP);
    head.setHorizontalAlignment(HorizontalAlignment.LEFT);
    head.setTextAlignment(HorizontalAlignment.LEFT);
    // Titles are chosen to fit two lines (fitTitle); a third line is the safety net, never a cut title.
    head.setMaximumLinesToDisplay(3);
    chart.setTitle(head);

    TextTitle sub = new TextTitle(subtitle, subtitleFont());
    sub.setPaint(Palette.MUTED_TEXT);
    sub.setPosition(RectangleEdge.TOP);
    sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
    sub.setTextAlignment(HorizontalAlignment.LEFT);
    sub.setPadding(new RectangleInsets(2 * k(), 0, 10 * k(), 0));
    chart.addSubtitle(sub);

    // BOTTOM titles stack outwards in the order added: the source line first so it sits at the very bottom.
    TextTitle src = new TextTitle(source, sourceFont());
    src.setPaint(Palette.MUTED_TEXT);
    src.setPosition(RectangleEdge.BOTTOM);
    src.setHorizontalAlignment(HorizontalAlignment.LEFT);
    src.setTextAlignment(HorizontalAlignment.LEFT);
    src.setPadding(new RectangleInsets(6 * k(), 0, 0, 0));
    chart.addSubtitle(src);

    if (legend != null && legend.getItemCount() > 0) {
      LegendTitle lt = new LegendTitle(() -> legend);
      lt.setItemFont(legendFont());
      lt.setItemPaint(Palette.TEXT);
      lt.setFrame(BlockBorder.NONE);
      lt.setPosition(RectangleEdge.BOTTOM);
      lt.setHorizontalAlignment(HorizontalAlignment.LEFT);
      lt.setItemLabelPadding(new RectangleInsets(2 * k(), 3 * k(), 2 * k(), 10 * k()));
      lt.setPadding(new RectangleInsets(6 * k(), 0, 0, 0));
      chart.addSubtitle(lt);
    }
    return chart;
  }

  /** Names that take "the" in running text: "the United States", "the European Union". */
  private static final java.util.regex.Pattern TAKES_THE = java.util.regex.Pattern.compile(
      "^(United |European |Central African |Democratic |Czech |Dominican |Netherlands|Philippines|Gambia|Bahamas"
          + "|Comoros|Maldives|Marshall |Solomon |Seychelles|Holy See|Vatican|Sahel)");

  /** A party's name as it reads inside a sentence. */
  static String prose(String name) {
    return TAKES_THE.matcher(name).find() ? "the " + name : name;
  }

  /** A party's name as it reads at the start of a sentence. */
  static String subject(String name) {
    String p = prose(name);
    return Character.toUpperCase(p.charAt(0)) + p.substring(1);
  }

  /** "A", "A and B", "A, B and C". */
  static String list(List<String> names) {
    if (names.size() <= 1) return String.join("", names);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
