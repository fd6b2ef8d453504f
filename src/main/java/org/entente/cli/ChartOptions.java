package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.entente.chart.ChartFormat;
import org.entente.chart.ChartSettings;
import org.entente.chart.ChartSize;
import org.entente.chart.PartnerChoice;
import org.entente.chart.Period;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of charting, shared by {@code chart} and {@code run}. */
final class ChartOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
      description = "Chart folder (default: ${DEFAULT-VALUE}).")
  Path chartsDir;

  @Option(names = "--focus", paramLabel = "CODE", defaultValue = "NER",
      description = "The party whose partnerships are charted, e.g. NER, MLI, ECOWAS (default: ${DEFAULT-VALUE}).")
  String focus;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "png",
      description = "png, svg, pdf, or several comma-separated (default: ${DEFAULT-VALUE}).")
  Set<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);

  @Option(names = "--size", paramLabel = "SIZE", defaultValue = "slide",
      description = "slide (16:9) or doc (page width) (default: ${DEFAULT-VALUE}).")
  ChartSize size;

  @Option(names = "--pivot", paramLabel = "DATE",
      description = "The before/after date of the mix chart, YYYY-MM-DD (default: the key date of the focus "
          + "party that leaves the most events on its thinner side, neither side empty).")
  LocalDate pivot;

  @Option(names = "--key-dates", paramLabel = "FILE",
      description = "A CSV of date,label,country marked on the charts of the parties in its country column "
          + "(';'-separated; empty: every party's) (default: the bundled Sahel key dates).")
  Path keyDates;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The matrix's columns: month, quarter or year (default: the finest giving at most 24 "
          + "columns).")
  Period period;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Chart only events whose date starts on or after DATE, YYYY-MM-DD (default: the first event).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Chart only events whose date starts on or before DATE, YYYY-MM-DD (default: the last event).")
  LocalDate to;

  // --dpi and --partners are fields checked in settings(), not setter methods: the JVM lists a class's methods in no
  // fixed order, and the help (and the README's CLI reference) would list them in either.
  @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default: 300).")
  int dpi = 300;

  @Option(names = "--partners", paramLabel = "N|CODE,...",
      description = "How many partners to name (the most active; the rest are drawn together as 'Other "
          + "partners (N)'), or exactly which, e.g. FRA,RUS,USA (default: as many as each chart can label).")
  String partnersValue;

  ChartSettings settings(Path dataDir) {
    CommandLine cl = mixee.commandLine();
    if (dpi < 72 || dpi > 1200) throw new ParameterException(cl, "--dpi must be 72 to 1200, not " + dpi);
    PartnerChoice partners = partners(cl, partnersValue);
    checkFocus(cl, focus);
    checkWindow(cl, from, to);
    if (pivot != null && ((from != null && pivot.isBefore(from)) || (to != null && pivot.isAfter(to)))) {
      throw new ParameterException(cl, "--pivot " + pivot + " lies outside --from/--to");
    }
    checkFocusNotAPartner(cl, focus.strip().toUpperCase(java.util.Locale.ROOT), partners);
    return new ChartSettings(dataDir, chartsDir, focus, formats, size, dpi, pivot, keyDates, Version.current(),
        partners, period, from, to);
  }

  // The checks of the options that 'chart' shares with 'brief', which declares them with its own descriptions.

  /** The partners of {@code --partners}: all of them when the option is absent. */
  static PartnerChoice partners(CommandLine cl, String value) {
    if (value == null) return PartnerChoice.all();
    try {
      return PartnerChoice.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }

  static void checkFocus(CommandLine cl, String focus) {
    if (!focus.matches("[A-Za-z0-9]{2,12}")) {
      throw new ParameterException(cl, "--focus must be a party code such as NER, not '" + focus + "'");
    }
  }

  static void checkWindow(CommandLine cl, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(cl, "--from " + from + " is after --to " + to);
    }
  }

  static void checkFocusNotAPartner(CommandLine cl, String code, PartnerChoice partners) {
    if (partners.codes().contains(code)) {
      throw new ParameterException(cl, "--partners lists " + code + ", the --focus party itself");
    }
  }
}
