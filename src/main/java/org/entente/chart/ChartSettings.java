package org.entente.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * What {@link ChartJob} draws and where.
 *
 * @param dataDir folder with events.csv (required) and articles.csv (for the article count)
 * @param chartsDir output folder, created if missing
 * @param focus the country (or organisation) code whose partnerships are charted, e.g. "NER"
 * @param formats at least one format
 * @param size slide or doc
 * @param dpi PNG resolution, 0 = 300, at most 1200; raised if needed so a PNG is at least 1,600 px wide
 * @param pivot the before/after date of the mix chart; null = first key date relevant to the focus in the data
 * @param keyDates a date,label,country CSV; null = the bundled Sahel key dates
 * @param version the Entente version printed in the source line
 */
public record ChartSettings(
    Path dataDir,
    Path chartsDir,
    String focus,
    Set<ChartFormat> formats,
    ChartSize size,
    int dpi,
    LocalDate pivot,
    Path keyDates,
    String version) {

  public ChartSettings {
    if (dataDir == null) throw new IllegalArgumentException("dataDir is required");
    if (chartsDir == null) throw new IllegalArgumentException("chartsDir is required");
    if (focus == null || focus.isBlank()) focus = "NER";
    if (formats == null || formats.isEmpty()) formats = Set.of(ChartFormat.PNG);
    formats = Set.copyOf(formats);
    if (size == null) size = ChartSize.SLIDE;
    if (dpi <= 0) dpi = 300;
    if (dpi > 1200) throw new ChartException("dpi " + dpi + " is too high (at most 1200)");
    if (version == null || version.isBlank()) version = "dev";
    focus = focus.trim().toUpperCase(java.util.Locale.ROOT);
  }
}
