package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Persons of states whose names news shortens to the given name ("Anwar", "Prabowo"), and the titles that are
 * no one's name. Every sentence is written for this test.
 */
class GivenNamesTest {

  @Test
  void aMalaysianLeaderNamedInFullIsLaterNamedByHisGivenName() {
    assertThat(mentions("2024-12-10", "Malaysian Prime Minister Anwar Ibrahim spoke to reporters on Monday."
        + " Anwar made an official visit to Japan in November."))
        .containsExactly("MYS->JPN cooperation/visit 2024-11-01 month");
  }

  @Test
  void aTitleOpeningAnAliasIsNotAGivenName() {
    assertThat(mentions("2024-12-10", "Sultan Hassanal Bolkiah of Brunei spoke on Monday. A Sultan from the"
        + " Gulf flew to Tehran in November."))
        .noneMatch(m -> m.startsWith("BRN->"));
  }
}
