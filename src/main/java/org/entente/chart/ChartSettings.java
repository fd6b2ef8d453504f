package org.entente.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** STUB so that branch cli compiles before branch chart is merged; replaced by the real record on merge. */
public record ChartSettings(Path dataDir, Path chartsDir, String focus, Set<ChartFormat> formats, ChartSize size,
    int dpi, LocalDate pivot, Path keyDates, String version) {}
