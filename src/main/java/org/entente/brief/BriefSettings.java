package org.entente.brief;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.chart.PartnerChoice;

/**
 * What {@link BriefJob} makes and where.
 *
 * @param dataDir the dataset: events.csv (required) and articles.csv (for the sources)
 * @param outDir where {@code <focus>.html}, {@code .pdf} and {@code .pptx} are written, created if missing
 * @param focus the party the brief is about, e.g. "NER"
 * @param from first day of the window, or null
 * @param to last day of the window, or null
 * @param partners which partners the charts name, or exactly which they show (and the key events then too)
 * @param keyDates a date,label,country CSV; null = the bundled key dates
 * @param version the Entente version the pack names
 */
public record BriefSettings(Path dataDir, Path outDir, String focus, LocalDate from, LocalDate to,
    PartnerChoice partners, Path keyDates, String version) {

  public BriefSettings {
    if (dataDir == null) throw new IllegalArgumentException("dataDir is required");
    if (outDir == null) throw new IllegalArgumentException("outDir is required");
    if (focus == null || focus.isBlank()) throw new IllegalArgumentException("focus is required");
    focus = focus.strip().toUpperCase(Locale.ROOT);
    if (partners == null) partners = PartnerChoice.all();
    if (version == null || version.isBlank()) version = "dev";
  }

  /** The base name of the three files: the focus in lower case. */
  public String baseName() {
    return focus.toLowerCase(Locale.ROOT);
  }
}
