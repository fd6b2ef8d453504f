package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.brief.BriefJob;
import org.entente.brief.BriefSettings;
import org.entente.chart.PartnerChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    CommandLine cl = spec.commandLine();
    ChartOptions.checkFocus(cl, focus.strip());
    String code = focus.strip().toUpperCase(Locale.ROOT);
    PartnerChoice partners = ChartOptions.partners(cl, partnersValue);
    ChartOptions.checkWindow(cl, from, to);
    ChartOptions.checkFocusNotAPartner(cl, code, partners);
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
