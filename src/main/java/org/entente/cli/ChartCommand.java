package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.chart.ChartJob;
import org.entente.chart.ChartSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "chart", sortOptions = false,
    description = "Draw the briefing charts of one party from the dataset: timeline, alignment, mix and "
        + "partnership matrix, each with the CSV of what it plots.")
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;
  @Mixin ChartOptions chart;
  @Mixin QuietOption quiet;

  @Override
  public Integer call() {
    ChartSettings settings = chart.settings(data.dataDir);
    OutputPaths.outputFolder(settings.chartsDir(), "--charts");
    draw(settings, quiet.quiet, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  static void draw(ChartSettings settings, boolean quiet, PrintWriter out) {
    List<Path> files = new ChartJob(settings).run();
    if (!quiet) out.printf("charts: %d files written to %s%n", files.size(), settings.chartsDir());
  }
}
