package org.entente.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "code", sortOptions = false,
    description = "Code articles into data/articles.csv, mentions.csv, events.csv and datapackage.json.")
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CodeOptions code;
  @Mixin DataOption data;
  @Mixin QuietOption quiet;

  @Option(names = "--update",
      description = "Code only the articles of --input that the dataset does not hold yet (known by their content "
          + "hash), keep the others as coded, merge again and write changes.csv: what happened to the events. "
          + "The dataset written is the one a full run over all the articles gives.")
  boolean update;

  @Option(names = "--prune",
      description = "With --update: remove the articles of the dataset that --input does not hold (use when "
          + "--input is the whole archive).")
  boolean prune;

  @Override
  public Integer call() {
    if (prune && !update) throw new ParameterException(spec.commandLine(), "--prune needs --update");
    CodeSummary summary = new CodeJob(code, data.dataDir, quiet.quiet, spec.commandLine().getErr(),
        new CodeJob.Update(update, prune)).run();
    if (!quiet.quiet) summary.print(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
