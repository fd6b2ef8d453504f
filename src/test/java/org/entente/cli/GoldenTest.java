package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole tool on small hand-written articles: {@code golden/<case>/input/} (or {@code input.jsonl}) is coded
 * and the CSVs must equal {@code golden/<case>/expected/} byte for byte.
 *
 * <p>To regenerate after a deliberate change (then read the diff before committing it):
 * <pre>mvn -B -o test -Dtest=GoldenTest -Dentente.golden.update=true</pre>
 * which rewrites the expected files under src/test/resources.
 */
class GoldenTest {
  static final Path CASES = Path.of("src/test/resources/org/entente/cli/golden");
  private static final List<String> FILES = List.of("articles.csv", "mentions.csv", "events.csv");
  private static final boolean UPDATE = Boolean.getBoolean("entente.golden.update");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void codingGivesTheExpectedTables(String name) throws IOException {
    Path dir = CASES.resolve(name);
    Path data = tmp.resolve("data");

    // A case's input is a folder of articles or, to cover the other source, a JSONL file.
    Path input = Files.exists(dir.resolve("input.jsonl")) ? dir.resolve("input.jsonl") : dir.resolve("input");
    Cli.Result r = Cli.run("code", "--quiet", "--threads", "2", "--input", input.toString(),
        "--data", data.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();

    Path expected = dir.resolve("expected");
    if (UPDATE) {
      Files.createDirectories(expected);
      for (String f : FILES) Files.copy(data.resolve(f), expected.resolve(f),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    for (String f : FILES) {
      assertThat(data.resolve(f)).as(name + "/" + f).hasSameBinaryContentAs(expected.resolve(f));
    }
  }
}
