package org.entente.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;

/**
 * One chart of {@link ChartJob#render()}, for a document that sets the chart's title (its finding) and its source
 * line as text of its own: the picture is the chart without those two lines (the plot gets their room; nothing is
 * measured again, since a taller plot only makes more room for labels), the subtitle, legend and key dates kept.
 * Rendering is synchronized: a JFreeChart is not drawn by two threads at once.
 */
public final class RenderedChart {
  private final Drawn drawn;
  private final ChartSize size;
  private final Fonts fonts;
  private final String version;
  private final String subtitle;
  private final String source;

  RenderedChart(Drawn drawn, ChartSize size, Fonts fonts, String version) {
    this.drawn = drawn;
    this.size = size;
    this.fonts = fonts;
    this.version = version;
    JFreeChart chart = drawn.chart();
    String sub = "";
    String src = "";
    for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
      Title t = chart.getSubtitle(i);
      if (!(t instanceof TextTitle text)) continue;
      if (t.getPosition() == RectangleEdge.BOTTOM) {
        src = text.getText();
        chart.removeSubtitle(t);
      } else if (t.getPosition() == RectangleEdge.TOP) {
        sub = text.getText();
      }
    }
    chart.setTitle((TextTitle) null);
    this.subtitle = sub;
    this.source = src;
  }

  /** timeline, alignment, mix or matrix. */
  public String name() { return drawn.name(); }

  /** The finding: the chart's own title, worded from the data. */
  public String title() { return drawn.title(); }

  /** What is measured, over which period (drawn in the picture). */
  public String subtitle() { return subtitle; }

  /** "Source: N articles, M events coded by Entente ..." and what the chart leaves out. */
  public String source() { return source; }

  public double widthPt() { return size.widthPt(); }

  public double heightPt() { return size.heightPt(); }

  /** The picture as an SVG document (UTF-8 text, with its XML prolog). */
  public synchronized String svg() {
    return new String(bytes(new SvgWriter(size, fonts)), StandardCharsets.UTF_8);
  }

  /** The picture as a one-page vector PDF, fonts embedded. */
  public synchronized byte[] pdf() {
    return bytes(new PdfWriter(size, fonts, version));
  }

  /** The picture as a PNG at {@code dpi} (raised to at least 1,600 px wide). */
  public synchronized byte[] png(int dpi) {
    return bytes(new PngWriter(size, dpi));
  }

  private byte[] bytes(ChartWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(drawn, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
