package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The port against score.py's output recorded once per fixture. */
class ScorerGoldenTest {

  private final Scorer scorer = new Scorer();

  @ParameterizedTest
  @FieldSource("org.entente.eval.Fixtures#NAMES")
  void printsWhatScorePyPrinted(String name) throws IOException {
    EvalReport report = scorer.score(Fixtures.gold(), Fixtures.predictions(name));

    assertThat(Fixtures.render(report))
        .isEqualTo(Files.readString(Fixtures.expected(name), StandardCharsets.UTF_8));
  }

  @Test
  void perfectPredictionsFindEveryRequiredRow() throws IOException {
    EvalReport r = scorer.score(Fixtures.gold(), Fixtures.predictions("perfect"));

    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.requiredFound()).isEqualTo(r.required()).isEqualTo(r.predictions());
    assertThat(r.stretch()).isEqualTo(2);
    assertThat(r.stretchFound()).isZero();
    assertThat(r.dedupBcubedF1()).isEqualTo(1.0);
    assertThat(r.details()).allMatch(line -> line.startsWith("MISS stretch"));
  }

  @Test
  void noPredictionsLeaveTheRatiosWithNothingToMeasure() throws IOException {
    EvalReport r = scorer.score(Fixtures.gold(), Fixtures.predictions("empty"));

    assertThat(r.predictions()).isZero();
    assertThat(r.subtypeAcc()).isNull();
    assertThat(r.dateAcc()).isNull();
    assertThat(r.dedupBcubedF1()).isNull();
    assertThat(r.toJson()).contains("\"subtype_acc\": null", "\"stretch_found\": \"0/2\"");
  }
}
