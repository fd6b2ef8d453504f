package org.entente.chart;

import java.util.List;
import org.entente.table.Schema;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written, with the data it plots (written next to it as CSV so a reader can check every
 * mark; cells in the order of the {@code data} schema's columns), its title (the PDF's document title) and the
 * lanes, bars, lines or rows it labels.
 */
record Drawn(String name, JFreeChart chart, String title, Schema data, List<List<String>> rows, List<Lane> lanes) {}
