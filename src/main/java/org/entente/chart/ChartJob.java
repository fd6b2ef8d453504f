package org.entente.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Draws the timeline, alignment and mix charts for one focus country, in each requested format, each with the
 * CSV of the data it plots: {@code charts/<focus>-<chart>.<ext>}.
 */
public final class ChartJob {

  private final ChartSettings settings;

  public ChartJob(ChartSettings s) {
    if (s == null) throw new IllegalArgumentException("settings are required");
    this.settings = s;
  }

  /** Reads the data, draws and writes everything; returns the files written, in a stable order. */
  public List<Path> run() {
    // Before any AWT class is touched: charts are drawn on servers and in CI, where there is no display.
    System.setProperty("java.awt.headless", "true");
    FocusData data = EventLoader.load(settings.dataDir(), settings.focus());
    List<KeyDate> keyDates = KeyDate.load(settings.keyDates());
    Fonts fonts = Fonts.load();
    Theme theme = new Theme(settings.size(), fonts, settings.version());
    ChartContext ctx = ChartContext.of(data, theme, keyDates, settings.pivot());

    List<Drawn> charts = List.of(TimelineChart.draw(ctx), AlignmentChart.draw(ctx), MixChart.draw(ctx));
    String prefix = settings.focus().toLowerCase(Locale.ROOT) + "-";
    List<Path> written = new ArrayList<>();
    for (Drawn d : charts) {
      for (ChartFormat f : EnumSet.copyOf(settings.formats())) {
        Path target = settings.chartsDir().resolve(prefix + d.name() + "." + f.extension());
        ChartWriter writer = ChartWriter.of(f, settings.size(), settings.dpi(), fonts, settings.version());
        AtomicFiles.write(target, out -> writer.write(d, out));
        written.add(target);
      }
      Path csv = settings.chartsDir().resolve(prefix + d.name() + ".csv");
      byte[] bytes = Csv.write(d.header(), d.rows()).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(csv, out -> out.write(bytes));
      written.add(csv);
    }
    return List.copyOf(written);
  }
}
