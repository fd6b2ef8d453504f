package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "it" in a clause of a sentence whose subject is no state, and what a state declined to do. Every sentence is
 * written for this test.
 */
class OnlyStatePronounTest {

  @Test
  void itIsTheOneStateTheSentenceNamed() {
    assertThat(mentions("2023-09-21", "The July summit welcomed Finland as a member after it joined NATO in"
        + " April."))
        .contains("FIN->NATO alliance/accession 2023-04-01 month");
  }

  @Test
  void aStateAsTheSubjectStillWins() {
    assertThat(mentions("2023-09-21", "Sweden praised Finland in May, after it joined NATO in April."))
        .contains("SWE->NATO alliance/accession 2023-04-01 month");
  }

  @Test
  void whatAStateDeclinedToDoItDidNot() {
    assertThat(mentions("2024-02-23", "In January Armenia declined to host Russian military exercises on its"
        + " soil.")).isEmpty();
  }
}
