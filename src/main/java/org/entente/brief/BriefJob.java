package org.entente.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.entente.chart.ChartFormat;
import org.entente.chart.ChartJob;
import org.entente.chart.ChartSettings;
import org.entente.chart.ChartSize;
import org.entente.chart.RenderedChart;
import org.entente.table.OutputFiles;

/**
 * Makes a briefing pack for one party: {@code <focus>.html}, {@code <focus>.pdf} and {@code <focus>.pptx}. The charts
 * are those {@code entente chart} draws for the focus (same data, window and partners), at slide size. Everything is
 * read, drawn and rendered in memory first; the three files are then moved into place together, so bad input or a
 * failure leaves the pack that was there before.
 */
public final class BriefJob {
  /** PNG resolution of the deck's charts: sharp on a projector, a few hundred KB each. */
  static final int DECK_DPI = 200;

  private final BriefSettings settings;

  public BriefJob(BriefSettings settings) {
    if (settings == null) throw new IllegalArgumentException("settings are required");
    this.settings = settings;
  }

  /** Makes and writes the pack; returns the three files. */
  public List<Path> run() {
    Map<String, byte[]> files = render();
    OutputFiles.write(settings.outDir(), files);
    List<Path> written = new ArrayList<>();
    for (String name : files.keySet()) written.add(settings.outDir().resolve(name));
    return written;
  }

  /** The three files, by name, without writing them. */
  public Map<String, byte[]> render() {
    ChartSettings chartSettings = new ChartSettings(settings.dataDir(), settings.outDir(), settings.focus(),
        Set.of(ChartFormat.SVG), ChartSize.SLIDE, DECK_DPI, null, settings.keyDates(), settings.version(),
        settings.partners(), null, settings.from(), settings.to());
    List<RenderedChart> rendered = new ChartJob(chartSettings).render();
    BriefData data = BriefData.load(settings.dataDir(), settings.focus(), settings.from(), settings.to(),
        settings.partners().codes());

    // Each chart on its own thread, its three forms one after the other: a chart is not drawn by two at once.
    List<CompletableFuture<Brief.Chart>> futures = new ArrayList<>();
    for (RenderedChart c : rendered) {
      futures.add(CompletableFuture.supplyAsync(() -> new Brief.Chart(c, c.svg(), c.pdf(), c.png(DECK_DPI)), POOL));
    }
    List<Brief.Chart> charts = new ArrayList<>();
    for (CompletableFuture<Brief.Chart> f : futures) {
      try {
        charts.add(f.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      }
    }
    Brief brief = new Brief(data, charts, settings.version(), settings.dataDir(), settings.from(), settings.to(),
        settings.partners().codes());
    String base = settings.baseName();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(base + ".html", HtmlBrief.render(brief));
    files.put(base + ".pdf", PdfBrief.render(brief));
    files.put(base + ".pptx", DeckBrief.render(brief));
    return files;
  }

  private static final ExecutorService POOL = Executors.newFixedThreadPool(
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
        Thread t = new Thread(r, "entente-brief");
        t.setDaemon(true);
        return t;
      });
}
