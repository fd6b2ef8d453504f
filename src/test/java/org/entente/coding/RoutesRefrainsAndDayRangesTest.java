package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A route ("a trip that took him from Israel to Saudi Arabia", "flew from Dakar to Abidjan") goes to its end; what
 * a party refrains from is not done; money poured into a state; shielding a state from censure; a state's
 * recognition of another; an office ordered to close; two days before one year ("June 3 and 4, 2015"); a
 * deadline's date is no act's date; "rebel leaders" rule no state; the parties a subject includes act with it;
 * a past tense after a floating "each"; a Korean surname after a title; talks an infinitive names; accession
 * negotiations opened; a president given his office in a month before publication held it then; "forces" after a
 * name that opens the sentence; money a lender approves; "Its president" opening a sentence; a junta the sentence
 * before opened with is "it"; "came to" a place. Every sentence is written for this test.
 */
class RoutesRefrainsAndDayRangesTest {

  @Test
  void aTripThatTookSomeoneFromOnePlaceToAnotherGoesToTheSecond() {
    assertThat(mentions("2024-06-10", "Biden ended a trip that took him from Israel to Saudi Arabia on Saturday."))
        .containsExactly("USA->SAU cooperation/visit 2024-06-08 day");
    assertThat(mentions("2025-06-10", "Araghchi is on a regional tour that began earlier this month and has already "
        + "taken him to Lebanon and Qatar.")).contains("IRN->LBN cooperation/visit 2025-06-01 month",
            "IRN->QAT cooperation/visit 2025-06-01 month");
  }

  @Test
  void oneFliesToWhereTheRouteEnds() {
    assertThat(mentions("2024-06-10", "Macron flew from Dakar to Abidjan on Saturday."))
        .containsExactly("FRA->CIV cooperation/visit 2024-06-08 day");
    assertThat(mentions("2024-06-10", "Biden flew from Israel to Saudi Arabia on Saturday."))
        .containsExactly("USA->SAU cooperation/visit 2024-06-08 day");
  }

  @Test
  void whatAPartyRefrainsFromIsNotDone() {
    assertThat(mentions("2024-06-10", "Rwanda and Uganda undertook to refrain from financing, training or arming "
        + "rebels.")).isEmpty();
    assertThat(mentions("2024-06-10", "Kenya abstained from recognising Kosovo.")).isEmpty();
  }

  @Test
  void moneyPouredIntoAStateIsEconomicCooperation() {
    assertThat(mentions("2024-06-10", "The UAE and Kuwait poured billions of dollars in grants into Egypt."))
        .contains("ARE->EGY cooperation/economic 2024-06-10 reported", "EGY->KWT cooperation/economic 2024-06-10 "
            + "reported");
    assertThat(mentions("2024-06-10", "Russia poured troops into Ukraine.")).isEmpty();
  }

  @Test
  void shieldingAStateFromCensureAndRecognisingItAreDiplomaticSupport() {
    assertThat(mentions("2024-06-10", "Beijing has repeatedly shielded Myanmar from censure at the U.N. Security "
        + "Council.")).containsExactly("CHN->MMR cooperation/diplomatic 2024-06-10 reported");
    assertThat(mentions("2024-06-10", "China's recognition of Georgia in 1992 opened the way."))
        .containsExactly("CHN->GEO cooperation/diplomatic 1992-01-01 year");
    // a switch of recognition keeps its own reading
    assertThat(mentions("2024-06-10", "Kiribati switched diplomatic recognition from Taipei to Beijing in 2019."))
        .containsExactlyInAnyOrder("KIR->TWN withdrawal/relations 2019-01-01 year",
            "KIR->CHN cooperation/diplomatic 2019-01-01 year");
  }

  @Test
  void anOfficeOrderedToCloseIsExpelled() {
    assertThat(mentions("2024-06-10", "Burundi ordered the UN human rights office in Bujumbura to close in "
        + "December.")).containsExactly("BDI->UN expulsion/mission 2023-12-01 month");
  }

  @Test
  void twoDaysBeforeOneYearTakeThatYear() {
    assertThat(mentions("2021-04-20", "Buhari visited Niamey on June 3 and 4, 2015."))
        .containsExactly("NGA->NER cooperation/visit 2015-06-03 day");
    assertThat(mentions("2021-04-20", "Buhari visited Niamey on June 3-4, 2015."))
        .containsExactly("NGA->NER cooperation/visit 2015-06-03 day");
    assertThat(mentions("2021-04-20", "Buhari visited Niamey on 3 and 4 June 2015."))
        .containsExactly("NGA->NER cooperation/visit 2015-06-03 day");
    assertThat(mentions("2021-04-20", "Buhari visited Niamey on June 3."))
        .containsExactly("NGA->NER cooperation/visit 2020-06-03 day");
  }

  @Test
  void aDeadlinesDateIsNoActsDate() {
    assertThat(mentions("2024-05-20", "The United States will complete the withdrawal of its troops from Niger no "
        + "later than Sept. 15, the two countries said in a joint statement on Sunday."))
        .containsExactly("USA->NER withdrawal/forces 2024-05-19 day");
    assertThat(mentions("2024-05-20", "Niger and the United States agreed on a September 15 deadline."))
        .noneMatch(m -> m.contains("2023-09-15"));
  }

  @Test
  void rebelLeadersRuleNoStateAndEndNoList() {
    assertThat(mentions("2024-08-14", "Mali accuses Algiers of harbouring rebel leaders, and the two countries "
        + "recalled their ambassadors in December.")).containsExactlyInAnyOrder(
            "DZA->MLI withdrawal/relations 2023-12-01 month", "MLI->DZA withdrawal/relations 2023-12-01 month");
  }

  @Test
  void thePartiesASubjectIncludesActWithIt() {
    assertThat(mentions("2024-08-14", "A delegation of ECOWAS leaders, including the presidents of Ghana, Senegal "
        + "and Togo, travelled to Bamako on Sunday.")).containsExactlyInAnyOrder(
            "ECOWAS->MLI cooperation/visit 2024-08-11 day", "GHA->MLI cooperation/visit 2024-08-11 day",
            "SEN->MLI cooperation/visit 2024-08-11 day", "TGO->MLI cooperation/visit 2024-08-11 day");
  }

  @Test
  void aPastTenseAfterAFloatingEachIsTheVerb() {
    assertThat(mentions("2025-08-24", "Japan and South Korea each struck deals with Washington in late July."))
        .containsExactlyInAnyOrder("JPN->USA cooperation/agreement 2025-07-01 month",
            "KOR->USA cooperation/agreement 2025-07-01 month");
  }

  @Test
  void aKoreanSurnameIsTheWordAfterTheTitle() {
    // "President" alone is no one's surname: Xi's title stays his
    assertThat(mentions("2019-06-30", "South Korean President Moon Jae-in hosted Trump in Seoul on Sunday. Moon "
        + "said Trump and Chinese President Xi Jinping agreed in Osaka to end their trade war."))
        .noneMatch(m -> m.startsWith("CHN->KOR") || m.startsWith("KOR->CHN"));
  }

  @Test
  void talksAnInfinitiveNamesAreAPurposeOrAPlan() {
    assertThat(mentions("2019-06-30", "Trump and Xi Jinping agreed on Saturday to resume trade negotiations."))
        .noneMatch(m -> m.contains("cooperation/visit"));
  }

  @Test
  void accessionNegotiationsOpenedAreAStepTowardMembership() {
    assertThat(mentions("2023-12-15", "The EU opened membership talks with Albania in 2022."))
        .containsExactly("EU->ALB cooperation/diplomatic 2022-01-01 year");
  }

  @Test
  void aPresidentTitledInAMonthBeforePublicationHeldOfficeThen() {
    // Yoon Suk Yeol left office in April 2025; September is the September before June 2025
    assertThat(mentions("2025-06-05", "President Yoon Suk Yeol made a four-day official visit to the Czech "
        + "Republic in September.")).containsExactly("KOR->CZE cooperation/visit 2024-09-01 month");
    // with no office given, a month alone does not put him back in it
    assertThat(mentions("2025-06-05", "Yoon Suk Yeol visited Prague in September.")).isEmpty();
  }

  @Test
  void forcesAfterANameThatOpensTheSentenceAreANoun() {
    assertThat(mentions("2022-07-20", "US forces pulled out of Iraq in December 2011."))
        .containsExactly("USA->IRQ withdrawal/forces 2011-12-01 month");
  }

  @Test
  void moneyALenderApprovesIsEconomicCooperation() {
    assertThat(mentions("2022-07-20", "The International Monetary Fund approved about $71 million in new "
        + "disbursements to Niger.")).containsExactly("IMF->NER cooperation/economic 2022-07-20 reported");
    // an agreement approved stays an agreement
    assertThat(mentions("2022-07-20", "Serbia and China have a free trade agreement approved by both parties."))
        .noneMatch(m -> m.contains("economic"));
  }

  @Test
  void itsPresidentOpeningASentenceIsTheOneTheSentenceBeforeWasAbout() {
    assertThat(mentions("2023-08-20", "Chad, which is not an ECOWAS member, has opposed the use of force. Its "
        + "president, Mahamat Idriss Deby, flew to Niamey on July 30.")).containsExactly(
            "TCD->NER cooperation/visit 2023-07-30 day");
  }

  @Test
  void aJuntaTheSentenceBeforeOpenedWithIsIt() {
    assertThat(mentions("2023-08-20", "The junta has also turned on Niger's Western partners. On Aug. 3 it revoked "
        + "the military cooperation agreements with France.")).containsExactly(
            "NER->FRA withdrawal/agreement 2023-08-03 day");
  }

  @Test
  void comingToAPlaceIsAVisitButComingToPowerOrAnAgreementIsNot() {
    assertThat(mentions("2023-12-13", "Blinken came to Niamey from Abuja on Monday."))
        .containsExactly("USA->NER cooperation/visit 2023-12-11 day");
    assertThat(mentions("2023-12-13", "The junta came to power in July.")).isEmpty();
    // (coming to an agreement, which is reaching one, is not read yet: no visit either)
    assertThat(mentions("2023-12-13", "Kenya came to an agreement with Ethiopia on Monday."))
        .noneMatch(m -> m.contains("cooperation/visit"));
    assertThat(mentions("2023-12-13", "Orban came to Kyiv's rescue.")).isEmpty();
  }
}
