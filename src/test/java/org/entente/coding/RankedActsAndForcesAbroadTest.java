package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Parties ranked among those that did an act ("the third country to …, after A and B"), two leaders who met in a third
 * state, police and organisations' forces sent abroad and the base they go to, troops operating or working alongside
 * an army, offices short of an embassy, what a deal allows, a demand over joined infinitives, a visit told in an aside
 * of a "when" clause, a noun phrase that counts the act before it, a quotation closed after a comma, a goal's year,
 * the three states soldiers rule, the sides of a tripartite act, ties agreed on, where the first of two verbs
 * happened, an intervention on a government's side, and spellings of names and agreements. Every sentence is written
 * for this test.
 */
class RankedActsAndForcesAbroadTest {

  @Test
  void theOnesBeforeARankedPartyDidTheActToo() {
    assertThat(mentions("2024-06-10", "Chile became the third country to sign such a pact with Japan, after Peru in "
        + "2019 and Mexico in 2021.")).containsExactlyInAnyOrder(
            "CHL->JPN cooperation/agreement 2024-06-10 reported",
            "JPN->PER cooperation/agreement 2019-01-01 year", "JPN->MEX cooperation/agreement 2021-01-01 year");
    // (an "after" clause of its own act of the same kind names a party before it too)
    assertThat(mentions("2024-06-10", "Oman became the third Arab state to restore ties with Syria, after the UAE and "
        + "Bahrain reopened their embassies in 2018."))
        .contains("ARE->SYR cooperation/diplomatic 2024-06-10 reported", "BHR->SYR cooperation/diplomatic 2018-01-01 year");
  }

  @Test
  void anActOfAnotherKindAfterARankedPartyIsNoStepBeforeIt() {
    assertThat(mentions("2024-06-10", "Belize became the second country in a week to recognise Palestine after the "
        + "United States blocked a Palestinian bid for membership."))
        .containsExactly("BLZ->PSE cooperation/diplomatic 2024-06-10 reported");
    // (no rank, no one before: "after" is only when)
    assertThat(mentions("2024-06-10", "Chile signed a pact with Japan after Peru in 2019."))
        .noneMatch(m -> m.startsWith("JPN->PER") || m.startsWith("PER->JPN"));
  }

  @Test
  void twoLeadersWhoMetInAThirdStateMetEachOther() {
    assertThat(mentions("2024-06-10", "Putin met Erdogan in Tehran on Tuesday.")).containsExactlyInAnyOrder(
        "RUS->TUR cooperation/visit 2024-06-04 day", "RUS->IRN cooperation/visit 2024-06-04 day",
        "TUR->IRN cooperation/visit 2024-06-04 day");
    // (the leaders of a faction are no state's: only the visit to the host)
    assertThat(mentions("2024-06-10", "On Tuesday the Iranian president met leaders of Palestinian armed factions "
        + "based in Beirut.")).noneMatch(m -> m.startsWith("IRN->PSE"));
  }

  @Test
  void policeSentAbroadAreMilitaryCooperation() {
    assertThat(mentions("2024-06-10", "Chad deployed 300 police officers to the Central African Republic in May."))
        .containsExactly("CAF->TCD cooperation/military 2024-05-01 month");
    assertThat(mentions("2024-06-10", "Police were deployed to the border with Benin after the protests.")).isEmpty();
  }

  @Test
  void anOrganisationsForceIsThatOrganisation() {
    assertThat(mentions("2024-06-10", "ECOMOG first deployed in Freetown in 1997."))
        .containsExactly("ECOWAS->SLE cooperation/military 1997-01-01 year");
    assertThat(mentions("2024-06-10", "SAMIM troops deployed to Mozambique in 2021."))
        .containsExactly("MOZ->SADC cooperation/military 2021-01-01 year");
  }

  @Test
  void forcesSentToABaseGoToTheStateItStandsIn() {
    assertThat(mentions("2024-06-10", "Turkey sent more soldiers to its base in Doha in June 2017."))
        .containsExactly("QAT->TUR cooperation/military 2017-06-01 month");
    // (a region no state's name places is still no party)
    assertThat(mentions("2024-06-10", "Russia deployed troops to the disputed region between Armenia and "
        + "Azerbaijan.")).isEmpty();
  }

  @Test
  void aVisitInAnAsideOfAWhenClauseIsTheSpeakers() {
    assertThat(mentions("2024-06-10", "Ankara was angered when Greek Foreign Minister Nikos Dendias, during a visit to "
        + "Libya last month, criticised Turkey.")).containsExactly("GRC->LBY cooperation/visit 2024-05-01 month");
  }

  @Test
  void aNounPhraseThatCountsTheActBeforeItTakesItsDate() {
    assertThat(mentions("2024-06-10", "The summit was held in Baghdad last month, the first visit by an Egyptian "
        + "president in three decades.")).containsExactly("EGY->IRQ cooperation/visit 2024-05-01 month");
  }

  @Test
  void aQuotationClosedAfterACommaDoesNotCutItsClause() {
    assertThat(mentions("2025-04-02", "Ghana and Togo held a round of \"security talks,\" in Lome in March."))
        .containsExactly("GHA->TGO cooperation/visit 2025-03-01 month");
  }

  @Test
  void aYearAfterPublicationIsAGoalsNotTheActs() {
    assertThat(mentions("2024-06-10", "Japan backed Kenya's goal of universal electricity access by 2030."))
        .containsExactly("JPN->KEN cooperation/diplomatic 2024-06-10 reported");
  }

  @Test
  void namesAsWireServicesSpellThem() {
    assertThat(mentions("2024-06-10", "Sissi flew to Riyadh on Sunday."))
        .containsExactly("EGY->SAU cooperation/visit 2024-06-09 day");
    assertThat(mentions("2024-06-10", "Washington quit the JCPOA in 2018."))
        .containsExactly("USA->IRN withdrawal/agreement 2018-01-01 year");
  }

  @Test
  void troopsOperatingAlongsideAnArmyCooperateWithItsState() {
    assertThat(mentions("2024-06-10", "Estonian special forces operate alongside Malian units in Menaka."))
        .containsExactly("EST->MLI cooperation/military 2024-06-10 reported");
    // (in a "where" clause, with the state the clause stands for)
    assertThat(mentions("2024-06-10", "Mali, where Russian instructors have fought alongside the army since late "
        + "2021, expelled French troops.")).contains("MLI->RUS cooperation/military 2024-06-10 reported");
    assertThat(mentions("2024-06-10", "Russian military instructors now work alongside the Malian army."))
        .containsExactly("MLI->RUS cooperation/military 2024-06-10 reported");
    // (not engineers or firms)
    assertThat(mentions("2024-06-10", "Chinese engineers operate alongside Kenyan staff at the port.")).isEmpty();
    assertThat(mentions("2024-06-10", "Chinese engineers work alongside Kenyan staff at the port.")).isEmpty();
  }

  @Test
  void anOfficeShortOfAnEmbassyOpenedIsDiplomaticCooperation() {
    assertThat(mentions("2021-10-06", "Israel opened a liaison office in Rabat in January."))
        .containsExactly("ISR->MAR cooperation/diplomatic 2021-01-01 month");
  }

  @Test
  void whatADealAllowsIsNotDone() {
    assertThat(mentions("2021-02-05", "Guyana tore up an agreement allowing Taiwan to open a representative office in "
        + "Georgetown.")).containsExactly("GUY->TWN withdrawal/agreement 2021-02-05 reported");
  }

  @Test
  void aDemandGovernsTheInfinitivesItsAndToJoins() {
    // (of another state's forces in a third: no one's act)
    assertThat(mentions("2024-06-10", "Macron on Tuesday called on Rwanda to stop supporting the rebels in the east of "
        + "Congo and to withdraw its forces from Congolese territory.")).isEmpty();
    // (of the demanding state's guests: its expulsion of them)
    assertThat(mentions("2024-06-10", "Niger's junta on Tuesday asked Washington to end its drone flights and to "
        + "withdraw its troops.")).containsExactly("NER->USA expulsion/forces 2024-06-04 day");
  }

  @Test
  void theThreeCountriesAreTheThreeSoldiersRuleWhenNoListNamesThem() {
    assertThat(mentions("2025-03-01", "Mali's junta expelled the French ambassador in 2022. Burkina Faso and Niger, "
        + "also run by juntas, later ordered French troops out too. The three countries left ECOWAS in January."))
        .contains("MLI->ECOWAS withdrawal/organization 2025-01-01 month",
            "BFA->ECOWAS withdrawal/organization 2025-01-01 month", "NER->ECOWAS withdrawal/organization 2025-01-01 month")
        .noneMatch(m -> m.startsWith("FRA->ECOWAS"));
  }

  @Test
  void theSidesOfATripartiteActAreEachOthersPartners() {
    assertThat(mentions("2020-08-18", "Libya's government has agreed with Turkey and Qatar to sign a tripartite "
        + "military cooperation agreement.")).contains("QAT->TUR cooperation/agreement 2020-08-18 reported");
    // (separate deals with two states join only the one that made both)
    assertThat(mentions("2020-08-18", "Ethiopia signed separate trade deals with Kenya and Djibouti in March."))
        .containsExactlyInAnyOrder("ETH->KEN cooperation/agreement 2020-03-01 month",
            "DJI->ETH cooperation/agreement 2020-03-01 month");
  }

  @Test
  void tiesAgreedOnAreOneActOfThePair() {
    // (the agreement, as for "agreed to strengthen military cooperation", though its words read the other way)
    assertThat(mentions("2020-11-04", "Sudan agreed on Oct. 23 to normalize relations with Israel."))
        .containsExactly("ISR->SDN cooperation/agreement 2020-10-23 day");
    // (but what each of two does to the other is two acts)
    assertThat(mentions("2023-07-20", "Turkey and Egypt appointed ambassadors to each other earlier this month."))
        .hasSize(2);
  }

  @Test
  void whereTheFirstOfTwoVerbsHappenedIsNoObjectOfTheSecond() {
    assertThat(mentions("2022-08-20", "Tshisekedi and Kagame met in the Angolan capital, Luanda, on July 6 and agreed "
        + "on a roadmap to ease tensions.")).containsExactlyInAnyOrder(
            "COD->AGO cooperation/visit 2022-07-06 day", "RWA->AGO cooperation/visit 2022-07-06 day",
            "COD->RWA cooperation/visit 2022-07-06 day", "COD->RWA cooperation/agreement 2022-07-06 day");
    // (a place visited is the second verb's partner)
    assertThat(mentions("2022-08-20", "Lavrov visited Bamako in March and signed a defence deal."))
        .containsExactly("RUS->MLI cooperation/visit 2022-03-01 month", "MLI->RUS cooperation/agreement 2022-03-01 month");
  }

  @Test
  void anInterventionOnAGovernmentsSideIsMilitaryCooperation() {
    assertThat(mentions("2021-02-05", "The Saudi-led coalition intervened in Yemen in March 2015 to back the "
        + "government.")).containsExactly("SAU->YEM cooperation/military 2015-03-01 month");
    assertThat(mentions("2021-08-05", "Rwanda intervened in Mozambique in July at Maputo's request."))
        .containsExactly("MOZ->RWA cooperation/military 2021-07-01 month");
    // (not one against a government)
    assertThat(mentions("2021-02-05", "NATO intervened in Libya in 2011 and helped topple Gaddafi.")).isEmpty();
  }
}
