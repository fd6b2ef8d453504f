package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {

  @Test
  void roundsTheExactBinaryValueHalfEvenAsPythonDoes() {
    // round(x, 3) in Python: 0.0005 -> 0.001, 0.1235 -> 0.123, 0.9995 -> 1.0, 2/3 -> 0.667
    EvalReport r = new EvalReport(0.0005, 0.1235, 0.9995, 1, 2, 1, 3, 4, 2.0 / 3, 0.0, 5, null, List.of());

    assertThat(r.toJson()).isEqualTo("{\"precision\": 0.001, \"recall\": 0.123, \"f1\": 1.0, \"predictions\": 1, "
        + "\"required\": 2, \"required_found\": 1, \"stretch_found\": \"3/4\", \"subtype_acc\": 0.667, "
        + "\"date_acc\": 0.0, \"dated\": 5, \"dedup_bcubed_f1\": null}");
    assertThat(r.recall()).isEqualTo(0.123);
  }
}
