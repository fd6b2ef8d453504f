package org.entente.chart;

import java.nio.file.Path;
import java.util.List;

/** STUB so that branch cli compiles before branch chart is merged; replaced by the real class on merge. */
public final class ChartJob {
  public ChartJob(ChartSettings settings) {}

  public List<Path> run() { throw new ChartException("the charts are not merged yet"); }
}
