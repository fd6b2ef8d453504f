/**
 * Briefing charts of one country's partnerships, drawn from {@code events.csv}: a partner timeline, a running
 * alignment index, the before/after interaction mix and the partners × periods matrix, as PNG, SVG and PDF, each
 * with the CSV it plots. Every lane, bar, line and row is labelled: charts are measured before they are written
 * ({@link org.entente.chart.Fit}) and fold the least active partners into one "Other partners (N)" when needed.
 *
 * <p>The public surface is {@link org.entente.chart.ChartJob}, {@link org.entente.chart.ChartSettings},
 * {@link org.entente.chart.ChartFormat}, {@link org.entente.chart.ChartSize}, {@link org.entente.chart.PartnerChoice},
 * {@link org.entente.chart.Period} and {@link org.entente.chart.ChartException}; everything else is
 * package-private. Output is reproducible: fonts come
 * from the jar, dates are UTC, formatting uses {@code Locale.ROOT}, and the writers strip what would differ
 * between two runs (Batik's definition order, PDFBox's time-based document id).
 */
package org.entente.chart;
