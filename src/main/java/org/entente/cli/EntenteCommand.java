package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: only a dispatcher; each subcommand is its own class. */
@Command(name = "entente",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
        "Reads news articles and codes the state-to-state interactions they report into an auditable dataset "
            + "(data/*.csv) and briefing charts (charts/).",
        "Without a command, runs 'entente run' with its defaults."},
    subcommands = {CodeCommand.class, ChartCommand.class, RunCommand.class, ExportCommand.class, BriefCommand.class,
        EvalCommand.class, BenchCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (unreadable input, dictionary, table or chart error)",
        "2:usage error (unknown option, bad value)"})
final class EntenteCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: code, chart, run, export, brief, eval or bench");
  }
}
