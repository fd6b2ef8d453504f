package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A list of places followed by a time phrase ("visited Kenya and Nigeria this week"); troops someone owns leave the
 * state after "from" ("the withdrawal of its troops from Niger"); a deadline inside an ultimatum ("until the end of
 * the year"); a withdrawal demanded of another state whatever the trigger's first reading; an act's noun as the
 * object ("granted Zambia a loan"); an envoy's state recalls him in the passive ("Algeria's ambassador to France was
 * recalled"); talks and cooperation suspended or halted; a bloc that welcomes a member; "the Russian-led CSTO";
 * soldiers who land; envoys "from" the states they serve; private people expelled; the presidents of several
 * states hosted; a long list after a noun act; what an infinitive after "agreed" names; borders that meet; a joint
 * exercise conducted by two states; the heads of state of a small bloc; "Its government" opening a sentence;
 * drills held with partners; military aid announced; a trading partner; a possible sale approved; "host" as a
 * title after a verb; a city that names the summit where leaders met; years of talks; a bridge inaugurated by two
 * presidents; "Sir Keir" and "President Suluhu"; weapons a state's forces rely on or operate. Every sentence is
 * written for this test.
 */
class DeadlinesDemandsAndEnvoysPostedTest {

  @Test
  void aTimePhraseAfterAListOfPlacesIsNoClauseOfItsOwn() {
    assertThat(mentions("2024-05-10", "Blinken visited Kenya and Nigeria this week."))
        .anyMatch(m -> m.startsWith("USA->KEN cooperation/visit"))
        .anyMatch(m -> m.startsWith("USA->NGA cooperation/visit"));
    assertThat(mentions("2024-05-10", "Blinken visited Kenya and Nigeria days later."))
        .anyMatch(m -> m.startsWith("USA->NGA cooperation/visit"));
  }

  @Test
  void troopsSomeoneOwnsLeaveTheStateAfterFrom() {
    assertThat(mentions("2024-05-10", "France announced the withdrawal of its troops from Niger on Friday."))
        .containsExactly("FRA->NER withdrawal/forces 2024-05-10 day");
    assertThat(mentions("2024-05-10", "France completed the pullout of its 1,500 soldiers from Niger on Friday."))
        .containsExactly("FRA->NER withdrawal/forces 2024-05-10 day");
  }

  @Test
  void aDeadlineTakesNoRoomInAnUltimatum() {
    assertThat(mentions("2024-05-10", "Niger's junta on Friday gave French troops until the end of the year to "
        + "leave.")).containsExactly("NER->FRA expulsion/forces 2024-05-10 day");
    assertThat(mentions("2024-05-10", "Niger on Friday gave the French ambassador until the end of the month to "
        + "leave the country.")).containsExactly("NER->FRA expulsion/diplomat 2024-05-10 day");
  }

  @Test
  void aWithdrawalDemandedOfAnotherStateIsAnExpulsionWhateverItsFirstReading() {
    // "pull * out of" reads first as leaving an organisation
    assertThat(mentions("2024-05-10", "Niger on Friday asked Washington to pull its soldiers out of the "
        + "country.")).containsExactly("NER->USA expulsion/forces 2024-05-10 day");
  }

  @Test
  void anAgreementAnotherStateIsAskedToLeaveIsNoAct() {
    assertThat(mentions("2024-05-10", "Mali urged Algeria to pull out of the accord.")).isEmpty();
    assertThat(mentions("2024-05-10", "Niger asked Washington to withdraw from the accord.")).isEmpty();
  }

  @Test
  void anActsNounMayBeTheObject() {
    assertThat(mentions("2024-05-10", "China on Friday granted Zambia a loan of $1 billion for a railway."))
        .containsExactly("CHN->ZMB cooperation/economic 2024-05-10 day");
  }

  @Test
  void anEnvoyRecalledInThePassiveIsRecalledByHisStateFromHisPost() {
    assertThat(mentions("2024-05-10", "Algeria's ambassador to France was recalled on Tuesday."))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-07 day");
    assertThat(mentions("2024-05-10", "The Algerian ambassador to Paris has been recalled for consultations."))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-10 reported");
  }

  @Test
  void talksAndCooperationSuspendedEndAPartnershipAndMeetNoOne() {
    assertThat(mentions("2024-05-10", "China suspended climate talks with the United States on Friday."))
        .containsExactly("CHN->USA withdrawal/agreement 2024-05-10 day");
    assertThat(mentions("2024-05-10", "Beijing said on Friday it was halting cooperation with Washington."))
        .containsExactly("CHN->USA withdrawal/agreement 2024-05-10 day");
  }

  @Test
  void aBlocThatWelcomesAStateAsAMemberAdmitsIt() {
    assertThat(mentions("2024-05-10", "NATO welcomed Sweden as its 32nd member on Thursday."))
        .containsExactly("SWE->NATO alliance/accession 2024-05-09 day");
  }

  @Test
  void aGuestWelcomedAsAFriendIsStillAGuest() {
    assertThat(mentions("2024-05-10", "Putin welcomed Xi to the Kremlin on Thursday."))
        .containsExactly("CHN->RUS cooperation/visit 2024-05-09 day");
  }

  @Test
  void theStateThatLeadsAnOrganisationIsNotTheOrganisation() {
    assertThat(mentions("2024-05-10", "Armenia froze its participation in the Russian-led CSTO on Friday."))
        .containsExactly("ARM->CSTO withdrawal/organization 2024-05-10 day");
  }

  @Test
  void soldiersWhoLandComeToHelpAndMinistersWhoLandVisit() {
    assertThat(mentions("2024-05-10", "A contingent of Russian soldiers landed in Ouagadougou on Thursday."))
        .containsExactly("BFA->RUS cooperation/military 2024-05-09 day");
    assertThat(mentions("2024-05-10", "The Russian foreign minister landed in Bamako on Thursday."))
        .containsExactly("RUS->MLI cooperation/visit 2024-05-09 day");
  }

  @Test
  void envoysFromAStateAreThatStates() {
    assertThat(mentions("2024-05-10", "Poland on Friday ordered the expulsion of diplomats from Belarus and "
        + "Russia.")).containsExactlyInAnyOrder("POL->BLR expulsion/diplomat 2024-05-10 day",
            "POL->RUS expulsion/diplomat 2024-05-10 day");
  }

  @Test
  void privatePeopleExpelledAreNoStatesEnvoys() {
    assertThat(mentions("2024-05-10", "A French journalist was expelled from Burkina Faso on Friday.")).isEmpty();
  }

  @Test
  void aCompanyNamedAfterItsStateIsNoPrivatePerson() {
    // "National" in a name is no national
    assertThat(mentions("2024-05-10", "Niger on Friday signed a deal with China National Petroleum Corp."))
        .containsExactly("CHN->NER cooperation/agreement 2024-05-10 day");
  }

  @Test
  void thePresidentsOfSeveralStatesHostedAreEachAGuest() {
    assertThat(mentions("2024-05-10", "Macron hosted the presidents of Mali and Chad in Paris on Monday."))
        .containsExactlyInAnyOrder("MLI->FRA cooperation/visit 2024-05-06 day",
            "TCD->FRA cooperation/visit 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Niger on Friday expelled the ambassadors of France and Germany."))
        .containsExactlyInAnyOrder("NER->FRA expulsion/diplomat 2024-05-10 day",
            "NER->DEU expulsion/diplomat 2024-05-10 day");
  }

  @Test
  void aLongListAfterANounActRunsToItsEnd() {
    assertThat(mentions("2020-01-13", "Macron spoke on Monday after talks in Paris with Mali's Ibrahim Boubacar "
        + "Keita, Burkina Faso's Roch Marc Christian Kabore, Niger's Mahamadou Issoufou, Chad's Idriss Deby and "
        + "Mauritania's Mohamed Ould Ghazouani.")).anyMatch(m -> m.startsWith("MRT->FRA cooperation/visit"))
        .hasSize(5);
  }

  @Test
  void whatTheInfinitiveAfterAnAgreementNamesIsNoSide() {
    assertThat(mentions("2020-01-13", "France and the G5 Sahel agreed on Monday to create a coalition that will "
        + "bring together the five countries.")).containsExactly("FRA->G5SAHEL cooperation/agreement 2020-01-13 day");
    assertThat(mentions("2020-01-13", "Kenya and Uganda agreed on Monday to cooperate with Tanzania."))
        .containsExactlyInAnyOrder("KEN->TZA cooperation/agreement 2020-01-13 day",
            "TZA->UGA cooperation/agreement 2020-01-13 day");
  }

  @Test
  void statesWhoseBordersMeetMeetNoOne() {
    assertThat(mentions("2020-01-13", "Attacks rose in the area where Mali, Niger and Burkina Faso meet."))
        .isEmpty();
    assertThat(mentions("2021-06-20", "The summit was held in Helsinki, where Biden and Putin met on Monday."))
        .containsExactlyInAnyOrder("USA->FIN cooperation/visit 2021-06-14 day",
            "RUS->FIN cooperation/visit 2021-06-14 day", "USA->RUS cooperation/visit 2021-06-14 day");
  }

  @Test
  void aJointExerciseConductedByTwoStatesIsTheirs() {
    assertThat(mentions("2024-07-08", "The pact will allow Japan to take part in the Balikatan military exercise "
        + "conducted by the Philippines and the United States.")).allMatch(m -> m.startsWith("PHL->USA"));
    // those who back a third party are not partners of each other
    assertThat(mentions("2019-12-06", "Hifter's forces, backed by Egypt, the United Arab Emirates and Russian "
        + "mercenaries, attacked Tripoli.")).isEmpty();
  }

  @Test
  void theHeadsOfStateOfASmallBlocAreThoseOfItsMembers() {
    assertThat(mentions("2021-04-23", "The heads of state of the G5 Sahel were in N'Djamena on Friday."))
        .containsExactlyInAnyOrder("MLI->TCD cooperation/visit 2021-04-23 day",
            "BFA->TCD cooperation/visit 2021-04-23 day", "NER->TCD cooperation/visit 2021-04-23 day",
            "MRT->TCD cooperation/visit 2021-04-23 day");
  }

  @Test
  void itsGovernmentOpeningASentenceIsThatOfTheStateTheSentenceBeforeActedAs() {
    assertThat(mentions("2024-12-10", "Chad ended its defence pact with France on Thursday. Its government then "
        + "asked the French troops to leave.")).anyMatch(m -> m.startsWith("TCD->FRA expulsion/forces"));
  }

  @Test
  void drillsHeldWithPartnersAreMilitaryCooperation() {
    assertThat(mentions("2023-03-01", "South Africa held naval drills with Russia and China off its east coast in "
        + "February.")).contains("RUS->ZAF cooperation/military 2023-02-01 month",
            "CHN->ZAF cooperation/military 2023-02-01 month");
    assertThat(mentions("2023-03-01", "Egyptian and Sudanese forces held joint air drills on Tuesday."))
        .containsExactly("EGY->SDN cooperation/military 2023-02-28 day");
  }

  @Test
  void militaryAidAnnouncedIsMilitaryCooperationAndAnAnnouncementIsNoWeapon() {
    assertThat(mentions("2024-05-10", "The United States announced $2 billion in new military aid for Ukraine on "
        + "Friday.")).containsExactly("UKR->USA cooperation/military 2024-05-10 day");
    assertThat(mentions("2025-04-08", "The Algerian Defense Ministry announced on Monday that the country's "
        + "airspace was closed to all aircraft flying to or from Mali.")).noneMatch(m -> m.contains("military"));
  }

  @Test
  void aTradingPartnerIsEconomicCooperationAndAnAllyStaysADescription() {
    assertThat(mentions("2024-05-10", "China is Kenya's largest trading partner."))
        .containsExactly("CHN->KEN cooperation/economic 2024-05-10 reported");
  }

  @Test
  void aPossibleSaleApprovedIsApproved() {
    assertThat(mentions("2024-05-10", "The State Department approved the possible sale of F-16 fighter jets to "
        + "Taiwan on Friday.")).containsExactly("TWN->USA cooperation/military 2024-05-10 day");
    assertThat(mentions("2024-05-10", "Ghana said joining the AES was not impossible.")).isEmpty();
  }

  @Test
  void hostBeforeANameAfterAVerbIsATitle() {
    assertThat(mentions("2024-07-09", "Lula joined host Santiago Pena at the summit in Asuncion on Monday."))
        .containsExactly("BRA->PRY cooperation/visit 2024-07-08 day");
    assertThat(mentions("2024-07-09", "Kenya will host Ethiopia's prime minister next week.")).isEmpty();
  }

  @Test
  void aCityThatNamesTheSummitIsWhereTheLeadersMet() {
    assertThat(mentions("2022-12-10", "Iraq's prime minister held talks with Xi on the sidelines of the Riyadh "
        + "summit on Friday.")).containsExactlyInAnyOrder("IRQ->SAU cooperation/visit 2022-12-09 day",
            "CHN->SAU cooperation/visit 2022-12-09 day");
    assertThat(mentions("2022-12-10", "Putin said the Astana talks had failed.")).isEmpty();
  }

  @Test
  void talksThatWentOnForYearsAreNoVisit() {
    assertThat(mentions("2025-05-20", "On 6 May, the UK and India concluded a free trade agreement after three years "
        + "of talks.")).containsExactly("GBR->IND cooperation/agreement 2025-05-06 day");
  }

  @Test
  void aBridgeTwoPresidentsInaugurateIsEconomicCooperationAndBuildingBridgesIsNot() {
    assertThat(mentions("2019-01-22", "Senegal's president and his Gambian counterpart on Monday inaugurated a "
        + "bridge over the Gambia River.")).containsExactly("GMB->SEN cooperation/economic 2019-01-21 day");
    assertThat(mentions("2019-01-22", "Senegal is trying to build bridges with Gambia.")).isEmpty();
  }

  @Test
  void britishPapersSirKeirIsTheBritishPrimeMinister() {
    assertThat(mentions("2025-05-20", "Sir Keir travelled to Albania on Thursday."))
        .containsExactly("GBR->ALB cooperation/visit 2025-05-15 day");
  }

  @Test
  void presidentSuluhuIsTanzaniasPresident() {
    assertThat(mentions("2021-05-05", "President Suluhu's first foreign trip was to Uganda last month."))
        .containsExactly("TZA->UGA cooperation/visit 2021-04-01 month");
  }

  @Test
  void weaponsAStateReliesOnOrOperatesTieItToTheirMaker() {
    assertThat(mentions("2024-05-10", "Colombia's armed forces rely on Israeli-made fighter jets."))
        .containsExactly("COL->ISR cooperation/military 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "Niger operates Turkish-made Bayraktar drones."))
        .containsExactly("NER->TUR cooperation/military 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "Niger operates a uranium mine near Arlit.")).isEmpty();
  }
}
