package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A described organisation followed by its name is that organisation; what an act goes without is not its object.
 * Every sentence is written for this test.
 */
class NamedBlocsAndActsGoneWithoutTest {

  @Test
  void aBlocDescribedAndThenNamedIsTheOneNamed() {
    // A regression: "the West African bloc" took the organisation named before it, the AES
    assertThat(mentions("2024-03-20", "Mali, Burkina Faso and Niger, which formed the Alliance of Sahel States in "
        + "September, announced in January that they were leaving the West African bloc ECOWAS."))
        .contains("MLI->ECOWAS withdrawal/organization 2024-01-01 month")
        .noneMatch(m -> m.contains("->AES withdrawal"));
  }

  @Test
  void aBlocNamedInBracketsIsTheOneNamed() {
    assertThat(mentions("2024-03-20", "Guinea said on Monday it would leave the regional bloc (ECOWAS)."))
        .containsExactly("GIN->ECOWAS withdrawal/organization 2024-03-18 day");
  }

  @Test
  void talksThatEndWithoutAgreementEndNoAgreement() {
    assertThat(mentions("2024-03-20", "Egypt and Ethiopia held talks in Addis Ababa in December, but the "
        + "negotiations ended without agreement."))
        .noneMatch(m -> m.contains("withdrawal/agreement"));
  }

  @Test
  void aDemandWithoutDelayStillHasItsObject() {
    assertThat(mentions("2023-06-17", "Mali demanded the withdrawal without delay of MINUSMA on Friday."))
        .contains("MLI->UN expulsion/mission 2023-06-16 day");
  }
}
