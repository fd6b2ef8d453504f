package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: help, version, usage errors and their exit codes. */
class MainTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"", "code", "chart", "run", "eval"})
  void everyCommandHasHelp(String command) {
    Cli.Result r = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Usage: entente" + (command.isEmpty() ? "" : " " + command));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void versionComesFromThePom() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("entente 0.1.0" + System.lineSeparator());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("code", "--bogus");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--bogus'").contains("entente code --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void zeroThreadsIsAUsageError() {
    Cli.Result r = Cli.run("code", "--threads", "0", "--data", tmp.resolve("data").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("entente: --threads must be at least 1");
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertThat(Cli.run("draw").exitCode()).isEqualTo(2);
  }

  @Test
  void aBadDateSaysWhatWasExpected() {
    Cli.Result r = Cli.run("chart", "--pivot", "26/07/2023");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("'26/07/2023' is not a date (expected YYYY-MM-DD");
  }

  @Test
  void aBadFormatOrSizeIsAUsageError() {
    assertThat(Cli.run("chart", "--format", "png,gif").exitCode()).isEqualTo(2);
    assertThat(Cli.run("chart", "--size", "poster").exitCode()).isEqualTo(2);
  }

  @Test
  void chartOptionsMapToSettings() {
    ChartOptions options = new ChartOptions();
    picocli.CommandLine cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    picocli.CommandLine.ParseResult parsed = cl.parseArgs("chart", "--format", "SVG,pdf", "--size", "doc",
        "--dpi", "150", "--pivot", "2023-07-26", "--focus", "MLI", "--charts", "out", "--data", "in");
    ChartCommand chart = (ChartCommand) parsed.subcommand().commandSpec().userObject();
    var s = chart.chart.settings(chart.data.dataDir);
    assertThat(s.formats()).containsExactlyInAnyOrder(org.entente.chart.ChartFormat.SVG,
        org.entente.chart.ChartFormat.PDF);
    assertThat(s.size()).isEqualTo(org.entente.chart.ChartSize.DOC);
    assertThat(s.dpi()).isEqualTo(150);
    assertThat(s.pivot()).isEqualTo("2023-07-26");
    assertThat(s.focus()).isEqualTo("MLI");
    assertThat(s.chartsDir()).isEqualTo(Path.of("out"));
    assertThat(s.dataDir()).isEqualTo(Path.of("in"));
    assertThat(s.keyDates()).isNull();
    assertThat(s.version()).isEqualTo("0.1.0");
    assertThat(options.formats).isEmpty();
  }

  @Test
  void chartDefaults() {
    picocli.CommandLine cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    ChartCommand chart = (ChartCommand) cl.parseArgs("chart").subcommand().commandSpec().userObject();
    var s = chart.chart.settings(chart.data.dataDir);
    assertThat(s.formats()).containsExactly(org.entente.chart.ChartFormat.PNG);
    assertThat(s.size()).isEqualTo(org.entente.chart.ChartSize.SLIDE);
    assertThat(s.dpi()).isEqualTo(300);
    assertThat(s.focus()).isEqualTo("NER");
    assertThat(s.dataDir()).isEqualTo(Path.of("data"));
    assertThat(s.chartsDir()).isEqualTo(Path.of("charts"));
    assertThat(s.pivot()).isNull();
  }

  @Test
  void evalPrintsScorePysOutputExactly() throws IOException, URISyntaxException {
    Path eval = Path.of(MainTest.class.getResource("/org/entente/eval/perfect.csv").toURI()).getParent();
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.copy(eval.resolve("perfect.csv"), data.resolve("mentions.csv"));

    Cli.Result r = Cli.run("eval", "--gold", eval.resolve("seeds-gold.csv").toString(), "--data", data.toString(),
        "--detail");

    assertThat(r.exitCode()).isZero();
    String expected = Files.readString(eval.resolve("perfect.expected"), StandardCharsets.UTF_8);
    assertThat(r.out().replace(System.lineSeparator(), "\n")).isEqualTo(expected);
    assertThat(r.err()).contains("precision 1.000");
  }

  @Test
  void evalWithoutMentionsFailsInOneLine() {
    Cli.Result r = Cli.run("eval", "--gold", "nowhere.csv", "--data", tmp.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("entente: ").doesNotContain("\tat ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void evalNeedsGold() {
    assertThat(Cli.run("eval").exitCode()).isEqualTo(2);
  }

  @Test
  void runAcceptsTheOptionsOfBoth() {
    picocli.CommandLine cl = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(new java.io.StringWriter()));
    RunCommand run = (RunCommand) cl.parseArgs("run", "--input", "in", "--threads", "2", "--raw-text", "--data",
        "d", "--charts", "c", "--format", "svg", "--focus", "MLI", "--quiet").subcommand().commandSpec().userObject();
    assertThat(run.code.input).isEqualTo(Path.of("in"));
    assertThat(run.code.threads()).isEqualTo(2);
    assertThat(run.code.rawText).isTrue();
    assertThat(run.data.dataDir).isEqualTo(Path.of("d"));
    assertThat(run.chart.chartsDir).isEqualTo(Path.of("c"));
    assertThat(run.chart.formats).containsExactly(org.entente.chart.ChartFormat.SVG);
    assertThat(run.quiet.quiet).isTrue();
  }

  @Test
  void runChecksTheChartFolderBeforeCoding() throws IOException {
    Path file = Files.writeString(tmp.resolve("charts"), "x");
    Cli.Result r = Cli.run("run", "--data", tmp.resolve("data").toString(), "--charts", file.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("entente: " + file + ": not a folder but a file (--charts)\n");
    assertThat(tmp.resolve("data")).doesNotExist();
  }

  @Test
  void chartWithoutDataFailsInOneLine() {
    Cli.Result r = Cli.run("chart", "--data", tmp.resolve("nothing").toString(), "--charts",
        tmp.resolve("charts").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("entente: ").doesNotContain("internal error");
    assertThat(r.err().lines()).hasSize(1);
  }
}
