package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Arms pledged, promised, given, ordered or agreed on; arms suppliers; troops that stay in a state or fly out of
 * one; those who act "together with" the subject; a clause that opens with its verb after an apposition; "the
 * capital" of the sentence; visits told by "was in", "flew in for" and "flew on to", former presidents, envoys at
 * events where they are posted, and the scene a capital standing for its government does not set; principles
 * adhered to and plans backed; states named as another's investor, lender or donor; money lent and borrowed;
 * dates past a named aside and in a "who … during" clause; troops told to go as "them" or brought in;
 * an auxiliary "have"; joint operations suspended. Every sentence is written for this test.
 */
class ArmsTroopsAndCoSubjectsTest {

  // ---------------------------------------------------------------- arms

  @Test
  void armsPromisedOrPledgedToAStateAreMilitaryCooperation() {
    assertThat(mentions("2023-02-01", "Lisbon has promised three Leopard tanks to Kyiv."))
        .containsExactly("PRT->UKR cooperation/military 2023-02-01 reported");
    assertThat(mentions("2023-02-01", "Canada pledged armoured vehicles to Ukraine on Tuesday."))
        .containsExactly("CAN->UKR cooperation/military 2023-01-31 day");
  }

  @Test
  void aPledgeToStrengthenMilitaryTiesIsNoPledgeOfArms() {
    assertThat(mentions("2023-02-01", "Rwanda and Benin pledged to strengthen military ties on Tuesday."))
        .containsExactly("BEN->RWA cooperation/military 2023-01-31 day");
    assertThat(mentions("2023-02-01", "Rwanda pledged to send more weapons if needed.")).isEmpty();
  }

  @Test
  void armsGivenOrCommittedAreMilitaryCooperation() {
    assertThat(mentions("2023-08-21", "Norway committed on Sunday to giving Ukraine six U.S.-made F-16 fighter "
        + "jets.")).containsExactly("NOR->UKR cooperation/military 2023-08-20 day");
    assertThat(mentions("2023-08-21", "Sweden has committed 500 million euros in military aid to Ukraine."))
        .containsExactly("SWE->UKR cooperation/military 2023-08-21 reported");
  }

  @Test
  void anAgreementToSupplyArmsIsTheSupply() {
    assertThat(mentions("2024-03-01", "Ankara has agreed to supply Algeria with drones."))
        .containsExactly("DZA->TUR cooperation/military 2024-03-01 reported");
    assertThat(mentions("2024-03-01", "India agreed in January to sell Armenia four artillery systems."))
        .containsExactly("ARM->IND cooperation/military 2024-01-01 month");
  }

  @Test
  void anAgreementToStrengthenMilitaryCooperationStaysAnAgreement() {
    assertThat(mentions("2024-03-01", "Chad and Russia agreed to strengthen military cooperation on Tuesday."))
        .containsExactly("RUS->TCD cooperation/agreement 2024-02-27 day");
  }

  @Test
  void anArmsSupplierIsAMilitaryPartner() {
    assertThat(mentions("2024-03-01", "China is Pakistan's main arms supplier."))
        .containsExactly("CHN->PAK cooperation/military 2024-03-01 reported");
    assertThat(mentions("2024-03-01", "France has long been one of India's biggest arms suppliers."))
        .containsExactly("FRA->IND cooperation/military 2024-03-01 reported");
  }

  // ---------------------------------------------------------------- troops that stay

  @Test
  void troopsThatRemainInAStateAreMilitaryCooperationWithIt() {
    assertThat(mentions("2024-03-01", "About 900 US troops remain in Syria."))
        .containsExactly("SYR->USA cooperation/military 2024-03-01 reported");
    assertThat(mentions("2024-03-01", "Some 600 Italian soldiers remain stationed in Lebanon."))
        .containsExactly("ITA->LBN cooperation/military 2024-03-01 reported");
  }

  @Test
  void troopsThatRemainOnOccupiedGroundCooperateWithNoOne() {
    assertThat(mentions("2024-03-01", "Russian troops remain in occupied parts of Georgia.")).isEmpty();
  }

  @Test
  void whereTroopsRemainIsNamedRightAfterTheVerb() {
    assertThat(mentions("2024-03-01", "Some U.S. forces will remain in the Kurdish region until next year to "
        + "support operations against militants in neighbouring Syria.")).isEmpty();
  }

  @Test
  void aStateThatHostsAForeignFleetIsItsMilitaryPartner() {
    assertThat(mentions("2024-03-01", "Djibouti, which hosts a Chinese naval base, is a close partner."))
        .containsExactly("CHN->DJI cooperation/military 2024-03-01 reported");
  }

  // ---------------------------------------------------------------- co-subjects

  @Test
  void thoseWhoActTogetherWithTheSubjectAreSubjectsToo() {
    assertThat(mentions("2024-05-29", "Slovenia formally recognised a Palestinian state on Tuesday together with "
        + "Malta.")).containsExactlyInAnyOrder("SVN->PSE cooperation/diplomatic 2024-05-28 day",
            "MLT->PSE cooperation/diplomatic 2024-05-28 day");
  }

  @Test
  void thoseServedAlongsideInAMutualActAreThePartners() {
    assertThat(mentions("2024-05-29", "Estonian special forces serve alongside Malian soldiers."))
        .containsExactly("EST->MLI cooperation/military 2024-05-29 reported");
  }

  @Test
  void aClauseOpeningWithItsVerbAfterAnAppositionHasTheSubjectBeforeIt() {
    assertThat(mentions("2025-02-01", "Guinea and Gabon, both run by soldiers, left the Francophonie in January "
        + "and have formed their own alliance."))
        .contains("GAB->GIN alliance/formation 2025-01-01 month");
  }

  @Test
  void theCapitalIsTheOneTheSentenceJustNamed() {
    assertThat(mentions("2022-03-16", "The prime ministers of Latvia and Estonia travelled by train to Kyiv to meet "
        + "Zelenskiy, becoming the first foreign leaders to visit the capital since the war began."))
        .containsExactlyInAnyOrder("LVA->UKR cooperation/visit 2022-03-16 reported",
            "EST->UKR cooperation/visit 2022-03-16 reported");
  }

  // ---------------------------------------------------------------- visits

  @Test
  void aLeaderInAForeignStateOnAStatedDateVisitedIt() {
    assertThat(mentions("2024-10-22", "Spanish Prime Minister Pedro Sanchez was in Senegal in August."))
        .containsExactly("ESP->SEN cooperation/visit 2024-08-01 month");
    assertThat(mentions("2024-10-22", "The Senegalese ambassador, who was in Madrid in August, said ties were good."))
        .isEmpty();
  }

  @Test
  void leadersWhoFlyInForAMeetingLandAtTheScene() {
    assertThat(mentions("2020-08-24", "Tinubu arrived in Accra on Saturday. The next day the presidents of Togo and "
        + "Benin flew in for talks with him."))
        .contains("TGO->GHA cooperation/visit 2020-08-23 day", "BEN->GHA cooperation/visit 2020-08-23 day");
  }

  @Test
  void aLeaderWhoFlewOnToAStateVisitedIt() {
    assertThat(mentions("2023-02-07", "Blinken met Senegal's president on Monday and flew on to Ivory Coast."))
        .contains("USA->CIV cooperation/visit 2023-02-06 day");
  }

  @Test
  void aFormerPresidentActsForNoState() {
    assertThat(mentions("2020-08-24", "Former Ghanaian President John Mahama arrived in Bamako on Saturday."))
        .isEmpty();
  }

  @Test
  void aCapitalStandingForItsGovernmentIsNoScene() {
    assertThat(mentions("2024-04-22", "Erdogan arrived in Baghdad on Monday. Baghdad has long accused Ankara of "
        + "cutting the flow of the Tigris. The Qatari and Emirati ministers flew in for the occasion."))
        .contains("QAT->IRQ cooperation/visit 2024-04-22 reported", "ARE->IRQ cooperation/visit 2024-04-22 reported")
        .noneMatch(m -> m.endsWith("TUR cooperation/visit 2024-04-22 reported") && !m.startsWith("TUR"));
  }

  @Test
  void aVisitorsCompanyEndsWithItsRelativeClause() {
    assertThat(mentions("2020-02-29", "The envoys signed the accord in Doha, as Secretary of State Mike Pompeo, who "
        + "had flown in for the ceremony, looked on alongside diplomats from Pakistan and Turkey."))
        .contains("USA->QAT cooperation/visit 2020-02-29 reported")
        .noneMatch(m -> m.startsWith("PAK->QAT") || m.startsWith("TUR->QAT"));
  }

  // ---------------------------------------------------------------- positions and partners

  @Test
  void adheringToAStatesPrincipleIsDiplomaticSupport() {
    assertThat(mentions("2024-03-01", "Zambia said it firmly adheres to the one-China principle."))
        .containsExactly("ZMB->CHN cooperation/diplomatic 2024-03-01 reported");
  }

  @Test
  void backingAStatesAutonomyPlanIsDiplomaticSupport() {
    assertThat(mentions("2024-03-01", "Ghana backed Morocco's autonomy plan in January."))
        .containsExactly("GHA->MAR cooperation/diplomatic 2024-01-01 month");
  }

  @Test
  void aStateNamedAsAnothersInvestorOrLenderIsItsEconomicPartner() {
    assertThat(mentions("2024-03-01", "Japan is Vietnam's largest investor."))
        .containsExactly("JPN->VNM cooperation/economic 2024-03-01 reported");
    assertThat(mentions("2024-03-01", "Germany has long been one of Niger's biggest donors."))
        .containsExactly("DEU->NER cooperation/economic 2024-03-01 reported");
  }

  @Test
  void investorsAndDonorsWithNoOwnerNameNoState() {
    assertThat(mentions("2024-03-01", "Investors in Kenya worry about the new tax.")).isEmpty();
    assertThat(mentions("2024-03-01", "The IMF and other lenders met in Washington.")).isEmpty();
    assertThat(mentions("2024-03-01", "Sweden is one of Mali's largest European donors."))
        .containsExactly("MLI->SWE cooperation/economic 2024-03-01 reported");
  }

  @Test
  void moneyLentOrBorrowedIsEconomicCooperation() {
    assertThat(mentions("2024-03-01", "China has lent Zambia more than $6 billion."))
        .containsExactly("CHN->ZMB cooperation/economic 2024-03-01 reported");
    assertThat(mentions("2024-03-01", "Laos borrowed heavily from China to build the railway."))
        .containsExactly("CHN->LAO cooperation/economic 2024-03-01 reported");
  }

  // ---------------------------------------------------------------- envoys at events, and dates past a name

  @Test
  void envoysPostedWhereAnEventIsHeldVisitNoOne() {
    assertThat(mentions("2024-09-04", "The French and Indian ambassadors to Kenya attended as observers.")).isEmpty();
  }

  @Test
  void aDatePastANamedAsideAndAnOccasionDatesTheAct() {
    assertThat(mentions("2024-08-07", "Guinea and Gabon signed a pact creating a federation, the Economic "
        + "Community of Central African States, at a summit in Libreville on July 6, and pledged to meet again."))
        .contains("GAB->GIN alliance/formation 2024-07-06 day");
  }

  @Test
  void aVisitToldInAWhoClauseIsOfTheMainClausesMoment() {
    assertThat(mentions("2024-02-22", "The pact was signed in Nairobi on Feb. 8 by the Kenyan minister and Somali "
        + "Defence Minister Abdulkadir Nur, who was received with honours during an official visit to the Kenyan "
        + "capital.")).contains("SOM->KEN cooperation/visit 2024-02-08 day");
  }

  @Test
  void troopsThatFlyOutOfAPlaceLeaveItsState() {
    assertThat(mentions("2023-12-17", "The last Burundian troops flew out of Goma on December 3."))
        .containsExactly("BDI->COD withdrawal/forces 2023-12-03 day");
  }

  @Test
  void ordersForAStatesWeaponsAreMilitaryCooperationWithIt() {
    assertThat(mentions("2025-05-09", "Romania has placed large orders for U.S. Abrams tanks."))
        .containsExactly("ROU->USA cooperation/military 2025-05-09 reported");
  }

  @Test
  void aClauseAfterAnAppositionKeepsTheSubjectOfItsWhenClause() {
    assertThat(mentions("2022-01-31", "Tensions between Chad and France, the former colonial power, escalated "
        + "Monday when Chad's junta gave the French ambassador 72 hours to leave the country."))
        .contains("TCD->FRA expulsion/diplomat 2022-01-31 day");
  }

  // ---------------------------------------------------------------- troops told to go as "them"

  @Test
  void troopsToldToGoAsThemAreExpelled() {
    assertThat(mentions("2024-01-10", "Italian troops left Chad in December, after N'Djamena ordered them to go."))
        .contains("TCD->ITA expulsion/forces 2024-01-10 reported");
    assertThat(mentions("2024-01-10", "US troops left in August after Bamako demanded their departure."))
        .contains("MLI->USA expulsion/forces 2024-01-10 reported");
  }

  @Test
  void diplomatsToldToGoAsThemAreNoTroops() {
    assertThat(mentions("2024-01-10", "Chad declared two Sudanese diplomats persona non grata and gave them 72 hours "
        + "to leave the country.")).containsExactly("TCD->SDN expulsion/diplomat 2024-01-10 reported");
  }

  @Test
  void havingExpelledTroopsIsNoHavingTroopsThere() {
    assertThat(mentions("2024-01-10", "Guinea's junta has expelled French troops since taking power in 2021."))
        .noneMatch(m -> m.contains("cooperation/military"));
    assertThat(mentions("2024-01-10", "Rwanda has deployed several thousand soldiers in Mozambique."))
        .containsExactly("MOZ->RWA cooperation/military 2024-01-10 reported");
  }

  @Test
  void troopsBroughtInAreMilitaryCooperation() {
    assertThat(mentions("2024-01-10", "Guinea has brought in Russian military instructors."))
        .containsExactly("GIN->RUS cooperation/military 2024-01-10 reported");
  }

  @Test
  void jointOperationsSuspendedAreAPartnershipSuspended() {
    assertThat(mentions("2021-08-21", "Paris suspended joint military operations with Chadian forces in June."))
        .containsExactly("FRA->TCD withdrawal/agreement 2021-06-01 month");
  }
}
