package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Backing a party, forces kept in a state, a state pulled out of an agreement by its leader, and what one party
 * asks of another. Every sentence is written for this test.
 */
class BackingAndPresenceTest {

  @Test
  void backingAPartyNamedRightAfterIsDiplomaticSupport() {
    assertThat(mentions("2018-05-11", "Israel and Saudi Arabia backed Washington on Tuesday."))
        .containsExactly("ISR->USA cooperation/diplomatic 2018-05-08 day",
            "SAU->USA cooperation/diplomatic 2018-05-08 day");
    assertThat(mentions("2018-05-11", "Hungary reaffirmed its support for Kyiv on Friday."))
        .containsExactly("HUN->UKR cooperation/diplomatic 2018-05-11 day");
  }

  @Test
  void backingSomethingThatNamesAPartyIsNoSupportOfIt() {
    assertThat(mentions("2018-05-11", "Ghana backed a resolution against Russia on Tuesday.")).isEmpty();
    // an aid package, and support talked about
    assertThat(mentions("2018-05-11", "Austria blocked an EU support package for Ukraine on Friday.")).isEmpty();
    assertThat(mentions("2018-05-11", "Xi spoke with Macron about trade and his support for Russia on Monday."))
        .noneMatch(m -> m.contains("diplomatic"));
  }

  @Test
  void forcesKeptInAStateAreMilitaryCooperation() {
    assertThat(mentions("2024-05-10", "The United States has about 1,100 troops in Niger."))
        .containsExactly("NER->USA cooperation/military 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "Russia maintains a naval base in Syria."))
        .containsExactly("RUS->SYR cooperation/military 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "The United States has interests in Niger.")).isEmpty();
    assertThat(mentions("2024-05-10", "Mali has 10,000 troops in its northern regions.")).isEmpty();
  }

  @Test
  void aLeaderPullingHisOwnStateOutOfADealWithdrawsFromIt() {
    assertThat(mentions("2018-05-11", "U.S. President Donald Trump on Tuesday pulled the United States out of the "
        + "2015 nuclear agreement with Iran.")).containsExactly("USA->IRN withdrawal/agreement 2018-05-08 day");
  }

  @Test
  void whatOnePartyAsksOfAnotherHasNotHappened() {
    assertThat(mentions("2024-05-10", "The United Nations called on Russia to withdraw its troops from Ukraine."))
        .isEmpty();
    assertThat(mentions("2024-05-10", "Kenya urged Ethiopia to restore ties with Somalia.")).isEmpty();
    // a withdrawal the host demands is its expulsion
    assertThat(mentions("2024-05-10", "Mali asked France to pull its soldiers out without delay."))
        .containsExactly("MLI->FRA expulsion/forces 2024-05-10 reported");
    // naming is no asking
    assertThat(mentions("2024-05-10", "Mali and Russia discussed what they called a project to build a power "
        + "plant.")).containsExactly("MLI->RUS cooperation/economic 2024-05-10 reported");
  }

  @Test
  void downgradingTiesAndTheNounAfterAPossessive() {
    assertThat(mentions("2024-05-10", "Pakistan downgraded diplomatic ties with India in August 2019."))
        .containsExactly("PAK->IND withdrawal/relations 2019-08-01 month");
    assertThat(mentions("2024-05-10", "Lithuania regrets China's downgrade of ties over the Taiwan office."))
        .doesNotContain("LTU->TWN withdrawal/relations 2024-05-10 reported");
  }

  @Test
  void aPartyNamedOnlyAsWhoseAllyAnotherIsTakesNoPart() {
    assertThat(mentions("2021-11-22", "The United States stands in solidarity with its NATO ally Lithuania, a "
        + "spokesman said.")).containsExactly("USA->LTU cooperation/diplomatic 2021-11-22 reported");
  }

  @Test
  void congoAloneIsTheCongoTheArticleNames() {
    assertThat(mentions("2024-05-10", "Rwanda and the Democratic Republic of Congo met in Luanda. Congo and "
        + "Rwanda agreed a ceasefire on Monday.")).contains("COD->RWA cooperation/agreement 2024-05-06 day");
    assertThat(mentions("2024-05-10", "The Republic of Congo hosted the summit. Congo's president met Angola's "
        + "leader on Monday.")).contains("COG->AGO cooperation/visit 2024-05-06 day");
    // naming neither, "Congo" stays unread
    assertThat(mentions("2024-05-10", "Congo and Rwanda agreed a ceasefire on Monday.")).isEmpty();
  }

  @Test
  void thePalestinianTerritoriesArePalestine() {
    assertThat(mentions("2022-08-17", "In May, Turkey's foreign minister travelled to Israel and the Palestinian "
        + "territories.")).containsExactly("TUR->ISR cooperation/visit 2022-05-01 month",
            "TUR->PSE cooperation/visit 2022-05-01 month");
  }

  @Test
  void forcesOrderedOutOfTheCountryAreExpelled() {
    assertThat(mentions("2023-02-24", "Burkina Faso's leader ordered French special forces out of the country in "
        + "January.")).containsExactly("BFA->FRA expulsion/forces 2023-01-01 month");
  }

  @Test
  void agreementsWithAPartnerRevokedInThePassiveAreEndedByTheOneWhoSaysSo() {
    assertThat(mentions("2023-08-04", "Niger's junta said military cooperation agreements with France were revoked "
        + "on Thursday.")).containsExactly("NER->FRA withdrawal/agreement 2023-08-03 day");
  }

  @Test
  void equipmentHandedOverIsMilitaryCooperationAndABaseHandedOverIsNot() {
    assertThat(mentions("2022-08-16", "On Monday the Indian navy handed over a Dornier maritime surveillance "
        + "aircraft to Sri Lanka.")).containsExactly("IND->LKA cooperation/military 2022-08-15 day");
    assertThat(mentions("2022-08-16", "France handed over its last military base in Chad on Monday."))
        .containsExactly("FRA->TCD withdrawal/forces 2022-08-15 day");
  }

  @Test
  void creditProvidedIsEconomicAndAnExerciseHostedIsMilitary() {
    assertThat(mentions("2022-08-16", "India has provided about $4 billion in credit lines and currency swaps to "
        + "Sri Lanka this year.")).containsExactly("IND->LKA cooperation/economic 2022-01-01 year");
    assertThat(mentions("2023-10-23", "Armenia hosted a joint exercise with U.S. troops outside Yerevan last "
        + "month.")).containsExactly("ARM->USA cooperation/military 2023-09-01 month");
  }

  @Test
  void aLeaderTouringSeveralStatesVisitsEach() {
    assertThat(mentions("2023-01-23", "In July last year, Lavrov toured Egypt, Uganda and Ethiopia."))
        .containsExactly("RUS->EGY cooperation/visit 2022-07-01 month", "RUS->UGA cooperation/visit 2022-07-01 month",
            "RUS->ETH cooperation/visit 2022-07-01 month");
  }

  @Test
  void anOrganisationNamedWithItsDescriptionIsTheAntecedent() {
    assertThat(mentions("2023-05-29", "Maduro praised the Unasur regional bloc, which Brazil left in 2019."))
        .containsExactly("BRA->UNASUR withdrawal/organization 2019-01-01 year");
  }
}
