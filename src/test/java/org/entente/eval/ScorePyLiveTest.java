package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The port against the reference scorer run now, so that a change to score.py shows up here and not as a
 * silent drift. Runs where python3 and ../shared/tools/score.py exist (CI has both); skipped elsewhere.
 * {@code -Dentente.score.py=PATH} points it at another copy of score.py.
 */
class ScorePyLiveTest {

  private static final Path SCORE_PY = Path.of(System.getProperty("entente.score.py", "../shared/tools/score.py"));

  // Checked per test, not in @BeforeAll: surefire reports a skipped class as zero tests, not as skipped.
  @ParameterizedTest
  @FieldSource("org.entente.eval.Fixtures#NAMES")
  void printsWhatScorePyPrintsNow(String name) throws Exception {
    assumeTrue(Files.isRegularFile(SCORE_PY), SCORE_PY + " not found");
    assumeTrue(pythonAvailable(), "python3 not found");
    Path gold = Fixtures.gold();
    Path pred = Fixtures.predictions(name);

    String python = run("python3", SCORE_PY.toString(), gold.toString(), pred.toString(), "--detail");

    assertThat(Fixtures.render(new Scorer().score(gold, pred))).isEqualTo(python);
  }

  private static boolean pythonAvailable() {
    try {
      run("python3", "--version");
      return true;
    } catch (IOException | InterruptedException | IllegalStateException e) {
      return false;
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
