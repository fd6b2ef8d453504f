package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Envoys named and exchanged, private people expelled, and two discourse rules met in the same wire copy: a
 * "where" clause after a dated visit, and "Later he …". Every sentence is written for this test.
 */
class EnvoysAndPeopleTest {

  @Test
  void namingOrExchangingAmbassadorsIsDiplomaticCooperation() {
    assertThat(mentions("2024-05-10", "Egypt named a new ambassador to Ankara on Tuesday."))
        .containsExactly("EGY->TUR cooperation/diplomatic 2024-05-07 day");
    assertThat(mentions("2024-05-10", "Iran and Saudi Arabia exchanged ambassadors in September."))
        .containsExactly("IRN->SAU cooperation/diplomatic 2023-09-01 month");
  }

  @Test
  void namingSomethingElseIsNoAct() {
    assertThat(mentions("2024-05-10", "Ghana named a new coach for its national team on Tuesday.")).isEmpty();
  }

  @Test
  void expellingPrivatePeopleIsNoActBetweenStates() {
    assertThat(mentions("2024-05-10", "The Burkinabe government expelled two French journalists on Saturday."))
        .isEmpty();
    assertThat(mentions("2024-05-10", "Algeria expelled hundreds of Nigerien migrants last month.")).isEmpty();
    assertThat(mentions("2024-05-10", "Azerbaijan expelled four Iranian diplomats on Thursday."))
        .containsExactly("AZE->IRN expulsion/diplomat 2024-05-09 day");
  }

  @Test
  void whatHappenedWhereADatedVisitWentSharesItsDate() {
    assertThat(mentions("2024-05-10", "In November the Moroccan king was in Ethiopia, where the two governments "
        + "signed a fertiliser deal.")).containsExactly("MAR->ETH cooperation/visit 2023-11-01 month",
            "ETH->MAR cooperation/agreement 2023-11-01 month");
  }

  @Test
  void laterHeIsThePreviousSubject() {
    assertThat(mentions("2024-05-10", "The Emir of Qatar met Biden in Washington on Monday. Later he flew to "
        + "Ottawa.")).contains("QAT->CAN cooperation/visit 2024-05-01 month");
  }

  @Test
  void anAmbassadorBackAtThePostIsDiplomaticCooperation() {
    assertThat(mentions("2022-04-08", "Morocco's ambassador returned to Madrid on Monday."))
        .containsExactly("MAR->ESP cooperation/diplomatic 2022-04-04 day");
    // coming home is no act of its own
    assertThat(mentions("2022-04-08", "The French ambassador returned to Paris on Monday.")).isEmpty();
  }

  @Test
  void aDelegationFlyingIntoACapitalVisitsIt() {
    assertThat(mentions("2023-01-06", "A high-level Ivorian delegation flew into Bamako on December 22."))
        .containsExactly("CIV->MLI cooperation/visit 2022-12-22 day");
  }

  @Test
  void chineseAndKoreanFamilyNamesComeFirst() {
    assertThat(mentions("2023-03-24", "Chinese Foreign Minister Wang Yi arrived in Riyadh. On Wednesday, Wang held "
        + "talks with Crown Prince Mohammed bin Salman.")).contains("CHN->SAU cooperation/visit 2023-03-22 day");
    assertThat(mentions("2023-03-24", "South Korean President Yoon Suk Yeol flew to Tokyo on Thursday. Yoon met "
        + "Kishida the same day.")).contains("KOR->JPN cooperation/visit 2023-03-23 day");
  }

  @Test
  void aDelegationFromSeveralStatesIsEachOfThem() {
    assertThat(mentions("2023-08-10", "A joint delegation from Mali and Burkina Faso arrived in Niamey on Monday."))
        .containsExactly("MLI->NER cooperation/visit 2023-08-07 day", "BFA->NER cooperation/visit 2023-08-07 day");
  }

  @Test
  void whoLeadsAMissionTakesNoPartInItsActs() {
    assertThat(mentions("2023-08-10", "A first ECOWAS mission, led by former Nigerian head of state Abdulsalami "
        + "Abubakar, spent a few hours in Niamey last Thursday.")).containsExactly(
            "ECOWAS->NER cooperation/visit 2023-08-03 day");
  }

  @Test
  void theCapitalIsTheCapitalOfTheCountryTheArticleIsAbout() {
    assertThat(mentions("2023-08-10", "Niger's junta met the envoys on Monday. A delegation from Mali arrived in "
        + "the capital on Tuesday.")).contains("MLI->NER cooperation/visit 2023-08-08 day");
    // and "the Burkinabe capital" is still Burkina Faso's
    assertThat(mentions("2024-05-10", "Russia reopened its embassy in the Burkinabe capital in December 2023."))
        .containsExactly("RUS->BFA cooperation/diplomatic 2023-12-01 month");
  }

  @Test
  void officialsInACapitalAreThatStatesOfficials() {
    assertThat(mentions("2019-09-20", "Officials in Palau and the Marshall Islands reaffirmed their support for "
        + "Taipei on Friday.")).containsExactly("PLW->TWN cooperation/diplomatic 2019-09-20 day",
            "MHL->TWN cooperation/diplomatic 2019-09-20 day");
    assertThat(mentions("2019-09-20", "Officials in Kyiv expelled the Iranian ambassador on Friday."))
        .containsExactly("UKR->IRN expulsion/diplomat 2019-09-20 day");
  }
}
