package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.chart.ChartSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "run", sortOptions = false,
    description = "Code the articles, then draw the charts: 'code' followed by 'chart', with the options of both.")
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CodeOptions code;
  @Mixin DataOption data;
  @Mixin ChartOptions chart;
  @Mixin QuietOption quiet;

  @Override
  public Integer call() {
    ChartSettings settings = chart.settings(data.dataDir);
    // Both output folders are checked before coding, so that a bad --charts does not cost a whole coding run.
    OutputPaths.outputFolder(settings.chartsDir(), "--charts");
    Preload.charts();
    CodeJob job = new CodeJob(code, data.dataDir, quiet.quiet, spec.commandLine().getErr());
    CodeSummary summary = job.run();
    if (!quiet.quiet) summary.print(spec.commandLine().getOut());
    ChartCommand.draw(settings, quiet.quiet, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
