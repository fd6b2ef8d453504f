package org.entente.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Draws the timeline, alignment, mix and matrix charts for one focus country, in each requested format, each with
 * the CSV of the data it plots: {@code charts/<focus>-<chart>.<ext>}. Everything is read, checked and laid out
 * before the first file is written, so bad input leaves no chart behind.
 */
public final class ChartJob {

  static {
    // JFreeChart draws rotated text (the alignment chart's axis label) as a TextLayout by default, which the SVG
    // writer turns into glyph outlines; as a string it stays text that can be searched, edited and checked.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    // JFreeChart measures text for wrapping and layout with FontMetrics.stringWidth, whole points from the
    // metrics' own context; the SVG writer's metrics ignore fractional widths, so its titles wrapped 3% later
    // than the text is wide and ran off the page. The string bounds use the drawing's own context in every
    // format, and the SVG is laid out as the PNG is.
    org.jfree.chart.text.TextUtils.setUseFontMetricsGetStringBounds(true);
  }

  private final ChartSettings settings;

  public ChartJob(ChartSettings s) {
    if (s == null) throw new IllegalArgumentException("settings are required");
    this.settings = s;
  }

  /** Reads the data, draws and writes everything; returns the files written, in a stable order. */
  public List<Path> run() {
    // Before any AWT class is touched: charts are drawn on servers and in CI, where there is no display.
    System.setProperty("java.awt.headless", "true");
    Fonts fonts = Fonts.load();
    List<Drawn> charts = draw(fonts);
    String prefix = settings.focus().toLowerCase(Locale.ROOT) + "-";
    // Each chart is encoded (PNG compression is the costliest step) on its own thread; the files, and the order
    // of the list, are the same as one after the other. One chart's formats stay on one thread: a JFreeChart is
    // not drawn by two threads at once.
    List<CompletableFuture<List<Path>>> perChart = new ArrayList<>();
    for (Drawn d : charts) {
      perChart.add(CompletableFuture.supplyAsync(() -> write(d, prefix, fonts), POOL));
    }
    List<Path> written = new ArrayList<>();
    for (CompletableFuture<List<Path>> f : perChart) {
      try {
        written.addAll(f.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      }
    }
    return List.copyOf(written);
  }

  /**
   * Reads the data and draws the same four charts as {@link #run()}, in the same order, without writing anything
   * (the settings' chart folder and formats are not used): for a document that embeds them.
   */
  public List<RenderedChart> render() {
    System.setProperty("java.awt.headless", "true");
    Fonts fonts = Fonts.load();
    return draw(fonts).stream()
        .map(d -> new RenderedChart(d, settings.size(), fonts, settings.version()))
        .toList();
  }

  private List<Drawn> draw(Fonts fonts) {
    FocusData data = EventLoader.load(settings.dataDir(), settings.focus());
    List<KeyDate> keyDates = KeyDate.load(settings.keyDates());
    Theme theme = new Theme(settings.size(), fonts, settings.version());
    ChartContext ctx = ChartContext.of(data, theme, keyDates, settings);

    // Drawn (and measured, see Fit) one after the other on this thread: the fonts' metrics are then all known
    // before the writers draw in parallel.
    return List.of(TimelineChart.draw(ctx), AlignmentChart.draw(ctx), MixChart.draw(ctx), MatrixChart.draw(ctx));
  }

  private List<Path> write(Drawn d, String prefix, Fonts fonts) {
    List<Path> written = new ArrayList<>();
    for (ChartFormat f : EnumSet.copyOf(settings.formats())) {
      Path target = settings.chartsDir().resolve(prefix + d.name() + "." + f.extension());
      ChartWriter writer = ChartWriter.of(f, settings.size(), settings.dpi(), fonts, settings.version());
      AtomicFiles.write(target, out -> writer.write(d, out));
      written.add(target);
    }
    Path csv = settings.chartsDir().resolve(prefix + d.name() + ".csv");
    byte[] bytes = d.data().csv(d.rows());
    AtomicFiles.write(csv, out -> out.write(bytes));
    written.add(csv);
    return written;
  }

  /** Daemon threads, one per processor and at most one per chart, so that an embedding program can exit. */
  private static final ExecutorService POOL = Executors.newFixedThreadPool(
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
        Thread t = new Thread(r, "entente-chart");
        t.setDaemon(true);
        return t;
      });
}
