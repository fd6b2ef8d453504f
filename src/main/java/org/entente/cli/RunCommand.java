package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.chart.ChartSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "run", sortOptions = false, defaultValueProvider = RunCommand.Defaults.class,
    description = {"Code the articles, then draw the charts: 'code' followed by 'chart', with the options of both.",
        "As the job that makes the whole deliverable, it draws every format (png,svg,pdf) unless --format says "
            + "otherwise."})
final class RunCommand implements Callable<Integer> {
  /** The one default that differs from 'chart': the full set of chart formats. */
  static final class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
      return arg.isOption() && ((OptionSpec) arg).longestName().equals("--format") ? "png,svg,pdf" : null;
    }
  }

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
