package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Letting another state's forces use one's territory, ending ties, and three signatories whose act names one of
 * them again. Military cooperation is undirected: its two codes are written in alphabetical order. Every sentence
 * is written for this test.
 */
class PartnersAndPermissionsTest {

  @Test
  void allowingForeignTroopsToUseTerritoryIsMilitaryCooperation() {
    assertThat(mentions("2024-05-10", "Tajikistan, which has allowed Indian aircraft to use its air base, was not"
        + " invited."))
        .containsExactly("IND->TJK cooperation/military 2024-05-10 reported");
  }

  @Test
  void refusingToLetForcesUseBasesIsNone() {
    assertThat(mentions("2024-05-10", "In 2003 Turkey refused to let US forces use its bases.")).isEmpty();
  }

  @Test
  void endingTiesWithAStateCutsRelations() {
    assertThat(mentions("2024-05-10", "Taipei said on Monday that it was ending ties with Palau."))
        .containsExactly("TWN->PLW withdrawal/relations 2024-05-06 day");
  }

  @Test
  void aSignatoryNamedAgainAfterTheActAddsNoSide() {
    assertThat(mentions("2024-05-10", "In March, Greece, Cyprus and Israel signed a memorandum in Athens to bring"
        + " Israeli gas to Europe."))
        .contains("CYP->GRC cooperation/agreement 2024-03-01 month", "CYP->ISR cooperation/agreement 2024-03-01 month",
            "GRC->ISR cooperation/agreement 2024-03-01 month");
  }

  @Test
  void bringingTroopsOrAnEnvoyHomeFromAStateIsAWithdrawal() {
    assertThat(mentions("2024-05-10", "Italy brought its ambassador home from Paris on Monday."))
        .containsExactly("ITA->FRA withdrawal/relations 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Spain brought its 300 soldiers home from Mali on Monday."))
        .containsExactly("ESP->MLI withdrawal/forces 2024-05-06 day");
    assertThat(mentions("2024-05-10", "The minister brought the trophy home from Qatar.")).isEmpty();
  }

  @Test
  void turningToAStateForMilitarySupportIsMilitaryCooperation() {
    assertThat(mentions("2024-05-10", "Mali turned to Moscow for security assistance in 2021."))
        .containsExactly("MLI->RUS cooperation/military 2021-01-01 year");
    assertThat(mentions("2024-05-10", "The minister turned to reporters for questions.")).isEmpty();
  }

  @Test
  void aRelativePronounBeforeItsVerbIsTheSubjectNotThePartyAfterIt() {
    assertThat(mentions("2024-05-10", "Chad, which expelled French forces in 2024 and has since turned to Russia"
        + " for military support, is isolated."))
        .contains("TCD->FRA expulsion/forces 2024-01-01 year", "RUS->TCD cooperation/military 2024-01-01 year")
        .noneMatch(m -> m.startsWith("FRA->RUS"));
  }

  @Test
  void whoGoesAlongLeavesToo() {
    assertThat(mentions("2024-05-10", "Niger left the G5 Sahel force in December 2023 along with Burkina Faso."))
        .containsExactlyInAnyOrder("NER->G5SAHEL withdrawal/organization 2023-12-01 month",
            "BFA->G5SAHEL withdrawal/organization 2023-12-01 month");
  }
}

