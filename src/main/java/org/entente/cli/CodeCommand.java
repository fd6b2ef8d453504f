package org.entente.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "code", sortOptions = false,
    description = "Code articles into data/articles.csv, mentions.csv, events.csv and datapackage.json.")
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CodeOptions code;
  @Mixin DataOption data;
  @Mixin QuietOption quiet;

  @Override
  public Integer call() {
    CodeSummary summary = new CodeJob(code, data.dataDir, quiet.quiet, spec.commandLine().getErr()).run();
    if (!quiet.quiet) summary.print(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
