package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Acts reported by someone else: the reporter is no party to them. Every sentence is written for this test.
 */
class ReportedPairsTest {

  @Test
  void anAndInsideTheSubjectJoinsNoVerbs() {
    // A regression: the "and" of "Sudan and Israel" was read as "X met Y and agreed", so the White House, before
    // it, became the partner of both
    assertThat(mentions("2020-10-25",
        "The White House said on Friday that Sudan and Israel had agreed to normalise relations."))
        .contains("ISR->SDN cooperation/agreement 2020-10-23 day")
        .noneMatch(m -> m.contains("USA"));
  }

  @Test
  void theObjectOfAFirstVerbIsStillTheSecondVerbsPartner() {
    assertThat(mentions("2024-06-07",
        "Lavrov met Burkina Faso's leader Ibrahim Traore in Ouagadougou and agreed to expand cooperation."))
        .contains("RUS->BFA cooperation/visit 2024-06-07 reported", "BFA->RUS cooperation/agreement 2024-06-07 reported");
  }
}
