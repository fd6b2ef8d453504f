package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Reactions to an act told before, the state a ruler's adjective names, pairs of states acting against the state
 * a story is about, internal meetings, trips ahead, things welcomed that are no guests, passives joined by "and",
 * clauses told to someone and places with a direction. Every sentence is written for this test.
 */
class ReactionsRulersAndItinerariesTest {

  private static final String ABOUT_PERU = "Peru expelled Bolivia's ambassador on Monday. Peru said the envoy had "
      + "meddled. Peru's president defended the decision, and Peru's congress backed it. ";

  @Test
  void aStateReactingToAnActNamedAsANounDidNotDoIt() {
    assertThat(mentions("2024-03-06", ABOUT_PERU + "Chile condemned the expulsion on Tuesday."))
        .noneMatch(m -> m.startsWith("CHL->"));
    assertThat(mentions("2024-03-06", ABOUT_PERU + "Argentina welcomed the decision to expel the envoy."))
        .noneMatch(m -> m.startsWith("ARG->"));
  }

  @Test
  void aReactionToAnActWhoseAgentIsWrittenKeepsThatAct() {
    assertThat(mentions("2024-03-06", "Chile condemned Ecuador's expulsion of the Mexican ambassador."))
        .anyMatch(m -> m.startsWith("ECU->MEX expulsion/diplomat"))
        .noneMatch(m -> m.startsWith("CHL->"));
  }

  @Test
  void theAdjectiveOfAGovernmentNamesItsStateWhateverTheStoryIsAbout() {
    String story = "Israel's army pressed on in Gaza. Israel said Israel would not stop. Israel's cabinet met. "
        + "\"The South African government has decided to recall all its diplomats from Israel,\" a minister said.";
    assertThat(mentions("2023-11-07", story))
        .anyMatch(m -> m.startsWith("ZAF->ISR withdrawal/relations"));
  }

  @Test
  void twoStatesRecallingTheirEnvoysInAStoryAboutAThirdRecallThemFromIt() {
    String story = "Israel pressed its offensive on Monday. Israel's army said Israel would go on. Israel rejected "
        + "calls for a pause, and Israel's allies stayed quiet. Honduras and Chile recalled their ambassadors on "
        + "Tuesday.";
    assertThat(mentions("2023-11-08", story))
        .contains("HND->ISR withdrawal/relations 2023-11-07 day", "CHL->ISR withdrawal/relations 2023-11-07 day")
        .noneMatch(m -> m.startsWith("HND->CHL") || m.startsWith("CHL->HND"));
  }

  @Test
  void twoStatesInARowWithEachOtherStillRecallTheirEnvoysFromEachOther() {
    assertThat(mentions("2023-11-08", "Venezuela and Guyana recalled their ambassadors on Tuesday."))
        .contains("VEN->GUY withdrawal/relations 2023-11-07 day", "GUY->VEN withdrawal/relations 2023-11-07 day");
  }

  @Test
  void aMeetingOfAStatesOwnCabinetIsNoVisit() {
    assertThat(mentions("2023-11-07", "Kenya recalled its envoy from Sudan on Monday, a minister told reporters "
        + "after a cabinet meeting."))
        .containsExactly("KEN->SDN withdrawal/relations 2023-11-06 day");
  }

  @Test
  void aLeaderDueSomewhereForTalksHasNotHeldThemYet() {
    assertThat(mentions("2019-10-17", "Erdogan is due in the Russian resort of Sochi on Tuesday for talks with "
        + "President Vladimir Putin.")).isEmpty();
    assertThat(mentions("2019-10-17", "Tebboune is expected in Rome next month for a state visit.")).isEmpty();
  }

  @Test
  void aStateWelcomingSomethingOfItsOwnHostsNoGuest() {
    assertThat(mentions("2025-01-07", "Indonesia welcomed on Tuesday its admission as a full member of the "
        + "BRICS group.")).noneMatch(m -> m.contains("cooperation/visit"));
    assertThat(mentions("2025-01-07", "Tiani welcomed his Malian counterpart in Niamey on Tuesday."))
        .contains("MLI->NER cooperation/visit 2025-01-07 day");
  }

  @Test
  void aParticipleJoinedToAPassiveIsPassiveToo() {
    assertThat(mentions("2025-08-26", "Albanese told reporters on Tuesday that Ambassador Ahmad Sadeghi and three "
        + "other Iranian officials had been declared persona non grata and ordered to leave the country."))
        .allMatch(m -> m.startsWith("AUS->IRN expulsion/diplomat"));
  }

  @Test
  void anEnvoyPulledOutOfACapitalIsRecalled() {
    assertThat(mentions("2025-08-26", "Canada said it had pulled its ambassador out of Caracas on Monday."))
        .containsExactly("CAN->VEN withdrawal/relations 2025-08-25 day");
  }

  @Test
  void whatSomeoneWasToldIsAClauseWithItsOwnSubject() {
    assertThat(mentions("2025-08-26", "Canberra expelled Iran's ambassador on Tuesday. Albanese told reporters in "
        + "Canberra that three Iranian diplomats had been ordered to leave the country."))
        .noneMatch(m -> m.startsWith("IRN->AUS"));
  }

  @Test
  void aStateWithADirectionBeforeItIsAPlaceNotAPartner() {
    assertThat(mentions("2019-10-17", "Turkey agreed on Thursday to suspend its offensive in northeast Syria."))
        .noneMatch(m -> m.contains("SYR"));
  }

  @Test
  void talksSomeoneIsEncouragedToPressAheadWithAreNotHeld() {
    assertThat(mentions("2024-12-04", "Biden urged Tshisekedi to press ahead with talks with Rwanda."))
        .noneMatch(m -> m.contains("RWA"));
  }

  @Test
  void aStateHostingAnotherStatesBaseOrTroopsCooperatesMilitarily() {
    assertThat(mentions("2024-12-06", "Senegal still hosts a French naval base near Dakar."))
        .containsExactly("FRA->SEN cooperation/military 2024-12-06 reported");
    assertThat(mentions("2024-12-06", "Tiani hosted the Malian president on Monday."))
        .containsExactly("MLI->NER cooperation/visit 2024-12-02 day");
  }

  @Test
  void congoAloneIsTheCongoTheArticleNamesFarMoreOften() {
    String story = "Kinshasa accused Kigali of backing the rebels. Tshisekedi spoke in Kinshasa, and the Democratic "
        + "Republic of Congo's army retreated. Macron flew in from Brazzaville. Congo expelled Rwanda's ambassador, "
        + "Pierre Habimana, in October as the rebels advanced.";
    assertThat(mentions("2023-03-04", story)).contains("COD->RWA expulsion/diplomat 2022-10-01 month");
  }

  @Test
  void troopsThatLeftGoFromTheStateTheSentenceSaysOrderedThemOut() {
    String story = "Turkey sent a delegation to Niger. Turkey and Niger signed deals. Turkey's minister met Tiani. "
        + "Turkey's drones are popular. The last French troops left in December after Niamey ordered them to go.";
    assertThat(mentions("2024-07-18", story)).contains("FRA->NER withdrawal/forces 2023-12-01 month")
        .noneMatch(m -> m.startsWith("FRA->TUR"));
  }

  @Test
  void theCountryIsTheOneWhoseRulersOpenTheSentence() {
    String story = "Niger's junta met on Monday. Niger and Niger's neighbours talked. Burkina Faso's junta expelled "
        + "the French ambassador. His government ordered French special forces out of the country in January.";
    assertThat(mentions("2024-12-06", story)).contains("BFA->FRA expulsion/forces 2024-01-01 month");
  }

  @Test
  void anOrganisationsEnvoyMeetingAStatesLeaderVisitsIt() {
    assertThat(mentions("2023-03-19", "On Friday Borrell met Serbian President Aleksandar Vucic in Belgrade."))
        .contains("EU->SRB cooperation/visit 2023-03-17 day");
  }

  @Test
  void aPartySetOffBeforeAParticipleOfBackingIsTheOneBacked() {
    assertThat(mentions("2023-03-19", "Belgrade, backed by Russia and China, still rejects the plan."))
        .contains("RUS->SRB cooperation/diplomatic 2023-03-19 reported",
            "CHN->SRB cooperation/diplomatic 2023-03-19 reported");
  }

  @Test
  void troopsFightingAlongsideAnotherArmyCooperate() {
    assertThat(mentions("2024-01-12", "Rwandan troops have fought alongside Mozambican forces since 2021."))
        .anyMatch(m -> m.startsWith("MOZ->RWA cooperation/military") || m.startsWith("RWA->MOZ cooperation/military"));
  }

  @Test
  void candidateStatusGrantedIsDiplomaticBacking() {
    assertThat(mentions("2024-12-01", "The EU granted Moldova candidate status in June 2022."))
        .containsExactly("EU->MDA cooperation/diplomatic 2022-06-01 month");
  }

  @Test
  void anOperationEndedIsAWithdrawalAndAMissionRunIsCooperation() {
    assertThat(mentions("2021-12-21", "Britain ended its military operation in Afghanistan in 2021."))
        .containsExactly("GBR->AFG withdrawal/forces 2021-01-01 year");
    assertThat(mentions("2020-12-21", "The European Union still runs a military training mission in Bamako."))
        .anyMatch(m -> m.contains("EU") && m.contains("MLI") && m.contains("cooperation/military"));
  }

  @Test
  void theStateChosenForAFirstTripAbroadIsWhereItGoes() {
    assertThat(mentions("2024-10-07", "Muizzu broke with tradition by choosing Turkey for his first trip abroad."))
        .anyMatch(m -> m.startsWith("MDV->TUR cooperation/visit"));
  }

  private static final String ABOUT_PANAMA = "Hegseth flew to Panama City. The US and Panama signed deals. Panama "
      + "and the US talked. Mulino met Hegseth. Panama's canal and US ships. ";

  @Test
  void anOfficialTheDictionaryDoesNotKnowBesideOneOfAStateIsOfTheOtherStateOfTheStory() {
    assertThat(mentions("2025-04-10", ABOUT_PANAMA + "Hegseth and Public Security Minister Frank Abrego signed a "
        + "memorandum of understanding on Wednesday.")).contains("PAN->USA cooperation/agreement 2025-04-09 day");
    assertThat(mentions("2025-04-10", ABOUT_PANAMA + "Hegseth also signed a joint declaration with Canal Affairs "
        + "Minister Jose Ramon Icaza on Wednesday.")).contains("PAN->USA cooperation/agreement 2025-04-09 day");
  }

  @Test
  void aClauseAfterWhenHasItsOwnSubjectEvenWithAnIrregularVerb() {
    assertThat(mentions("2025-01-07", "BRICS expanded last year when Egypt and Iran became members."))
        .contains("EGY->BRICS alliance/accession 2024-01-01 year", "IRN->BRICS alliance/accession 2024-01-01 year");
  }

  @Test
  void aNamedDefenceCharterSignedFormsAnAlliance() {
    assertThat(mentions("2023-12-03", "The grouping was set up in September when Burkina Faso, Mali and Niger signed "
        + "the Liptako-Gourma Charter.")).contains("BFA->MLI alliance/formation 2023-09-01 month",
            "MLI->NER alliance/formation 2023-09-01 month");
  }

  @Test
  void aReactionToAnActWhosePhraseNamesOnlyAPlaceIsStillNoAct() {
    assertThat(mentions("2021-12-25", "France, Germany and Canada said they firmly condemn the deployment of "
        + "mercenary troops on Malian territory.")).isEmpty();
  }

  @Test
  void followingSuitFollowsTheSentencesOwnFirstClause() {
    assertThat(mentions("2021-12-25", "Leaders met in Abuja on Sunday. ECOWAS suspended Mali in May, and the "
        + "African Union followed suit in June.")).noneMatch(m -> m.startsWith("AU->"));
    assertThat(mentions("2021-12-25", "Saudi Arabia cut ties with Qatar on Monday, and Bahrain followed suit."))
        .contains("BHR->QAT withdrawal/relations 2021-12-20 day");
  }

  @Test
  void theTwoGovernmentsWhereAVisitWentAreTheVisitorAndItsHost() {
    assertThat(mentions("2024-10-07", "Ruto chose Ghana for his first trip abroad, and in January made a state "
        + "visit to China, where the two governments signed 20 agreements."))
        .anyMatch(m -> m.startsWith("CHN->KEN cooperation/agreement") || m.startsWith("KEN->CHN cooperation/agreement"))
        .noneMatch(m -> m.contains("cooperation/agreement") && m.contains("GHA"));
  }

  @Test
  void theTwoLeadersWhereTheyMetAreTheTwoPeopleNotThePlace() {
    assertThat(mentions("2023-12-15", "In December, Maduro met Guyana's President Irfaan Ali on the Caribbean "
        + "island of St Vincent, where the two leaders agreed not to use force."))
        .anyMatch(m -> m.startsWith("GUY->VEN cooperation/agreement") || m.startsWith("VEN->GUY cooperation/agreement"))
        .noneMatch(m -> m.contains("cooperation/agreement") && m.contains("VCT"));
  }

  @Test
  void aMembershipDatedInAnAppositionIsAnAccessionOnThatDate() {
    assertThat(mentions("2020-08-15", "Poland, a member of NATO since 1999, hosts about 4,500 US troops."))
        .contains("POL->NATO alliance/accession 1999-01-01 year");
    assertThat(mentions("2020-08-15", "Canada, a member of the UN Security Council since January, voted against."))
        .isEmpty();
    assertThat(mentions("2019-02-07", "It is the worst crisis between the two founding members of the European "
        + "Union since the Second World War.")).isEmpty();
  }

  @Test
  void aTourThatTookSomeoneSomewhereIsTheirVisit() {
    assertThat(mentions("2023-08-15", "Amman was the last stop of a trip that took Blinken to Egypt and Qatar."))
        .anyMatch(m -> m.startsWith("USA->EGY cooperation/visit"))
        .anyMatch(m -> m.startsWith("USA->QAT cooperation/visit"))
        .noneMatch(m -> m.startsWith("JOR->"));
  }
}
