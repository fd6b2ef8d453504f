package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.mentions;
import static org.entente.coding.Annotated.names;

import org.junit.jupiter.api.Test;

/**
 * "It" after a sentence that an organisation opened is that organisation, and a pronoun is no adjective; "the
 * bank" is the organisation the article is about whose name says it is one, and "the Brussels-based alliance"
 * names its seat as no party; a membership that its own organisation approves or clears is the state's accession;
 * an envoy presents his credentials where he is posted; a gathering hosted and then "attended by" others is a visit
 * to the host; "to eastern Congo" is a place; "it" after the "which" of an object relative is the sentence's
 * subject; goods "bought from" a state, and fighting "alongside" its soldiers, are military cooperation; lakes and
 * gulfs named after a state name no party; a visit "to the … region" goes nowhere the article favours; a gap does
 * not run past a comma into the next clause's verb; combined training is an exercise; states listed after a named
 * "bloc of" are its members only; an act pressed or called for is not done, nor what a resolution demands of a
 * state, but a mission its host asks to end is expelled; a clause hung on an agreement's phrase ("which entered into
 * force") is about the parties the phrase names; forces kept or headquartered in a state are with it; a membership
 * renewed is an accession; an agreement to meet again is no agreement; a past after a refusal's "and" is done; naval
 * craft handed over are weapons; the state a cause moves to act does it; a mission a state is told to close is
 * expelled; "the Human Rights Council" is the UN's; jets inducted are with the state that made them; an organisation
 * whose summit it was is no party to an agreement; a list's last comma before its "and" still lists the subject of a
 * relative clause; a trade preference ended is an agreement ended; money promised is aid; a state named a partner or
 * an ally is backed. Every sentence is written for this test.
 */
class OrganisationsAndPlacesTest {

  @Test
  void itAfterASentenceAnOrganisationOpenedIsThatOrganisation() {
    assertThat(mentions("2024-09-01", "NATO met in Brussels on Monday.\n\nIt admitted Sweden in March."))
        .contains("SWE->NATO alliance/accession 2024-03-01 month");
    assertThat(mentions("2024-09-01", "The New Development Bank was founded in 2015 by Brazil, Russia, India, China "
        + "and South Africa.\n\nIt admitted Bangladesh, Uruguay and the United Arab Emirates in 2021.")).contains(
            "BGD->NDB alliance/accession 2021-01-01 year", "URY->NDB alliance/accession 2021-01-01 year",
            "ARE->NDB alliance/accession 2021-01-01 year");
  }

  @Test
  void anOrganisationInsideAQuotationOpensNoSentence() {
    // the organisation must head its sentence: one named later in it is no referent of the next "they"
    assertThat(mentions("2024-07-08", "\"We will build an AES of the peoples,\" Tiani told the summit.\n\nThe three "
        + "countries first joined forces in September last year."))
        .noneMatch(m -> m.contains("alliance/accession"));
  }

  @Test
  void theBankIsTheOrganisationWhoseNameSaysItIsOne() {
    assertThat(mentions("2024-09-01", "ECOWAS met in Abuja on Friday.\n\nThe New Development Bank met in Cape Town on "
        + "Saturday.\n\nThe Shanghai-based bank admitted Bangladesh in 2021.")).contains(
            "BGD->NDB alliance/accession 2021-01-01 year");
    // (never an organisation that is no bank)
    assertThat(names(last("2024-09-01", "ECOWAS met in Abuja on Friday.\n\nThe bank admitted Bangladesh in 2021.")))
        .containsExactly("BGD:Bangladesh");
  }

  @Test
  void aSeatBeforeBasedIsNoParty() {
    assertThat(mentions("2024-09-01", "NATO leaders met on Monday.\n\nThe Brussels-based alliance admitted Sweden in "
        + "March.")).contains("SWE->NATO alliance/accession 2024-03-01 month")
            .noneMatch(m -> m.contains("->EU"));
  }

  @Test
  void aMembershipItsOwnOrganisationApprovesIsAnAccession() {
    assertThat(mentions("2024-09-01", "The New Development Bank approved Algeria's membership at its annual meeting "
        + "in Cape Town.")).contains("DZA->NDB alliance/accession 2024-09-01 reported");
    assertThat(mentions("2024-09-01", "The African Development Bank cleared Somalia's membership on Saturday."))
        .contains("SOM->AFDB alliance/accession 2024-08-31 day");
    // (a member that ratifies another's accession backs it)
    assertThat(mentions("2024-09-01", "Hungary's parliament ratified Sweden's accession on Monday.")).containsExactly(
        "HUN->SWE cooperation/diplomatic 2024-08-26 day");
  }

  @Test
  void anEnvoyPresentsHisCredentialsWhereHeIsPosted() {
    assertThat(mentions("2023-06-27", "Russia's new ambassador to Libya, Aydar Aganin, presented his credentials to "
        + "the head of the Presidential Council in Tripoli on Monday.")).containsExactly(
            "RUS->LBY cooperation/diplomatic 2023-06-26 day");
    assertThat(mentions("2023-06-27", "The new French ambassador to Niger presented his credentials on Monday."))
        .containsExactly("FRA->NER cooperation/diplomatic 2023-06-26 day");
  }

  @Test
  void aGatheringHostedAndThenAttendedIsAVisitToTheHost() {
    assertThat(mentions("2023-08-22", "Kenya hosted talks on Sunday, attended by envoys of Ethiopia and Somalia."))
        .contains("ETH->KEN cooperation/visit 2023-08-20 day", "SOM->KEN cooperation/visit 2023-08-20 day");
  }

  @Test
  void aPlaceNarrowedByADirectionIsStillThePlace() {
    assertThat(mentions("2023-08-22", "Tshisekedi spoke in Kinshasa.\n\nKenya, Uganda and Burundi sent troops to "
        + "eastern Congo last year.")).containsExactlyInAnyOrder("COD->KEN cooperation/military 2022-01-01 year",
            "COD->UGA cooperation/military 2022-01-01 year", "BDI->COD cooperation/military 2022-01-01 year");
  }

  @Test
  void itAfterAnObjectRelativesWhichIsTheSentencesSubject() {
    assertThat(mentions("2023-08-22", "Morocco is to reopen its embassy in Damascus, which it shut in 2012."))
        .containsExactly("MAR->SYR withdrawal/relations 2012-01-01 year");
    // (not "he" or "they", nor after "at which")
    assertThat(mentions("2023-08-22", "Scholz visited Serbia in June 2022, on a tour during which he pressed Vucic to "
        + "normalise relations with Kosovo.")).noneMatch(m -> m.startsWith("DEU->XKX"));
  }

  @Test
  void goodsBoughtFromAStateAreMilitaryCooperation() {
    assertThat(mentions("2024-01-22", "The Nigerian Air Force inducted three fighter jets bought from Pakistan in "
        + "2021.")).containsExactly("NGA->PAK cooperation/military 2021-01-01 year");
    assertThat(mentions("2024-01-22", "Kenya bought maize from Tanzania in 2021.")).isEmpty();
  }

  @Test
  void fightingAlongsideAStatesSoldiersIsMilitaryCooperation() {
    assertThat(mentions("2024-01-22", "Nigeria's army chief spoke in Abuja.\n\nNigerian troops fight the insurgents "
        + "around Lake Chad alongside soldiers from Niger, Chad and Cameroon.")).containsExactlyInAnyOrder(
            "NER->NGA cooperation/military 2024-01-22 reported", "NGA->TCD cooperation/military 2024-01-22 reported",
            "CMR->NGA cooperation/military 2024-01-22 reported");
  }

  @Test
  void combinedTrainingIsAMilitaryExercise() {
    assertThat(mentions("2024-09-01", "South Korean and U.S. troops staged their largest combined training in five "
        + "years in March.")).containsExactly("KOR->USA cooperation/military 2024-03-01 month");
  }

  @Test
  void aLakeOrAGulfNamedAfterAStateNamesNoParty() {
    assertThat(names(last("2024-01-22", "Nigeria fights Boko Haram around Lake Chad."))).containsExactly(
        "NGA:Nigeria");
    assertThat(names(last("2024-01-22", "Iran and Russia held naval drills in the Gulf of Oman."))).containsExactly(
        "IRN:Iran", "RUS:Russia");
  }

  @Test
  void aVisitToARegionGoesToNoStateTheArticleFavours() {
    assertThat(mentions("2024-11-05", "Chad's president Mahamat Deby spoke on Sunday in Nigeria's capital Abuja.\n\n"
        + "Speaking on Sunday during a visit to the Lake Chad region, Deby accused the force's members of failing "
        + "to pool their efforts.")).noneMatch(m -> m.startsWith("TCD->NGA cooperation/visit 2024-11-03"));
  }

  @Test
  void aGapStopsAtACommaBeforeTheNextClausesVerb() {
    assertThat(mentions("2024-09-01", "Kenya and Jamaica, which have sent troops to Haiti, met in Nairobi on "
        + "Monday.")).contains("HTI->KEN cooperation/military 2024-09-01 reported",
            "HTI->JAM cooperation/military 2024-09-01 reported", "JAM->KEN cooperation/visit 2024-08-26 day")
        .noneMatch(m -> m.startsWith("JAM->KEN cooperation/military"));
  }
  @Test
  void statesListedAfterANamedBlocOfAreItsMembersOnly() {
    assertThat(mentions("2023-06-30", "Germany signed a trade agreement with the Mercosur bloc of Brazil, Argentina, "
        + "Uruguay and Paraguay.")).containsExactly("DEU->MERCOSUR cooperation/agreement 2023-06-30 reported");
  }

  @Test
  void anActPressedOrCalledForIsNotDone() {
    assertThat(mentions("2023-06-30", "Germany pressed for the swift conclusion of a trade agreement with Brazil."))
        .isEmpty();
    assertThat(mentions("2023-06-30", "Germany called for the signing of a trade agreement with Brazil.")).isEmpty();
  }

  @Test
  void whatATextDemandsOfAStateIsNotDone() {
    assertThat(mentions("2023-06-30", "Kenya and Uganda voted for a resolution calling on Russia to withdraw its "
        + "troops.")).isEmpty();
    assertThat(mentions("2023-06-30", "Five countries, among them Belarus and Syria, voted against a resolution "
        + "demanding that Moscow withdraw its forces.")).isEmpty();
  }

  @Test
  void aMissionItsHostAsksToEndIsExpelled() {
    assertThat(mentions("2023-06-30", "Mali's junta asked the United Nations to end its peacekeeping mission, "
        + "MINUSMA.")).containsExactly("MLI->UN expulsion/mission 2023-06-30 reported");
  }
  @Test
  void anAgreementsPhraseNamesThePartiesOfTheClauseHungOnIt() {
    assertThat(mentions("2023-07-09", "New Zealand's free trade agreement with Britain, which entered into force on "
        + "31 May, removed most tariffs.")).containsExactly("GBR->NZL cooperation/agreement 2023-05-31 day");
    assertThat(mentions("2023-07-09", "India's existing free trade agreement with ASEAN, signed in 2009, covers "
        + "goods.")).containsExactly("ASEAN->IND cooperation/agreement 2009-01-01 year");
    assertThat(mentions("2023-07-09", "The agreement between Japan and the EU took effect in February 2019."))
        .containsExactly("EU->JPN cooperation/agreement 2019-02-01 month");
  }

  @Test
  void forcesKeptOrHeadquarteredInAStateAreWithIt() {
    assertThat(mentions("2024-12-27", "Ivory Coast, where France keeps a permanent base near Abidjan, was spared."))
        .containsExactly("CIV->FRA cooperation/military 2024-12-27 reported");
    assertThat(mentions("2024-12-27", "France's Operation Barkhane, which is headquartered in N'Djamena, has 5,100 "
        + "troops.")).containsExactly("FRA->TCD cooperation/military 2024-12-27 reported");
    // (an organisation's seat is no force; "keep" before a gerund goes on doing it)
    assertThat(mentions("2024-12-27", "The East African Community, which is headquartered in Arusha, met on "
        + "Monday.")).noneMatch(m -> m.contains("cooperation/military"));
    assertThat(mentions("2024-02-16", "France will also keep training Ukrainian soldiers.")).containsExactly(
        "FRA->UKR cooperation/military 2024-02-16 reported");
  }

  @Test
  void aMembershipRenewedIsAnAccession() {
    assertThat(mentions("2024-12-27", "Eritrea has renewed its membership of IGAD, the regional bloc."))
        .containsExactly("ERI->IGAD alliance/accession 2024-12-27 reported");
  }

  @Test
  void anAgreementToMeetAgainIsNoAgreement() {
    assertThat(mentions("2024-12-27", "Kenya and Uganda agreed to meet again next year.")).noneMatch(
        m -> m.contains("cooperation/agreement"));
    // (an agreement to restart talks is one)
    assertThat(mentions("2024-12-27", "Kenya and Uganda agreed to restart talks on the border.")).contains(
        "KEN->UGA cooperation/agreement 2024-12-27 reported");
  }
  @Test
  void aPastAfterARefusalsAndIsDone() {
    assertThat(mentions("2023-03-20", "Pretoria refused to condemn the invasion and hosted joint naval drills with "
        + "Russia and China in February.")).contains("RUS->ZAF cooperation/military 2023-02-01 month",
            "CHN->ZAF cooperation/military 2023-02-01 month");
    // (the infinitive's own second verb stays refused)
    assertThat(mentions("2023-03-20", "Mali refused to host and fund the force.")).isEmpty();
  }

  @Test
  void navalCraftHandedOverAreWeapons() {
    assertThat(mentions("2023-03-20", "India handed over two fast interceptor craft to the Mozambican navy."))
        .containsExactly("IND->MOZ cooperation/military 2023-03-20 reported");
  }

  @Test
  void theStateACauseMovesToActDoesIt() {
    assertThat(mentions("2023-03-20", "The coup forced France to withdraw its troops from Niger in 2023."))
        .containsExactly("FRA->NER withdrawal/forces 2023-01-01 year");
  }

  @Test
  void aMissionAStateIsToldToCloseIsExpelled() {
    assertThat(mentions("2023-03-20", "The Netherlands told Moscow to close its trade office in Amsterdam."))
        .containsExactly("NLD->RUS expulsion/mission 2023-03-20 reported");
  }
  @Test
  void theHumanRightsCouncilIsTheUnsButNotAStatesOwn() {
    assertThat(mentions("2024-03-01", "Washington itself quit the Human Rights Council in June 2018.")).containsExactly(
        "USA->UN withdrawal/organization 2018-06-01 month");
    assertThat(names(last("2024-03-01", "Morocco's National Human Rights Council said on Monday."))).containsExactly(
        "MAR:Morocco");
  }

  @Test
  void jetsInductedAreWithTheStateThatMadeThem() {
    assertThat(mentions("2024-03-01", "Pakistan's air force inducted Chinese J-10C fighter jets in 2022."))
        .containsExactly("CHN->PAK cooperation/military 2022-01-01 year");
  }

  @Test
  void anOrganisationWhoseSummitItWasIsNoPartyToAnAgreement() {
    assertThat(mentions("2024-05-28", "The bilateral pacts follow a framework the Group of Seven agreed on the "
        + "sidelines of the NATO summit in Vilnius last July.")).noneMatch(m -> m.contains("NATO"));
  }
  @Test
  void aListsLastCommaBeforeAndStillListsTheSubjectOfARelative() {
    assertThat(mentions("2025-03-19", "The EU monitors the cease-fire agreement that Armenia, Azerbaijan, and Russia "
        + "signed in November 2020.")).containsExactlyInAnyOrder("ARM->AZE cooperation/agreement 2020-11-01 month",
            "ARM->RUS cooperation/agreement 2020-11-01 month", "AZE->RUS cooperation/agreement 2020-11-01 month");
    // (a comma after the list's "and" opens another phrase)
    assertThat(mentions("2017-06-10", "Qatari diplomats were given 48 hours to leave Riyadh, Abu Dhabi and Manama, and "
        + "Qatari citizens two weeks.")).contains("BHR->QAT expulsion/diplomat 2017-06-10 reported");
  }
  @Test
  void aTradePreferenceEndedIsAnAgreementEnded() {
    assertThat(mentions("2024-01-02", "The United States terminated Uganda's eligibility under AGOA on Monday."))
        .containsExactly("USA->UGA withdrawal/agreement 2024-01-01 day");
  }

  @Test
  void moneyPromisedIsAidAsMoneyPledged() {
    assertThat(mentions("2024-01-02", "Saudi Arabia promised $3 billion to Sudan in 2019.")).containsExactly(
        "SAU->SDN cooperation/economic 2019-01-01 year");
    // (a deal promised is no aid)
    assertThat(mentions("2024-01-02", "Mali promised a trade deal with Niger.")).isEmpty();
  }

  @Test
  void aStateNamedOrDesignatedAPartnerOrAllyIsBacked() {
    assertThat(mentions("2025-10-31", "Washington named India a Major Defence Partner in 2016.")).containsExactly(
        "USA->IND cooperation/diplomatic 2016-01-01 year");
    assertThat(mentions("2025-10-31", "Biden designated Kenya a major non-NATO ally in 2024.")).containsExactly(
        "USA->KEN cooperation/diplomatic 2024-01-01 year");
  }
}
