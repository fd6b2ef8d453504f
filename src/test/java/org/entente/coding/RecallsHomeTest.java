package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A state that orders, tells, summons or calls its own envoy home recalls him; told of another state's envoy, the
 * same words are no recall. Every sentence is written for this test.
 */
class RecallsHomeTest {

  @Test
  void orderingItsOwnAmbassadorHomeIsARecall() {
    assertThat(mentions("2023-11-03", "Mali told its ambassador in Paris to return home on Monday."))
        .containsExactly("MLI->FRA withdrawal/relations 2023-10-30 day");
  }

  @Test
  void summoningItsAmbassadorHomeForConsultationsIsARecall() {
    assertThat(mentions("2023-11-03", "Bolivia summoned its ambassador in Israel home for consultations."))
        .containsExactly("BOL->ISR withdrawal/relations 2023-11-03 reported");
  }

  @Test
  void callingTheirEnvoysHomeFromAPlaceIsARecallByEach() {
    assertThat(mentions("2023-11-03", "Chile and Colombia called their ambassadors in Israel home."))
        .contains("CHL->ISR withdrawal/relations 2023-11-03 reported",
            "COL->ISR withdrawal/relations 2023-11-03 reported");
  }

  @Test
  void anotherStatesEnvoyToldToGoHomeIsNoRecall() {
    assertThat(mentions("2023-11-03", "Niger ordered the French ambassador to return home."))
        .noneMatch(m -> m.contains("withdrawal/relations"));
  }

  @Test
  void aResponseFollowsTheActTheSentenceBeforeDated() {
    assertThat(mentions("2022-12-21", "Last week, Chile criticised the court's ruling. Lima responded by"
        + " calling its ambassador in Chile home for consultations."))
        .containsExactly("PER->CHL withdrawal/relations 2022-12-01 month");
  }
}
