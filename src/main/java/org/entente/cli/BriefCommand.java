package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.brief.BriefJob;
import org.entente.brief.BriefSettings;
import org.entente.chart.PartnerChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "brief", sortOptions = false,
    description = {"Write a briefing pack on one party from the dataset: FOCUS.html (one page, the charts as inline "
        + "SVG), FOCUS.pdf and FOCUS.pptx (a slide per chart). Each chart is headed by its finding; then the key "
        + "events with their evidence sentence and links to their sources, and the method and coverage note.",
        "The three files are written together, or not at all."})
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--focus", paramLabel = "CODE", required = true,
      description = "The party the brief is about, e.g. NER, MLI, ECOWAS.")
  String focus;

  @Mixin DataOption data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "brief",
      description = "Folder for the pack (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Only events whose date starts on or after DATE, YYYY-MM-DD (default: the first event).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Only events whose date starts on or before DATE, YYYY-MM-DD (default: the last event).")
  LocalDate to;

  @Option(names = "--partners", paramLabel = "N|CODE,...",
      description = "How many partners the charts name, or exactly which partners the brief shows, e.g. "
          + "FRA,RUS,USA (default: as many as each chart can label).")
  String partnersValue;

  @Option(names = "--key-dates", paramLabel = "FILE",
      description = "A CSV of date,label,country marked on the charts (default: the bundled Sahel key dates).")
  Path keyDates;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() {
    if (!focus.strip().matches("[A-Za-z0-9]{2,12}")) {
      throw new ParameterException(spec.commandLine(), "--focus must be a party code such as NER, not '" + focus + "'");
    }
    String code = focus.strip().toUpperCase(Locale.ROOT);
    PartnerChoice partners = PartnerChoice.all();
    if (partnersValue != null) {
      try {
        partners = PartnerChoice.parse(partnersValue);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    if (partners.codes().contains(code)) {
      throw new ParameterException(spec.commandLine(), "--partners lists " + code + ", the --focus party itself");
    }
    OutputPaths.outputFolder(out, "--out");
    List<Path> files = new BriefJob(new BriefSettings(data.dataDir, out, code, from, to, partners, keyDates,
        Version.current())).run();
    if (!quiet.quiet) {
      spec.commandLine().getOut().printf("brief: %s written to %s%n",
          String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList()), out);
    }
    return ExitCodes.OK;
  }
}
