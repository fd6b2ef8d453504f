package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.chart.PartnerChoice;
import org.entente.chart.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --partners, --period, --from and --to on chart and run: what they mean, and one line and exit 2 when wrong. */
class ChartOptionsTest {

  @TempDir Path tmp;

  private static org.entente.chart.ChartSettings settings(String... args) {
    picocli.CommandLine cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    ChartCommand chart = (ChartCommand) cl.parseArgs(args).subcommand().commandSpec().userObject();
    return chart.chart.settings(chart.data.dataDir);
  }

  @Test
  void optionsMapToSettings() {
    var s = settings("chart", "--partners", "fra, rus,USA", "--period", "QUARTER", "--from", "2023-01-01",
        "--to", "2024-06-30");
    assertThat(s.partners()).isEqualTo(PartnerChoice.exactly(List.of("FRA", "RUS", "USA")));
    assertThat(s.period()).isEqualTo(Period.QUARTER);
    assertThat(s.from()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(s.to()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(settings("chart", "--partners", "12").partners()).isEqualTo(PartnerChoice.top(12));
    var defaults = settings("chart");
    assertThat(defaults.partners()).isEqualTo(PartnerChoice.all());
    assertThat(defaults.period()).isNull();
    assertThat(defaults.from()).isNull();
    assertThat(defaults.to()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--partners=0", "--partners=-3", "--partners=FRA,,RUS", "--partners=", "--partners=F",
      "--period=week", "--from=2024-13-01", "--to=yesterday"})
  void aBadValueIsAUsageErrorInOneLine(String option) {
    for (String command : List.of("chart", "run")) {
      Cli.Result r = Cli.run(command, option, "--data", tmp.resolve("none").toString());
      assertThat(r.exitCode()).as(command + " " + option).isEqualTo(2);
      assertThat(r.err().lines().findFirst().orElse("")).startsWith("entente: ");
      assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void contradictoryValuesAreUsageErrors() {
    Cli.Result window = Cli.run("chart", "--from", "2024-01-01", "--to", "2023-01-01");
    assertThat(window.exitCode()).isEqualTo(2);
    assertThat(window.err()).startsWith("entente: --from 2024-01-01 is after --to 2023-01-01\n");
    Cli.Result pivot = Cli.run("chart", "--from", "2024-01-01", "--pivot", "2023-07-26");
    assertThat(pivot.exitCode()).isEqualTo(2);
    assertThat(pivot.err()).startsWith("entente: --pivot 2023-07-26 lies outside --from/--to\n");
    Cli.Result focus = Cli.run("chart", "--focus", "mli", "--partners", "FRA,MLI");
    assertThat(focus.exitCode()).isEqualTo(2);
    assertThat(focus.err()).startsWith("entente: --partners lists MLI, the --focus party itself\n");
  }

  @Test
  void chartsExactlyThePartnersAndWindowAskedFor() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String name : new String[] {"events.csv", "articles.csv"}) {
      try (InputStream in = getClass().getResourceAsStream("/org/entente/chart/" + name)) {
        Files.copy(in, data.resolve(name));
      }
    }
    Path charts = tmp.resolve("charts");
    Cli.Result r = Cli.run("chart", "--data", data.toString(), "--charts", charts.toString(), "--format", "svg",
        "--partners", "FRA,RUS,USA", "--from", "2023-07-01", "--to", "2024-03-31", "--period", "month", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String chart : List.of("timeline", "alignment", "mix", "matrix")) {
      assertThat(Files.readAllLines(charts.resolve("ner-" + chart + ".csv")).stream().skip(1)
          .map(l -> l.substring(0, l.indexOf(',')))).as(chart).isNotEmpty().allMatch(p -> List.of("FRA", "RUS", "USA")
          .contains(p) || p.startsWith("ev-"));
      assertThat(Files.readString(charts.resolve("ner-" + chart + ".svg"))).contains("1 Jul 2023 – 31 Mar 2024");
    }
    assertThat(Files.readAllLines(charts.resolve("ner-timeline.csv")).stream().skip(1)
        .map(l -> l.split(",")[1]).distinct().sorted()).containsExactly("FRA", "RUS", "USA");
    // Months, cut to the window at neither end (the window starts and ends with a month).
    assertThat(Files.readString(charts.resolve("ner-matrix.csv"))).contains(",2023-07-01,2023-07-31,")
        .contains(",2024-03-01,2024-03-31,").doesNotContain("2024-04-01");
  }

  @Test
  void aWindowWithoutEventsFailsInOneLineAndWritesNothing() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (InputStream in = getClass().getResourceAsStream("/org/entente/chart/events.csv")) {
      Files.copy(in, data.resolve("events.csv"));
    }
    Path charts = tmp.resolve("charts");
    Cli.Result r = Cli.run("chart", "--data", data.toString(), "--charts", charts.toString(), "--from",
        "2030-01-01");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("entente: no dated events involve NER from 2030-01-01 in ")
        .hasLineCount(1);
    assertThat(charts).doesNotExist();
  }
}
