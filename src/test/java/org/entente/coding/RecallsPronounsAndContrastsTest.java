package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Envoys recalled from a capital the sentence names, relations terminated, "her government" and "they" resolved
 * from the sentence or the one before, and a denial that ends at "but". Every sentence is written for this test.
 */
class RecallsPronounsAndContrastsTest {

  @Test
  void anEnvoyRecalledAlongsideAnEmbassyClosedInACapitalIsRecalledFromThatCapital() {
    assertThat(mentions("2021-06-12", "Ghana said on Friday it would shut its embassy in Lome and recall its "
        + "diplomats."))
        .contains("GHA->TGO withdrawal/relations 2021-06-11 day");
  }

  @Test
  void aHeadOfMissionIsAnEnvoy() {
    assertThat(mentions("2021-06-12", "Peru recalled its head of mission in Caracas on Friday."))
        .contains("PER->VEN withdrawal/relations 2021-06-11 day");
  }

  @Test
  void relationsTerminatedAreRelationsCut() {
    assertThat(mentions("2021-06-12", "Fiji decided on Friday to terminate diplomatic relations with Tonga."))
        .containsExactly("FJI->TON withdrawal/relations 2021-06-11 day");
  }

  @Test
  void herGovernmentIsTheStateTheSentenceBeforeWasAbout() {
    assertThat(mentions("2022-05-20", "Peruvian President Dina Boluarte spoke in Lima on Tuesday. "
        + "On Thursday her government expelled the Mexican ambassador."))
        .contains("PER->MEX expulsion/diplomat 2022-05-19 day");
  }

  @Test
  void theyAfterButAreTheStatesTheSentenceOpenedWith() {
    assertThat(mentions("2021-06-12", "Caracas asked Bogota and Lima to reduce their embassy staff. Bogota and "
        + "Lima declined at first, but on Friday they recalled their ambassadors from Caracas."))
        .contains("COL->VEN withdrawal/relations 2021-06-11 day", "PER->VEN withdrawal/relations 2021-06-11 day");
  }

  @Test
  void aDenialStillGovernsWhatItDenies() {
    assertThat(mentions("2021-06-12", "Lima denied on Friday that it had recalled its ambassador from Caracas."))
        .isEmpty();
  }

  @Test
  void backingTheRulersInACapitalBacksTheirState() {
    assertThat(mentions("2021-06-12", "Mali has backed the new authorities in Conakry."))
        .containsExactly("MLI->GIN cooperation/diplomatic 2021-06-12 reported");
  }

  @Test
  void aStateThatARelativeClauseFollowsIsNotInTheRulersList() {
    assertThat(mentions("2021-06-12", "Mali voiced support for the military rulers in Conakry, and Senegal, which "
        + "borders both, called for calm."))
        .containsExactly("MLI->GIN cooperation/diplomatic 2021-06-12 reported");
  }

  @Test
  void aLeaderWhoFliesInVisitsThePlaceTheSentenceNamedBefore() {
    assertThat(mentions("2021-06-12", "The talks opened in Nairobi on Friday, when Ethiopia's prime minister "
        + "flew in."))
        .contains("ETH->KEN cooperation/visit 2021-06-11 day");
  }

  @Test
  void flyingInFromACapitalIsNoVisitToIt() {
    assertThat(mentions("2021-06-12", "Ethiopia's prime minister flew in from Nairobi on Friday."))
        .noneMatch(m -> m.contains("->KEN cooperation/visit"));
  }

  @Test
  void whoTravelsWithAVisitorVisitsToo() {
    assertThat(mentions("2021-06-12", "Ghana's president travelled to Abuja with Togo's president on Friday."))
        .contains("GHA->NGA cooperation/visit 2021-06-11 day", "TGO->NGA cooperation/visit 2021-06-11 day");
  }

  @Test
  void talksWithSomeoneAfterATripAreNoCompanionsVisit() {
    assertThat(mentions("2021-06-12", "Ghana's president travelled to Abuja on Friday for talks with Togo's "
        + "president."))
        .noneMatch(m -> m.startsWith("TGO->NGA"));
  }

  @Test
  void aLoanOrAnInvestmentFundForAStateIsEconomicCooperation() {
    assertThat(mentions("2024-07-10", "China approved a $500 million loan to Zambia on Monday."))
        .containsExactly("CHN->ZMB cooperation/economic 2024-07-08 day");
    assertThat(mentions("2024-07-10", "Qatar announced a $5 billion fund for investments in Egypt on Monday."))
        .containsExactly("EGY->QAT cooperation/economic 2024-07-08 day");
  }

  @Test
  void investmentTalkedAboutOrHopedForIsATopic() {
    assertThat(mentions("2024-07-10", "The two presidents held talks in Cairo on trade, Qatari investment in "
        + "Egypt and regional security."))
        .noneMatch(m -> m.contains("cooperation/economic"));
    assertThat(mentions("2024-07-10", "The new port will boost trade, investment in Kenya and tourism."))
        .noneMatch(m -> m.contains("cooperation/economic"));
  }
}
