package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A state's speaker is where he speaks: "said in Rabat", "told reporters in Beijing", "speaking in Nairobi". The
 * last troops that left, withdrew or completed their withdrawal, named by "the last of which", "whose" or
 * "U.S.-led". The subject of a gerund after a preposition ("in return for Rabat normalising ties"); ambassadors
 * reappointed or returned to a post; a time phrase inside a pattern ("flew the same day to"); the Maldives' capital;
 * two participles of one phrase; diplomats' accreditation revoked; the state across a border; delegations sent to
 * the story's scene, and no scene in a state that owns the next noun; "host" as a title; private people go for
 * no state; leaving for and heading to a place; a mediator acting for an organisation; bases taken back; airspace
 * policed; weapons moved to a state; an accession to a bloc, a recall named by its noun, and acts named after
 * their obstruction; decrees signed alone; participles joined to a common noun by a hyphen; leaving an
 * organisation's joint force, not its summit; a relative clause after a role with its modifiers ("US climate
 * envoy John Kerry, who …"); "the People's Republic"; troops that served in a state. Every sentence is written for this test.
 */
class SpeakersAbroadAndLastTroopsTest {

  @Test
  void aMinisterWhoSaidSomethingInAForeignCapitalVisitedIt() {
    assertThat(mentions("2024-10-02", "Kenyan Foreign Minister Musalia Mudavadi said in Rabat on Monday that "
        + "Nairobi backed the plan.")).contains("KEN->MAR cooperation/visit 2024-09-30 day");
    assertThat(mentions("2024-10-02", "Italian Foreign Minister Antonio Tajani told reporters in Cairo after "
        + "talks with his Egyptian counterpart that aid would rise.")).contains("ITA->EGY cooperation/visit "
        + "2024-10-02 reported");
    assertThat(mentions("2024-10-02", "Japan's defence minister told a news conference in Manila on Tuesday that "
        + "the drills would go on.")).contains("JPN->PHL cooperation/visit 2024-10-01 day");
    assertThat(mentions("2024-10-02", "Speaking in Nairobi on Tuesday, U.S. Secretary of State Antony Blinken "
        + "praised the reforms.")).contains("USA->KEN cooperation/visit 2024-10-01 day");
    assertThat(mentions("2024-10-02", "The Indian defence minister announced in Hanoi on Tuesday a new credit "
        + "line.")).contains("IND->VNM cooperation/visit 2024-10-01 day");
  }

  @Test
  void aSpeakerAtHomeVisitsNoOne() {
    assertThat(mentions("2024-10-02", "Russian Foreign Minister Sergei Lavrov said in Moscow on Monday that the "
        + "talks were useful.")).isEmpty();
  }

  @Test
  void envoysEmbassiesAndOrganisationsSpeakWhereTheySit() {
    assertThat(mentions("2024-10-02", "The French ambassador said in Bamako on Monday that the school would "
        + "reopen.")).isEmpty();
    assertThat(mentions("2024-10-02", "The Chinese embassy said in Nairobi on Monday that the loan was on "
        + "track.")).isEmpty();
    assertThat(mentions("2024-10-02", "An ECOWAS official said in Abuja on Monday that the summit was "
        + "postponed.")).isEmpty();
  }

  @Test
  void aLanguageAMonthOrAStatementIsNoPlace() {
    assertThat(mentions("2024-10-02", "Chinese President Xi Jinping, speaking in French to students, praised the "
        + "university.")).isEmpty();
    assertThat(mentions("2024-10-02", "The Kenyan president said in April that the plan was sound.")).isEmpty();
    assertThat(mentions("2024-10-02", "Ghana said in a statement on Monday that the talks would resume."))
        .isEmpty();
  }

  @Test
  void whatIsSaidAfterTheVerbKeepsItsOwnAct() {
    // "said they stood in" is no place of saying: the act inside the report stays
    assertThat(mentions("2024-10-02", "Mali and Burkina Faso said they stood in solidarity with Niger on "
        + "Monday.")).contains("MLI->NER cooperation/diplomatic 2024-09-30 day");
    // "announced in a joint statement on Saturday" dates the withdrawal it reports
    assertThat(mentions("2023-12-03", "Burkina Faso and Niger have withdrawn from the G5 Sahel, the two "
        + "governments announced in a joint statement on Saturday.")).contains("BFA->G5SAHEL "
        + "withdrawal/organization 2023-12-02 day");
  }

  // ---------------------------------------------------------------- the last troops

  @Test
  void thePartOfATroopsGroupBeforeOfWhichIsOfTheTroops() {
    assertThat(mentions("2024-06-01", "Chad's junta asked the French to go after the vote. French troops, the "
        + "last of which left in January, had been based in N'Djamena."))
        .contains("FRA->TCD withdrawal/forces 2024-01-01 month");
  }

  @Test
  void troopsThatWithdrewWithNoPlaceLeftTheStateTheyWereIn() {
    assertThat(mentions("2024-06-01", "Burkina Faso's junta asked France to leave. France, whose last troops "
        + "withdrew in February 2023, still has an embassy in Ouagadougou."))
        .contains("FRA->BFA withdrawal/forces 2023-02-01 month");
    assertThat(mentions("2024-06-01", "Chad's president ordered French troops out in November. The French "
        + "soldiers completed their withdrawal on Thursday.")).contains("FRA->TCD withdrawal/forces 2024-05-30 day");
  }

  @Test
  void troopsNamedByTheirStateRightBeforeTheVerbAreThatStates() {
    assertThat(mentions("2024-06-01", "The militants took the capital in 2014 as U.S.-led forces completed their "
        + "withdrawal from Iraq.")).containsExactly("USA->IRQ withdrawal/forces 2014-01-01 year");
  }

  @Test
  void aForceToBeWithdrawnLaterHasNotWithdrawn() {
    assertThat(mentions("2024-06-01", "The regional bloc decided on Monday to end the mandate of its force in "
        + "Mozambique and to withdraw it in phases.")).noneMatch(m -> m.contains("withdrawal/forces"));
  }

  @Test
  void paramilitariesAreTroops() {
    assertThat(mentions("2024-06-01", "Mali has brought in Russian paramilitaries to fight the insurgents."))
        .containsExactly("MLI->RUS cooperation/military 2024-06-01 reported");
  }

  // ---------------------------------------------------------------- gerunds and envoys back at their posts

  @Test
  void aPartyRightBeforeAGerundAfterAPrepositionIsItsSubject() {
    assertThat(mentions("2024-06-01", "Washington agreed to lift the sanctions in return for Khartoum "
        + "normalising relations with Israel.")).contains("SDN->ISR cooperation/diplomatic 2024-06-01 reported")
        .noneMatch(m -> m.startsWith("USA->ISR"));
  }

  @Test
  void anAmbassadorReappointedOrReturnedToAPostIsDiplomaticCooperation() {
    assertThat(mentions("2024-06-01", "Bahrain reappointed an ambassador to Doha on Monday."))
        .containsExactly("BHR->QAT cooperation/diplomatic 2024-05-27 day");
    assertThat(mentions("2024-06-01", "Rabat returned its ambassador to Berlin in March."))
        .containsExactly("MAR->DEU cooperation/diplomatic 2024-03-01 month");
    assertThat(mentions("2024-06-01", "The U.S. returned the envoy's passport to Moscow.")).isEmpty();
  }

  // ---------------------------------------------------------------- gaps, capitals and participles

  @Test
  void aTimePhraseTakesNoRoomInAPattern() {
    assertThat(mentions("2024-06-01", "The Turkish foreign minister flew the next morning to Accra."))
        .containsExactly("TUR->GHA cooperation/visit 2024-06-01 reported");
  }

  @Test
  void maleIsTheMaldivesCapital() {
    assertThat(mentions("2024-06-01", "The Chinese foreign minister visited Male in March."))
        .containsExactly("CHN->MDV cooperation/visit 2024-03-01 month");
  }

  @Test
  void twoParticiplesOfOnePhraseAreTwoActsOfItsSubject() {
    assertThat(mentions("2024-06-01", "Latvia acted first, expelling the Belarusian ambassador and recalling its "
        + "own envoy from Minsk.")).containsExactly("LVA->BLR expulsion/diplomat 2024-06-01 reported",
            "LVA->BLR withdrawal/relations 2024-06-01 reported");
  }

  @Test
  void aParticipleThatRestatesTheMainActAddsNone() {
    assertThat(mentions("2024-06-01", "Mali expelled the French ambassador, ending years of close ties with "
        + "France.")).containsExactly("MLI->FRA expulsion/diplomat 2024-06-01 reported");
  }

  @Test
  void diplomatsWhoseAccreditationIsRevokedAreExpelled() {
    assertThat(mentions("2024-06-01", "Lima revoked the accreditation of two Venezuelan diplomats in May."))
        .containsExactly("PER->VEN expulsion/diplomat 2024-05-01 month");
    assertThat(mentions("2024-06-01", "Moscow revoked the accreditation of two German journalists.")).isEmpty();
  }

  @Test
  void theStateAcrossABorderIsNoPartner() {
    assertThat(mentions("2024-06-01", "Algeria deployed troops along its border with Mali in March.")).isEmpty();
    assertThat(mentions("2024-06-01", "Russia massed tanks near the frontier with Ukraine.")).isEmpty();
    // the state whose border it is hosts the troops
    assertThat(mentions("2024-06-01", "France deployed troops to Niger's border with Mali."))
        .containsExactly("FRA->NER cooperation/military 2024-06-01 reported");
  }

  // ---------------------------------------------------------------- delegations sent to the scene

  @Test
  void delegationsSentWithNoPlaceGoToTheStorysScene() {
    assertThat(mentions("2024-06-01", "The new president was sworn in at a stadium in Accra on Saturday. Egypt "
        + "and Turkey sent delegations.")).contains("EGY->GHA cooperation/visit 2024-06-01 reported",
            "TUR->GHA cooperation/visit 2024-06-01 reported");
    // rescue teams are no envoys
    assertThat(mentions("2024-06-01", "The earthquake struck near Marrakech on Friday. Spain and Qatar sent "
        + "rescue teams.")).isEmpty();
  }

  @Test
  void aStateThatOwnsTheNextNounSetsNoScene() {
    assertThat(mentions("2024-06-01", "The summit opened in Accra on Saturday. The chair passed to Senegal's "
        + "president. Egypt and Turkey sent delegations.")).contains("EGY->GHA cooperation/visit 2024-06-01 "
        + "reported").noneMatch(m -> m.contains("->SEN cooperation/visit"));
  }

  @Test
  void hostBeforeANameInAListIsATitle() {
    assertThat(mentions("2024-06-01", "Ghana's president, Togo's president and host Bola Tinubu held talks in "
        + "Abuja on Monday.")).noneMatch(m -> m.startsWith("NGA->"));
  }

  @Test
  void privatePeopleGoForNoState() {
    assertThat(mentions("2024-06-01", "Chad hosts about 600,000 Sudanese refugees.")).isEmpty();
    assertThat(mentions("2024-06-01", "Nigerian students arrived in Accra on Monday.")).isEmpty();
  }

  // ---------------------------------------------------------------- leaving for a place, acting for a bloc

  @Test
  void leavingForOrHeadingToAPlaceIsAVisit() {
    assertThat(mentions("2024-06-05", "Zambia's president left for Beijing on Tuesday."))
        .containsExactly("ZMB->CHN cooperation/visit 2024-06-04 day");
    assertThat(mentions("2024-06-05", "The Malian prime minister headed to Moscow on Tuesday."))
        .containsExactly("MLI->RUS cooperation/visit 2024-06-04 day");
  }

  @Test
  void troopsThatLeftForAStateWentThere() {
    assertThat(mentions("2024-06-05", "Turkish troops left for Somalia in March."))
        .containsExactly("SOM->TUR cooperation/military 2024-03-01 month");
    // the place between "left" and "for" is the one left
    assertThat(mentions("2024-06-05", "French troops left Mali for Niger in 2022."))
        .contains("FRA->MLI withdrawal/forces 2022-01-01 year");
  }

  @Test
  void aFormerLeaderWhoMediatesForAnOrganisationActsForIt() {
    assertThat(mentions("2024-06-05", "Former Kenyan President Uhuru Kenyatta, who leads the mediation for the "
        + "African Union, arrived in Addis Ababa on Tuesday.")).containsExactly("AU->ETH cooperation/visit "
        + "2024-06-04 day");
  }

  // ---------------------------------------------------------------- bases, airspace and batteries

  @Test
  void aBaseTakenBackIsItsOwnersWithdrawal() {
    assertThat(mentions("2024-06-05", "Senegal took back control of the French military base in Ouakam on "
        + "Tuesday.")).containsExactly("FRA->SEN withdrawal/forces 2024-06-04 day");
    assertThat(mentions("2024-06-05", "Gabon regained control of the French base on Tuesday."))
        .containsExactly("FRA->GAB withdrawal/forces 2024-06-04 day");
    // a town taken back from rebels is no state's withdrawal
    assertThat(mentions("2024-06-05", "Mali's army took back control of Kidal from the rebels in November."))
        .isEmpty();
  }

  @Test
  void policingAStatesAirspaceIsMilitaryCooperation() {
    assertThat(mentions("2024-06-05", "Italian jets policed Slovenian airspace in March."))
        .containsExactly("ITA->SVN cooperation/military 2024-03-01 month");
  }

  @Test
  void weaponsMovedToAStateAreMilitaryCooperation() {
    assertThat(mentions("2024-06-05", "The Netherlands moved a Patriot battery to Romania in January."))
        .containsExactly("NLD->ROU cooperation/military 2024-01-01 month");
    assertThat(mentions("2024-06-05", "Russia moved missile batteries to the border with Finland.")).isEmpty();
  }

  // ---------------------------------------------------------------- nouns of acts

  @Test
  void anAccessionToABlocIsAnAccession() {
    assertThat(mentions("2024-06-05", "Finland completed its accession to NATO on Tuesday."))
        .containsExactly("FIN->NATO alliance/accession 2024-06-04 day");
  }

  @Test
  void anActNamedAfterItsObstructionDidNotHappen() {
    assertThat(mentions("2024-06-05", "Hungary delayed Sweden's accession to NATO.")).isEmpty();
    assertThat(mentions("2024-06-05", "Turkey blocked Sweden's accession to NATO for months.")).isEmpty();
  }

  @Test
  void aRecallNamedByItsNounIsARecall() {
    assertThat(mentions("2024-06-05", "Kenya's recall of its ambassador from Iran on Tuesday surprised Tehran."))
        .containsExactly("KEN->IRN withdrawal/relations 2024-06-04 day");
  }

  @Test
  void aDecreeSignedAloneBindsNoPartner() {
    assertThat(mentions("2025-06-06", "U.S. President Donald Trump signed a proclamation on Wednesday barring "
        + "entry to citizens of Iran, Libya and Yemen.")).isEmpty();
    assertThat(mentions("2025-06-06", "Russian President Vladimir Putin signed a decree on May 10 lifting a ban on "
        + "flights to Georgia.")).isEmpty();
    assertThat(mentions("2025-06-06", "Chad and Sudan signed a security agreement on Wednesday."))
        .containsExactly("SDN->TCD cooperation/agreement 2025-06-04 day");
  }

  @Test
  void aParticipleJoinedToACommonNounIsAnAdjective() {
    assertThat(mentions("2025-06-06", "The UN Security Council ended the Sudan mission at the army-backed "
        + "government's request.")).noneMatch(m -> m.contains("diplomatic"));
  }

  // ---------------------------------------------------------------- organisations left

  @Test
  void leavingAnOrganisationsJointForceLeavesTheOrganisation() {
    assertThat(mentions("2025-04-01", "Niger withdrew from the Multinational Joint Task Force in March."))
        .containsExactly("NER->MNJTF withdrawal/organization 2025-03-01 month");
    assertThat(mentions("2025-04-01", "Kiribati pulled out of the Pacific Islands Forum in March."))
        .containsExactly("KIR->PIF withdrawal/organization 2025-03-01 month");
  }

  @Test
  void leavingAnOrganisationsSummitIsNotLeavingIt() {
    assertThat(mentions("2025-04-01", "Poland pulled out of a summit of the Visegrad Group in March.")).isEmpty();
  }

  @Test
  void aRelativeClauseAfterAModifiedRoleIsOfTheRolesState() {
    assertThat(mentions("2021-11-23", "US climate envoy John Kerry, who travelled to the UAE for the ceremony, "
        + "praised the deal.")).containsExactly("USA->ARE cooperation/visit 2021-11-23 reported");
  }

  @Test
  void thePeoplesRepublicIsChina() {
    assertThat(mentions("2024-06-05", "Senegal restored ties with the People's Republic in October 2005."))
        .containsExactly("SEN->CHN cooperation/diplomatic 2005-10-01 month");
    assertThat(mentions("2024-06-05", "The Lao People's Democratic Republic signed a deal with Vietnam."))
        .containsExactly("LAO->VNM cooperation/agreement 2024-06-05 reported");
  }

  @Test
  void troopsThatServedInAStateAreMilitaryCooperation() {
    assertThat(mentions("2024-06-05", "Kenyan soldiers served in Somalia in 2012."))
        .containsExactly("KEN->SOM cooperation/military 2012-01-01 year");
  }
}
