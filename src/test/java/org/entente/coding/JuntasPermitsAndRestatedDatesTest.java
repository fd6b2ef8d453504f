package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "The junta" of a story that never says whose, "the generals", permits withdrawn from a foreign company, the
 * opening of an embassy, hosts of counterparts "from" several states, objects named after "including", supplies
 * of energy and goods and supplies stopped, gaps that run into a relative clause, and the date of an act that the
 * sentence before told without its parties, or that happened "at the time". Every sentence is written for this
 * test.
 */
class JuntasPermitsAndRestatedDatesTest {

  // ---------------------------------------------------------------- whose junta

  @Test
  void theJuntaOfAStoryAboutAnotherStateIsTheOneSoldiersRule() {
    assertThat(mentions("2025-03-10", "Russia and Mali signed a deal on a gold refinery in Moscow. Russia will "
        + "own most of it, Russian officials said, and Russia will train the staff. The junta expelled the French "
        + "ambassador in 2022."))
        .contains("MLI->FRA expulsion/diplomat 2022-01-01 year")
        .noneMatch(m -> m.startsWith("RUS->FRA"));
  }

  @Test
  void beforeItsCoupAStateHasNoJuntaToLendTheWord() {
    assertThat(mentions("2019-03-10", "Russia and Mali signed a deal on a gold refinery in Moscow. Russia will "
        + "own most of it, Russian officials said, and Russia will train the staff. The junta expelled the French "
        + "ambassador."))
        .noneMatch(m -> m.startsWith("MLI->FRA"));
  }

  @Test
  void theGeneralsOfACoupStoryAreItsJunta() {
    assertThat(mentions("2024-02-10", "Burkina Faso's junta has turned to Moscow. The generals have also torn up "
        + "the defence accords with Paris."))
        .contains("BFA->FRA withdrawal/agreement 2024-02-10 reported");
  }

  // ---------------------------------------------------------------- permits, embassies, hosts

  @Test
  void aPermitWithdrawnFromAForeignCompanyEndsItsPresence() {
    assertThat(mentions("2024-06-21", "Niger's authorities on Thursday withdrew the mining permit of French group "
        + "Orano."))
        .containsExactly("NER->FRA expulsion/mission 2024-06-20 day");
  }

  @Test
  void theOpeningOfAnEmbassyIsADiplomaticStepTowardItsHost() {
    assertThat(mentions("2024-05-02", "Ghana announced the opening of an embassy in Ouagadougou."))
        .containsExactly("GHA->BFA cooperation/diplomatic 2024-05-02 reported");
    assertThat(mentions("2024-05-02", "Bahrain marked the reopening of its embassy in Doha on Sunday."))
        .contains("BHR->QAT cooperation/diplomatic 2024-04-28 day");
  }

  @Test
  void theOpeningOfABorderIsNoEmbassy() {
    assertThat(mentions("2024-05-02", "The opening of the border between Benin and Niger was delayed again."))
        .noneMatch(m -> m.contains("cooperation/diplomatic"));
  }

  @Test
  void aHostOfCounterpartsFromSeveralStatesReceivesEach() {
    assertThat(mentions("2024-03-12", "Wang Yi hosted his counterparts from Laos and Cambodia in Beijing on "
        + "Monday."))
        .contains("LAO->CHN cooperation/visit 2024-03-11 day", "KHM->CHN cooperation/visit 2024-03-11 day");
  }

  @Test
  void anObjectNamedAfterIncludingIsTheActsTarget() {
    assertThat(mentions("2024-08-02", "Managua expelled the ambassadors of four European states, including "
        + "Germany, on Wednesday."))
        .contains("NIC->DEU expulsion/diplomat 2024-07-31 day");
  }

  // ---------------------------------------------------------------- supplies

  @Test
  void suppliesOfEnergyAndGoodsAreEconomicCooperation() {
    assertThat(mentions("2024-02-01", "Algeria began pumping gas to Tunisia in 2019."))
        .containsExactly("DZA->TUN cooperation/economic 2019-01-01 year");
    assertThat(mentions("2024-02-01", "Kazakhstan supplied wheat to Afghanistan last month."))
        .containsExactly("AFG->KAZ cooperation/economic 2024-01-01 month");
    assertThat(mentions("2024-02-01", "The presidents of Kenya and Ethiopia inaugurated a power plant on Friday."))
        .containsExactly("ETH->KEN cooperation/economic 2024-01-26 day");
  }

  @Test
  void aSupplyStoppedIsNoCooperation() {
    assertThat(mentions("2024-02-01", "Algeria stopped pumping gas to Morocco in 2021."))
        .noneMatch(m -> m.contains("cooperation/economic"));
  }

  // ---------------------------------------------------------------- gaps

  @Test
  void aGapDoesNotRunIntoARelativeClause() {
    assertThat(mentions("2024-04-12", "Chad's junta has expelled French troops, whose last units left in "
        + "January."))
        .contains("TCD->FRA expulsion/forces 2024-04-12 reported")
        .noneMatch(m -> m.contains("cooperation/military"));
  }

  // ---------------------------------------------------------------- dates told before

  @Test
  void anActTheSentenceBeforeDatedWithoutItsPartiesTakesThatDate() {
    // (a sentence that names no party is read only after one that does)
    assertThat(mentions("2021-04-22", "Moscow's spies are under pressure in Europe. The move follows a wave of "
        + "expulsions last week. Warsaw ordered 45 Russian diplomats out, and Prague expelled 18."))
        .contains("POL->RUS expulsion/diplomat 2021-04-01 month", "CZE->RUS expulsion/diplomat 2021-04-01 month");
  }

  @Test
  void anUnnamedActOfAnotherParagraphOrKindLendsNoDate() {
    assertThat(mentions("2021-04-22", "Moscow's spies are under pressure in Europe. The move follows a wave of "
        + "expulsions last week.\n\nWarsaw ordered 45 Russian diplomats out."))
        .contains("POL->RUS expulsion/diplomat 2021-04-22 reported");
    assertThat(mentions("2021-04-22", "Moscow's spies are under pressure in Europe. The move follows a wave of "
        + "expulsions last week. Warsaw signed a trade deal with Kyiv."))
        .contains("POL->UKR cooperation/agreement 2021-04-22 reported");
  }

  @Test
  void atTheTimeIsTheTimeTheSentenceBeforeGave() {
    assertThat(mentions("2022-08-21", "Protesters stormed the Saudi embassy in Tehran in January 2016. Bahrain "
        + "severed relations with Iran at the time."))
        .contains("BHR->IRN withdrawal/relations 2016-01-01 month");
  }

  @Test
  void atTheTimeOfAnEventIsNoBorrowedDate() {
    assertThat(mentions("2022-08-21", "Protesters stormed the Saudi embassy in Tehran in January 2016. Bahrain "
        + "severed relations with Iran at the time of the Gulf crisis."))
        .contains("BHR->IRN withdrawal/relations 2022-08-21 reported");
  }

  // ---------------------------------------------------------------- groups, asides and relative clauses

  @Test
  void allThreeAreTheThreeStatesNamedTogether() {
    assertThat(mentions("2025-01-22", "Guinea, Gabon and Chad have drifted from Paris since 2022. All three have "
        + "severed long-standing military ties with France."))
        .contains("GIN->FRA withdrawal/agreement 2025-01-22 reported", "GAB->FRA withdrawal/agreement 2025-01-22 "
            + "reported", "TCD->FRA withdrawal/agreement 2025-01-22 reported");
  }

  @Test
  void militaryTiesCutEndAPartnershipNotDiplomacy() {
    assertThat(mentions("2025-01-22", "Chad cut its defence ties with France in November."))
        .containsExactly("TCD->FRA withdrawal/agreement 2024-11-01 month");
    assertThat(mentions("2025-01-22", "Chad cut diplomatic ties with Qatar in 2017."))
        .containsExactly("TCD->QAT withdrawal/relations 2017-01-01 year");
  }

  @Test
  void anAsideBetweenAVerbAndItsObjectLeavesTheObjectTheVerbs() {
    assertThat(mentions("2024-04-12", "Chad's government revoked, \"with immediate effect,\" the defence "
        + "accord with France."))
        .containsExactly("TCD->FRA withdrawal/agreement 2024-04-12 reported");
    assertThat(mentions("2024-04-12", "Bolivia expelled, on Tuesday, the Israeli ambassador."))
        .containsExactly("BOL->ISR expulsion/diplomat 2024-04-09 day");
  }

  @Test
  void anAsideAfterTheObjectIsNoAsideBeforeOne() {
    assertThat(mentions("2024-04-12", "Mali left ECOWAS, with immediate effect, the junta said."))
        .containsExactly("MLI->ECOWAS withdrawal/organization 2024-04-12 reported");
  }

  @Test
  void whoAfterANamedEnvoyIsTheEnvoyAndHadBeforeBeenIsAnAuxiliary() {
    assertThat(mentions("2023-10-11", "Gabon's junta tightened its grip. The French ambassador, Sylvain Itte, who "
        + "had been told to leave in August, flew home in September."))
        .contains("GAB->FRA expulsion/diplomat 2023-08-01 month");
  }

  @Test
  void troopsThatLeftAfterTheirExpulsionLeftTheStateThatExpelledThem() {
    assertThat(mentions("2024-04-12", "Russian instructors arrived in Bamako on Wednesday, Russian officials said. "
        + "Mali's junta has expelled French forces, whose last soldiers left in August 2022."))
        .contains("FRA->MLI withdrawal/forces 2022-08-01 month")
        .noneMatch(m -> m.startsWith("FRA->RUS"));
  }

  @Test
  void itInALaterConjunctIsTheRulersWhoOpenedTheSentence() {
    assertThat(mentions("2024-06-21", "France then closed its embassy in Bamako. Mali's junta has since moved "
        + "closer to Russia, and in March it ended the accord that allowed German troops to be stationed there."))
        .contains("MLI->DEU withdrawal/agreement 2024-03-01 month")
        .noneMatch(m -> m.startsWith("FRA->DEU"));
  }

  @Test
  void troopsNamedBareAreThoseOfTheOneStateTheSentenceBeforeNamed() {
    assertThat(mentions("2023-12-09", "France is due to complete the pull-out of its troops by December 22. Niger's "
        + "junta ordered the soldiers out after the coup and denounced the accords that had allowed them to fight "
        + "jihadists."))
        .contains("NER->FRA expulsion/forces 2023-12-09 reported", "NER->FRA withdrawal/agreement 2023-12-09 reported");
  }

  @Test
  void troopsNamedBareAfterTwoStatesBelongToNeither() {
    assertThat(mentions("2023-12-09", "France and Germany trained Niger's army. Niger's junta ordered the soldiers "
        + "out after the coup."))
        .noneMatch(m -> m.contains("expulsion/forces"));
  }

  @Test
  void theJuntasOfAStoryAreTheStatesSoldiersRuleThatItNames() {
    assertThat(mentions("2025-01-22", "Mali, Burkina Faso and Niger left ECOWAS this month.\n\nThe juntas, which "
        + "seized power in a series of coups, last July turned their alliance into a confederation."))
        .contains("BFA->MLI alliance/formation 2024-07-01 month", "MLI->NER alliance/formation 2024-07-01 month",
            "BFA->NER alliance/formation 2024-07-01 month");
  }

  @Test
  void aPactSignedBeforeASummitWasNotSignedWhereTheSummitMet() {
    assertThat(mentions("2025-01-22", "Mali, Burkina Faso and Niger signed a defence pact in September 2023 and "
        + "last July formed a confederation at a summit in Niamey."))
        .noneMatch(m -> m.endsWith("2023-09-01 month") && m.contains("cooperation/visit"));
  }

  // ---------------------------------------------------------------- demands and missions ended

  @Test
  void aDemandWithADateBeforeItsThatIsAnExpulsion() {
    assertThat(mentions("2024-07-20", "Chad's president demanded late last year that France withdraw its troops."))
        .containsExactly("TCD->FRA expulsion/forces 2023-01-01 year");
  }

  @Test
  void endingOnesOwnMissionInAPlaceIsAWithdrawalFromIt() {
    assertThat(mentions("2024-07-20", "The East African Community ended its military mission in Somalia on "
        + "Monday."))
        .containsExactly("EAC->SOM withdrawal/forces 2024-07-15 day");
  }

  @Test
  void endingAMissionNamedAsAnotherPartysIsStillAnExpulsion() {
    assertThat(mentions("2024-07-20", "Mali's junta ended the UN mission on Monday."))
        .contains("MLI->UN expulsion/mission 2024-07-15 day");
  }

  // ---------------------------------------------------------------- relations broken, bids backed, summits hosted

  @Test
  void relationsBrokenAreCutWithoutOff() {
    assertThat(mentions("2025-02-04", "Panama broke diplomatic relations with Taiwan in June 2017."))
        .containsExactly("PAN->TWN withdrawal/relations 2017-06-01 month");
  }

  @Test
  void aWishToJoinBackedIsDiplomaticSupport() {
    assertThat(mentions("2025-02-04", "Beijing supported Indonesia's wish to join, officials said."))
        .containsExactly("CHN->IDN cooperation/diplomatic 2025-02-04 reported");
  }

  @Test
  void leadersJoinedAtASummitHostedByAnotherAreItsGuestsToo() {
    assertThat(mentions("2024-11-28", "On Thursday, Lula joined the leaders of Chile and Peru at the summit hosted "
        + "by Milei."))
        .contains("BRA->ARG cooperation/visit 2024-11-28 day", "CHL->ARG cooperation/visit 2024-11-28 day",
            "PER->ARG cooperation/visit 2024-11-28 day");
  }

  @Test
  void aGuestOfAHostedVisitBringsNoFellowGuestsWithoutAMeetingNoun() {
    assertThat(mentions("2024-11-28", "Lula, flanked by Chile's ambassador, was received by Milei on Thursday."))
        .noneMatch(m -> m.startsWith("CHL->"));
  }

  @Test
  void aVisitWhichEndedOnADayIsDatedByIt() {
    assertThat(mentions("2024-08-23", "Scholz's two-day visit to Ankara, which ended on Thursday, was his first."))
        .containsExactly("DEU->TUR cooperation/visit 2024-08-22 day");
    assertThat(mentions("2024-08-23", "Scholz's visit to Ankara, which critics opposed on Thursday, was his first."))
        .containsExactly("DEU->TUR cooperation/visit 2024-08-23 reported");
  }

  @Test
  void aJourneyAbroadIsAVisit() {
    assertThat(mentions("2024-08-23", "Lula began a journey to Angola on Wednesday."))
        .containsExactly("BRA->AGO cooperation/visit 2024-08-21 day");
  }

  @Test
  void troopsPostedInAStateAreWithIt() {
    assertThat(mentions("2024-04-12", "About 800 Turkish troops are stationed in Somalia."))
        .containsExactly("SOM->TUR cooperation/military 2024-04-12 reported");
    assertThat(mentions("2024-04-12", "Chad has turned to Moscow, like neighbouring Sudan and Libya, where Russian "
        + "mercenaries are already deployed."))
        // (an undirected pair, in either order)
        .anyMatch(m -> m.matches("(SDN->RUS|RUS->SDN) cooperation/military .*"))
        .anyMatch(m -> m.matches("(LBY->RUS|RUS->LBY) cooperation/military .*"));
  }

  @Test
  void somethingDeployedInARegionIsWithNoOne() {
    assertThat(mentions("2024-04-12", "Mali's drones were deployed in the north."))
        .noneMatch(m -> m.contains("cooperation/military"));
  }

  @Test
  void aWithdrawalFromAStateIsOfForcesAndFromABlocOfMembership() {
    assertThat(mentions("2023-08-20", "British troops completed their withdrawal from Mali in August."))
        .containsExactly("GBR->MLI withdrawal/forces 2023-08-01 month");
    assertThat(mentions("2023-08-20", "Burkina Faso announced its withdrawal from ECOWAS."))
        .containsExactly("BFA->ECOWAS withdrawal/organization 2023-08-20 reported");
  }

  @Test
  void troopsFromAStateNamedAfterThemAreItsTroops() {
    assertThat(mentions("2023-08-20", "Troops from neighbouring Rwanda fought alongside Mozambican forces in Cabo "
        + "Delgado."))
        .anyMatch(m -> m.matches("(RWA->MOZ|MOZ->RWA) cooperation/military .*"));
    assertThat(mentions("2023-08-20", "French troops from Mali fought alongside Nigerien forces."))
        .noneMatch(m -> m.contains("MLI"));
  }

  @Test
  void itsNeighbourIsTheOtherStateLastNamed() {
    assertThat(mentions("2022-08-20", "Algeria accused Morocco of hostile acts. Algeria severed diplomatic ties "
        + "with its neighbour in August last year."))
        .contains("DZA->MAR withdrawal/relations 2021-08-01 month");
  }

  @Test
  void thosePresentAtASigningInAnotherStatesCityWentThere() {
    assertThat(mentions("2023-09-23", "The memorandum was signed in Rabat on July 16 in the presence of Spanish "
        + "Prime Minister Pedro Sanchez and Italian Prime Minister Giorgia Meloni."))
        .contains("ESP->MAR cooperation/visit 2023-07-16 day", "ITA->MAR cooperation/visit 2023-07-16 day");
  }

  @Test
  void aWitnessOfASigningIsNoSignatory() {
    assertThat(mentions("2023-09-23", "Chad and Sudan signed the deal in the presence of Qatari officials."))
        .containsExactly("SDN->TCD cooperation/agreement 2023-09-23 reported");
  }
}
