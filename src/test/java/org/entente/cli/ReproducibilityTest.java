package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, same bytes: whatever the run, the thread count or the machine. */
class ReproducibilityTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path COMMITTED_DATA = Path.of("data");
  private static final Path COMMITTED_CHARTS = Path.of("charts");

  @TempDir Path tmp;

  @Test
  void runTwiceGivesIdenticalDataAndCharts() throws IOException {
    Path first = run(tmp.resolve("first"), "1");
    Path second = run(tmp.resolve("second"), "3");

    List<Path> files = files(first);
    assertThat(files).contains(Path.of("data/events.csv"), Path.of("data/datapackage.json"))
        .anyMatch(p -> p.startsWith("charts"));
    assertThat(files(second)).isEqualTo(files);
    for (Path f : files) {
      assertThat(second.resolve(f)).as(f.toString()).hasSameBinaryContentAs(first.resolve(f));
    }
  }

  @Test
  void theSeedsGiveTheCommittedDataAndCharts() throws IOException {
    assumeTrue(Files.isDirectory(COMMITTED_DATA) || Files.isDirectory(COMMITTED_CHARTS),
        "data/ and charts/ are committed at the end of the project");
    Path out = run(tmp.resolve("out"), "2");

    if (Files.isDirectory(COMMITTED_DATA)) {
      List<Path> files = files(COMMITTED_DATA);
      assertThat(files(out.resolve("data"))).isEqualTo(files);
      for (Path f : files) {
        assertThat(out.resolve("data").resolve(f)).as(f.toString()).hasSameBinaryContentAs(COMMITTED_DATA.resolve(f));
      }
    }
    // Every committed chart must be reproduced; all formats are drawn, whichever were committed.
    if (Files.isDirectory(COMMITTED_CHARTS)) {
      for (Path f : files(COMMITTED_CHARTS)) {
        assertThat(out.resolve("charts").resolve(f)).as(f.toString())
            .hasSameBinaryContentAs(COMMITTED_CHARTS.resolve(f));
      }
    }
  }

  private static Path run(Path root, String threads) {
    Cli.Result r = Cli.run("run", "--quiet", "--threads", threads, "--input", SEEDS.toString(),
        "--data", root.resolve("data").toString(), "--charts", root.resolve("charts").toString(),
        "--format", "png,svg,pdf");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return root;
  }

  /** Every file under {@code root}, relative and sorted. */
  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
