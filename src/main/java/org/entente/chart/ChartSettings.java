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
 * @param pivot the before/after date of the mix chart; null = the focus's key date that splits its events most
 *     evenly, leaving neither panel empty
 * @param keyDates a date,label,country CSV; null = the bundled Sahel key dates
 * @param version the Entente version printed in the source line
 * @param partners which partners to show; null = as many as each chart can label
 * @param period the matrix's period; null = chosen from the span
 * @param from first day of the window (events whose date starts earlier are left out); null = from the data
 * @param to last day of the window; null = to the end of the data
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
    String version,
    PartnerChoice partners,
    Period period,
    LocalDate from,
    LocalDate to) {

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
    if (partners == null) partners = PartnerChoice.all();
    if (from != null && to != null && from.isAfter(to)) {
      throw new ChartException("the window starts (" + from + ") after it ends (" + to + ")");
    }
  }

  /** All partners, the period from the span, no window. */
  public ChartSettings(Path dataDir, Path chartsDir, String focus, Set<ChartFormat> formats, ChartSize size, int dpi,
      LocalDate pivot, Path keyDates, String version) {
    this(dataDir, chartsDir, focus, formats, size, dpi, pivot, keyDates, version, null, null, null, null);
  }
}
