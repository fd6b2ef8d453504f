package org.entente.chart;

import java.util.List;
import org.entente.table.Schema;
import org.jfree.chart.JFreeChart;

/**
 * A chart ready to be written, with the data it plots (written next to it as CSV so a reader can check every
 * mark; cells in the order of the {@code data} schema's columns) and its title (the PDF's document title).
 */
record Drawn(String name, JFreeChart chart, String title, Schema data, List<List<String>> rows) {}
