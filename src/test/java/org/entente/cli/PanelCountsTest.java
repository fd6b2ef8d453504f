package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every panel unit against counts made here, row by row, from events.csv: on the committed seed dataset, and on
 * the seeds and the development set coded together.
 */
class PanelCountsTest {
  private static final Path DEVSET = Path.of("../shared/devset/articles");

  @TempDir static Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"dyad-month", "dyad-year", "party-month", "party-year"})
  void theSeedPanelsHoldTheCountsOfEventsCsv(String unit) throws IOException {
    check(Path.of("data"), unit);
  }

  @Test
  void theSeedsAndTheDevsetCodedTogether() throws IOException {
    assumeTrue(Files.isDirectory(DEVSET), "../shared/devset is not here");
    Path input = Files.createDirectories(tmp.resolve("together"));
    for (Path dir : List.of(Path.of("seeds"), DEVSET)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(f, input.resolve(f.getFileName()));
        }
      }
    }
    List<String> manifest = new ArrayList<>(Files.readAllLines(Path.of("seeds/manifest.csv")));
    List<String> dev = Files.readAllLines(DEVSET.resolve("manifest.csv"));
    manifest.addAll(dev.subList(1, dev.size()));
    Files.write(input.resolve("manifest.csv"), manifest);
    Path data = tmp.resolve("data");
    Cli.Result r = Cli.run("code", "-q", "--no-corrections", "--input", input.toString(), "--data", data.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String unit : List.of("dyad-month", "dyad-year", "party-month", "party-year")) check(data, unit);
  }

  private static void check(Path data, String unit) throws IOException {
    Cli.Result r = Cli.run("export", "--data", data.toString(), "--unit", unit);
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(String.join("\n", lines.subList(1, lines.size()))).as(unit)
        .isEqualTo(String.join("\n", expected(data, unit)));
  }

  /** The panel counted by hand: every unit of the dated events × every period from the first to the last. */
  private static List<String> expected(Path data, String unit) {
    boolean dyad = unit.startsWith("dyad");
    boolean month = unit.endsWith("month");
    List<String> categories = List.of("cooperation", "expulsion", "withdrawal", "alliance");
    Map<String, double[]> cells = new TreeMap<>();
    TreeSet<String> units = new TreeSet<>();
    String first = null;
    String last = null;
    CsvTable events = Schemas.EVENTS.rows(data.resolve("events.csv"));
    for (CsvTable.Row e : events.rows()) {
      if (e.get("date").isEmpty()) continue;
      String period = month ? e.get("date").substring(0, 7) : e.get("date").substring(0, 4);
      first = first == null || period.compareTo(first) < 0 ? period : first;
      last = last == null || period.compareTo(last) > 0 ? period : last;
      String s = e.get("source");
      String t = e.get("target");
      List<String> keys = dyad ? List.of(s.compareTo(t) < 0 ? s + "," + t : t + "," + s) : List.of(s, t);
      for (String k : keys) {
        units.add(k);
        double[] c = cells.computeIfAbsent(k + "|" + period, x -> new double[7]);
        c[0]++;
        c[1] += Double.parseDouble(e.get("goldstein"));
        c[2] += Integer.parseInt(e.get("articles"));
        c[3 + categories.indexOf(e.get("category"))]++;
      }
    }
    List<String> periods = new ArrayList<>();
    if (first != null) {
      for (String p = first; p.compareTo(last) <= 0; p = next(p, month)) periods.add(p);
    }
    List<String> out = new ArrayList<>();
    for (String u : units) {
      for (String p : periods) {
        double[] c = cells.getOrDefault(u + "|" + p, new double[7]);
        out.add(String.format(Locale.ROOT, "%s,%s,%d,%.1f,%d,%d,%d,%d,%d", u, p, (int) c[0], c[1] + 0.0,
            (int) c[2], (int) c[3], (int) c[4], (int) c[5], (int) c[6]));
      }
    }
    return out;
  }

  private static String next(String period, boolean month) {
    if (!month) return String.valueOf(Integer.parseInt(period) + 1);
    return java.time.YearMonth.parse(period).plusMonths(1).toString();
  }
}
