package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Tours "of" the places visited, the speaker whose circumstances a reporting clause tells ("said during a visit"),
 * the speaker after a quotation, "he" carried from sentence to sentence, the one told in a passive, and dates
 * written after a colon or with "last year". Every sentence is written for this test.
 */
class ToursSpeakersAndQuotesTest {

  // ---------------------------------------------------------------- tours

  @Test
  void theStatesOfATourAreEachVisited() {
    assertThat(mentions("2024-10-22", "Macron made a tour of Gabon and Angola."))
        .containsExactlyInAnyOrder("FRA->GAB cooperation/visit 2024-10-22 reported",
            "FRA->AGO cooperation/visit 2024-10-22 reported");
  }

  @Test
  void aTourOfARegionVisitsNoState() {
    assertThat(mentions("2024-10-22", "Macron's speech coincided with a tour of the region by Lavrov.")).isEmpty();
  }

  @Test
  void aTourOfARegionThatTookHimToStatesVisitsThem() {
    assertThat(mentions("2023-07-13", "Iranian President Ebrahim Raisi arrived in Kenya. The trip, Raisi's first to "
        + "Africa, follows a tour of Latin America last month that took him to Venezuela and Cuba."))
        .contains("IRN->VEN cooperation/visit 2023-06-01 month", "IRN->CUB cooperation/visit 2023-06-01 month");
  }

  // ---------------------------------------------------------------- speakers

  @Test
  void aSpeakerAwayOnATripMadeIt() {
    assertThat(mentions("2024-10-22", "Ruto said on Monday during a visit to Kampala that ties were strong."))
        .containsExactly("KEN->UGA cooperation/visit 2024-10-21 day");
    assertThat(mentions("2024-10-22", "Ruto told reporters on his way home from a trip to Uganda that ties were "
        + "strong.")).containsExactly("KEN->UGA cooperation/visit 2024-10-22 reported");
  }

  @Test
  void whoToldReportersIsNotTheOneTold() {
    assertThat(mentions("2024-10-22", "Ruto told reporters during a trip to Uganda that ties were strong."))
        .containsExactly("KEN->UGA cooperation/visit 2024-10-22 reported");
    assertThat(mentions("2023-12-07", "The European Union will be informed of the end of its partnership with "
        + "Niger.")).noneMatch(m -> m.startsWith("EU->NER"));
  }

  @Test
  void theSpeakerAfterAQuotationIsThePersonOfTheSentenceBefore() {
    assertThat(mentions("2024-10-22", "Pope Francis wants to visit China. \"China is a promise,\" he told "
        + "reporters last month on his way home from a tour of Indonesia and Singapore."))
        .containsExactlyInAnyOrder("VAT->IDN cooperation/visit 2024-09-01 month",
            "VAT->SGP cooperation/visit 2024-09-01 month");
  }

  @Test
  void aPronounOpeningAQuotationActsForNoState() {
    assertThat(mentions("2022-12-20", "Germany returned the bronzes to Benin. \"It is a start, and the biggest "
        + "collection is in London,\" said a curator.")).noneMatch(m -> m.contains("->GBR"));
  }

  @Test
  void heCarriesThePersonToTheNextSentence() {
    assertThat(mentions("2024-10-22", "Pope Francis accepted the appointment. In September last year he became "
        + "the first pope to visit Mongolia. In May he visited Kenya."))
        .containsExactly("VAT->MNG cooperation/visit 2023-09-01 month", "VAT->KEN cooperation/visit 2024-05-01 month");
  }

  // ---------------------------------------------------------------- dates

  @Test
  void aPhraseAfterAColonOpensTheClauseItDates() {
    assertThat(mentions("2023-07-17", "Kenya and Uganda did not sign a deal with each other: in Arusha on July 22 "
        + "last year, each signed an agreement with Tanzania."))
        .containsExactlyInAnyOrder("KEN->TZA cooperation/agreement 2022-07-22 day",
            "TZA->UGA cooperation/agreement 2022-07-22 day");
    assertThat(mentions("2023-07-17", "The talks failed: in March, Chad expelled the Sudanese ambassador."))
        .containsExactly("TCD->SDN expulsion/diplomat 2023-03-01 month");
  }
  @Test
  void theNextLegOfAJourneyIsInTheMonthOfTheOneBefore() {
    assertThat(mentions("2025-02-26", "In October 2022, Embalo held talks with Putin in Moscow before going on to "
        + "Kyiv.")).containsExactly("GNB->RUS cooperation/visit 2022-10-01 month",
            "GNB->UKR cooperation/visit 2022-10-01 month");
  }

  // ---------------------------------------------------------------- words that are no act

  @Test
  void anOfficeHeldThenIsAnApposition() {
    assertThat(mentions("2025-02-26", "Embalo, then chairman of the Economic Community of West African States, "
        + "went on to Kyiv.")).containsExactly("GNB->UKR cooperation/visit 2025-02-26 reported");
  }

  @Test
  void closeTiesCloseNothing() {
    assertThat(mentions("2025-02-26", "Moscow is seeking a foothold after building close ties with the military "
        + "governments of Mali and Niger.")).isEmpty();
    assertThat(mentions("2025-02-26", "France closed its military base in Chad.")).isNotEmpty();
  }

  @Test
  void whatAMissionGoesToHelpOthersDoHasNotHappened() {
    assertThat(mentions("2025-02-26", "An ECOWAS mission arrived in Bissau last week to help the parties agree "
        + "on an election timetable."))
        .containsExactly("ECOWAS->GNB cooperation/visit 2025-02-01 month");
  }
  @Test
  void troopsBeforeWhoAreTheirStates() {
    assertThat(mentions("2023-08-31", "The report was a reference to Russia's Wagner Group mercenaries, who have "
        + "fought alongside Malian troops since late 2021."))
        .containsExactly("MLI->RUS cooperation/military 2023-08-31 reported");
  }
  @Test
  void aPronounAfterAShortFrontedPhraseIsTheSubject() {
    assertThat(mentions("2024-10-10", "Pope Francis toured Asia. On that tour he praised Singapore. In September "
        + "last year he became the first pope to visit Mongolia."))
        .containsExactly("VAT->MNG cooperation/visit 2023-09-01 month");
  }

  @Test
  void aRelativeClauseAfterTalksNamesNoVenue() {
    assertThat(mentions("2025-02-21", "Macron was received by Ouattara in Abidjan for talks, which also covered "
        + "the war in Ukraine.")).containsExactly("FRA->CIV cooperation/visit 2025-02-21 reported");
  }

  // ---------------------------------------------------------------- diplomatic steps

  @Test
  void aMissionUpgradedToAnEmbassyIsADiplomaticStep() {
    assertThat(mentions("2025-10-10", "India will upgrade its technical mission in Kabul to a full embassy, "
        + "External Affairs Minister Subrahmanyam Jaishankar said on Friday."))
        .containsExactly("IND->AFG cooperation/diplomatic 2025-10-10 day");
  }

  @Test
  void envoysAcceptedAreADiplomaticStepTowardTheirState() {
    assertThat(mentions("2025-10-10", "China and the United Arab Emirates have accepted Taliban envoys."))
        .containsExactlyInAnyOrder("CHN->AFG cooperation/diplomatic 2025-10-10 reported",
            "ARE->AFG cooperation/diplomatic 2025-10-10 reported");
  }

  @Test
  void aConditionForAnActIsNoAct() {
    assertThat(mentions("2023-07-17", "Moroccan officials made recognition a condition for upgrading the two "
        + "countries' liaison offices with Israel to embassies.")).isEmpty();
  }
  // ---------------------------------------------------------------- troops and agreements

  @Test
  void workingWithForeignInstructorsIsMilitaryCooperation() {
    assertThat(mentions("2023-08-07", "Mali now works with Russian military instructors.")).containsExactly(
        "MLI->RUS cooperation/military 2023-08-07 reported");
    assertThat(mentions("2023-08-07", "Mali's junta has turned to Russian military personnel to fight jihadists."))
        .containsExactly("MLI->RUS cooperation/military 2023-08-07 reported");
    assertThat(mentions("2023-08-07", "Russian instructors have been helping the army of the Central African "
        + "Republic since 2018.")).containsExactly("CAF->RUS cooperation/military 2023-08-07 reported");
  }

  @Test
  void statesSendingPersonnelToHelpAreNotEachOthersPartners() {
    assertThat(mentions("2022-04-19", "Papua New Guinea, Fiji and New Zealand also sent personnel to help restore "
        + "order.")).isEmpty();
  }

  @Test
  void theRiskOfAnActIsNoAct() {
    assertThat(mentions("2023-08-08", "She warned the officers of Niger of the risks of turning to Russian "
        + "mercenaries.")).isEmpty();
  }

  @Test
  void anAgreementFinalisedOrRelationsRaisedAreActs() {
    assertThat(mentions("2023-09-12", "Nigeria and the United Arab Emirates have finalised a historic agreement."))
        .containsExactly("ARE->NGA cooperation/agreement 2023-09-12 reported");
    assertThat(mentions("2023-05-26", "China and Congo-Kinshasa on Friday raised relations to a comprehensive "
        + "strategic partnership.")).containsExactly("CHN->COD cooperation/diplomatic 2023-05-26 day");
  }
  @Test
  void theirWithdrawalOpeningASentenceIsTheStatesBefore() {
    assertThat(mentions("2025-01-22", "Mali, Burkina Faso and Niger formed a confederation. Their withdrawal from the "
        + "Economic Community of West African States, announced in January last year, took effect this month."))
        .contains("MLI->ECOWAS withdrawal/organization 2024-01-01 month",
            "BFA->ECOWAS withdrawal/organization 2024-01-01 month", "NER->ECOWAS withdrawal/organization 2024-01-01 month");
  }

  @Test
  void troopsLeavingAnOrganisationsMissionLeaveTheStateItIsIn() {
    assertThat(mentions("2022-11-22", "Britain said last week it would withdraw its roughly 300 troops from the U.N. "
        + "peacekeeping mission in Mali.")).containsExactly("GBR->MLI withdrawal/forces 2022-11-01 month");
    assertThat(mentions("2022-11-22", "Egypt withdrew its troops from the UN."))
        .containsExactly("EGY->UN withdrawal/forces 2022-11-22 reported");
  }

  @Test
  void anUnderstandingReachedIsAnAgreement() {
    assertThat(mentions("2025-04-01", "In April last year Brazil and Paraguay reached an understanding that raised "
        + "the dam's tariff.")).containsExactly("BRA->PRY cooperation/agreement 2024-04-01 month");
  }
  @Test
  void troopsWithdrawnFromNoNamedPlaceLeaveTheStateWhoseRulersTheStoryIsAbout() {
    assertThat(mentions("2023-10-10", "The United States on Tuesday formally declared the July 26 military takeover "
        + "in Niger a coup, and Washington suspended most aid to Niger's junta. U.S. officials said the United States "
        + "would keep troops at its bases for now, and the United States would review the decision. France, which "
        + "has begun withdrawing its roughly 1,400 troops, took a harder line than the United States."))
        .contains("FRA->NER withdrawal/forces 2023-10-10 reported")
        .noneMatch(m -> m.startsWith("FRA->USA"));
  }
  @Test
  void theCountryOfAStoryAboutOneJuntaIsNotTheStateNamedMost() {
    assertThat(mentions("2024-01-17", "Niger's Prime Minister Ali Lamine Zeine held talks in Moscow with Russian "
        + "officials. Russia and Niger agreed to deepen military ties, Russian officials said. Russia's defence "
        + "ministry said Russia would train Nigerien officers. Burkina Faso's junta signed a similar deal last year. "
        + "Since the coup, Niamey has expelled French troops, and the last French soldiers left the country last "
        + "month.")).contains("FRA->NER withdrawal/forces 2023-12-01 month").noneMatch(m -> m.startsWith("FRA->RUS"));
  }
  @Test
  void aTourThatHasTakenSomeoneToStatesVisitsThem() {
    assertThat(mentions("2024-10-17", "Iranian Foreign Minister Abbas Araghchi held talks with Egypt's president. "
        + "The Cairo stop is part of a regional tour that began earlier this month and has already taken Araghchi "
        + "to Lebanon and Syria."))
        .containsExactlyInAnyOrder("IRN->EGY cooperation/visit 2024-10-17 reported",
            "IRN->LBN cooperation/visit 2024-10-01 month", "IRN->SYR cooperation/visit 2024-10-01 month");
  }
}
