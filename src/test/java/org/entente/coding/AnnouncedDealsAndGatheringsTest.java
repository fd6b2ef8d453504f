package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Deals announced or quit (and agreements news names without their parties), envoys stripped of their status or
 * immunity, a truce pressed for, the guests of a gathering another hosts or that they were left off, company set off
 * by commas, a renewal declined, a consulate in a city, a mission kept abroad, a hyphenated title, a gathering
 * attended in a relative clause, a letter's claims and a refusal after "which". Every sentence is written for this
 * test.
 */
class AnnouncedDealsAndGatheringsTest {

  @Test
  void aDealAnnouncedIsADealMade() {
    assertThat(mentions("2025-06-14", "Japan on Friday announced a trade partnership with Chile and Peru."))
        .containsExactlyInAnyOrder("CHL->JPN cooperation/agreement 2025-06-13 day",
            "JPN->PER cooperation/agreement 2025-06-13 day");
    // (what is announced as a clause of its own is that clause's act)
    assertThat(mentions("2025-06-14", "Chad announced on Friday that it was ending its defence accords with France."))
        .containsExactly("TCD->FRA withdrawal/agreement 2025-06-13 day");
    assertThat(mentions("2025-06-14", "Gabon announced it would not renew its fishing agreement with Spain."))
        .noneMatch(m -> m.contains("cooperation/agreement"));
  }

  @Test
  void aDealQuitOrAbandonedIsWithdrawnFrom() {
    assertThat(mentions("2021-05-01", "Tensions rose after Washington quit the 2015 nuclear deal with Iran in 2018."))
        .containsExactly("USA->IRN withdrawal/agreement 2018-01-01 year");
    assertThat(mentions("2021-05-01", "Diplomats met to revive the accord with Iran, which the United States "
        + "abandoned in 2018.")).contains("USA->IRN withdrawal/agreement 2018-01-01 year");
    // (a plan abandoned is no pact left: no object of the agreement class)
    assertThat(mentions("2021-05-01", "Kenya abandoned plans to buy Russian wheat in March.")).isEmpty();
  }

  @Test
  void anEnvoyStrippedOfStatusOrImmunityIsExpelled() {
    assertThat(mentions("2024-08-20", "Hungary on Monday revoked the diplomatic status of three Ukrainian diplomats."))
        .containsExactly("HUN->UKR expulsion/diplomat 2024-08-19 day");
    assertThat(mentions("2024-08-20", "Mali has lifted the diplomatic immunity of Sweden's ambassador."))
        .containsExactly("MLI->SWE expulsion/diplomat 2024-08-20 reported");
    assertThat(mentions("2024-08-20", "Latvia stripped two Belarusian diplomats of their diplomatic status."))
        .containsExactly("LVA->BLR expulsion/diplomat 2024-08-20 reported");
  }

  @Test
  void aTruceAnotherIsPressedToAcceptIsNotMade() {
    assertThat(mentions("2025-05-12", "The leaders of Spain, Italy and Poland flew to Kyiv on Saturday to press "
        + "Moscow to accept a lasting 60-day truce.")).containsExactlyInAnyOrder(
            "ESP->UKR cooperation/visit 2025-05-10 day", "ITA->UKR cooperation/visit 2025-05-10 day",
            "POL->UKR cooperation/visit 2025-05-10 day");
  }

  @Test
  void guestsAtAnothersGatheringVisitItsHostNotEachOther() {
    assertThat(mentions("2022-01-10", "Senegal's Macky Sall, Togo's Faure Gnassingbe and Benin's Patrice Talon "
        + "attended talks hosted by Ghanaian President Nana Akufo-Addo on Sunday."))
        .noneMatch(m -> m.startsWith("SEN->TGO") || m.startsWith("BEN->SEN") || m.startsWith("BEN->TGO")
            || m.startsWith("TGO->SEN") || m.startsWith("TGO->BEN") || m.startsWith("SEN->BEN"))
        .contains("SEN->GHA cooperation/visit 2022-01-09 day");
    assertThat(mentions("2022-01-10", "Kenya's William Ruto, Rwanda's Paul Kagame and Ghana's Nana Akufo-Addo were "
        + "among the leaders who flew in for the two-day meeting.")).isEmpty();
  }

  @Test
  void whoAttendsWhereTheRelativeStandsForVisitsThatPlace() {
    assertThat(mentions("2025-02-20", "Ruto flew home from Luanda, Angola, where he had attended a regional summit "
        + "on Tuesday.")).containsExactly("KEN->AGO cooperation/visit 2025-02-18 day");
  }

  @Test
  void addisAbebaIsEthiopiasCapitalInFrenchSpelling() {
    assertThat(mentions("2024-12-21", "Macron flew to Addis Abeba on Friday.")).containsExactly(
        "FRA->ETH cooperation/visit 2024-12-20 day");
  }

  @Test
  void aRenewalDeclinedWithATimeBetweenEndsTheAgreement() {
    assertThat(mentions("2024-03-01", "Sri Lanka declined in January to renew its 2017 port agreement with India."))
        .containsExactly("LKA->IND withdrawal/agreement 2024-01-01 month");
  }

  @Test
  void companyBetweenCommasSharesTheAct() {
    assertThat(mentions("2024-06-01", "Slovenia, together with Malta and Ireland, recognised Palestine on Tuesday."))
        .containsExactlyInAnyOrder("SVN->PSE cooperation/diplomatic 2024-05-28 day",
            "MLT->PSE cooperation/diplomatic 2024-05-28 day", "IRL->PSE cooperation/diplomatic 2024-05-28 day");
    assertThat(mentions("2024-06-01", "Slovenia recognised Palestine on Tuesday, together with Malta and Ireland."))
        .contains("MLT->PSE cooperation/diplomatic 2024-05-28 day");
    // (company after a host's guest is more guests)
    assertThat(mentions("2025-11-12", "President Bassirou Diomaye Faye hosted Chinese Vice President Han Zheng, who "
        + "represented Xi, along with Ghana's President John Mahama at the new stadium."))
        .contains("CHN->SEN cooperation/visit 2025-11-12 reported", "GHA->SEN cooperation/visit 2025-11-12 reported");
  }

  @Test
  void aConsulateInACityIsInThatCitysState() {
    assertThat(mentions("2025-01-20", "Mali opened a consulate general in Agadez on Monday."))
        .containsExactly("MLI->NER cooperation/diplomatic 2025-01-20 day");
  }

  @Test
  void aTrainingMissionKeptAbroadIsMilitaryCooperation() {
    // (a standing presence is dated when reported)
    assertThat(mentions("2025-01-20", "Spain has kept a training mission in Mauritania since 2019."))
        .containsExactly("ESP->MRT cooperation/military 2025-01-20 reported");
  }

  @Test
  void aHyphenatedTitleIntroducesItsOfficial() {
    assertThat(mentions("2024-07-02", "The forum was opened by Kenyan Vice-President Jane Okello on Monday.\n\n"
        + "Okello flew to Kigali in May.")).contains("KEN->RWA cooperation/visit 2024-05-01 month");
  }

  @Test
  void aGatheringAttendedInARelativeClauseIsWhereItWasHeld() {
    assertThat(mentions("2025-03-01", "Uganda boycotted the talks in Nairobi, which Rwandan and Burundian delegations "
        + "attended.")).contains("RWA->KEN cooperation/visit 2025-03-01 reported",
            "BDI->KEN cooperation/visit 2025-03-01 reported");
  }

  @Test
  void aNounTriggerOpeningTheSentenceIsRead() {
    // (regression: a noun of talks as the first word once broke the reading of a request before it)
    assertThat(mentions("2025-03-01", "Talks between Qatar and Japan were held in Doha on Monday."))
        .contains("JPN->QAT cooperation/visit 2025-02-24 day");
  }

  @Test
  void aKnownAgreementNamedWithoutItsPartiesSuppliesThePartner() {
    assertThat(mentions("2019-06-01", "Paris wants to save the 2015 nuclear deal, which Washington abandoned last "
        + "year.")).containsExactly("USA->IRN withdrawal/agreement 2018-01-01 year");
    assertThat(mentions("2019-06-01", "Washington has since withdrawn from the INF treaty.")).containsExactly(
        "USA->RUS withdrawal/agreement 2019-06-01 reported");
    assertThat(mentions("2023-09-01", "Moscow quit the grain deal in July.")).containsExactly(
        "RUS->UKR withdrawal/agreement 2023-07-01 month");
  }

  @Test
  void aGuestLeftOffTheListVisitsNoOne() {
    assertThat(mentions("2022-06-11", "Cuba's president was left off the guest list for the summit hosted by "
        + "Mexico's president in Cancun.")).isEmpty();
  }

  @Test
  void whatALetterPurportsToDoIsNotDone() {
    assertThat(mentions("2023-09-01", "A forged letter purporting to give the ambassadors of Italy, Spain and Canada "
        + "72 hours to leave was circulated online, Mali's foreign ministry said.")).isEmpty();
  }

  @Test
  void aRefusalOfItsOwnAfterWhichDeniesNothingBefore() {
    assertThat(mentions("2023-09-01", "Mali has revoked the diplomatic status of Sweden's ambassador, deepening a row "
        + "with Stockholm, which refuses to recognise the junta.")).containsExactly(
            "MLI->SWE expulsion/diplomat 2023-09-01 reported");
    assertThat(mentions("2023-09-01", "Reports said Mali had expelled Sweden's ambassador, which Bamako denied."))
        .isEmpty();
  }
}
