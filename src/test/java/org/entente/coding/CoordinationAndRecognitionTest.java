package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Coordinated words inside an act ("cut diplomatic, trade and transport links"), recognition switched from one
 * party to another, and ultimatums to leave several places. Every sentence is written for this test.
 */
class CoordinationAndRecognitionTest {

  @Test
  void coordinatedModifiersBetweenTheVerbAndItsNoun() {
    assertThat(mentions("2024-05-10", "Kuwait severed diplomatic and economic ties with Iraq in 1990."))
        .containsExactly("KWT->IRQ withdrawal/relations 1990-01-01 year");
    assertThat(mentions("2024-05-10", "Bahrain, Egypt and Saudi Arabia cut diplomatic, trade and transport links "
        + "with Qatar in June 2017.")).containsExactly("BHR->QAT withdrawal/relations 2017-06-01 month",
            "EGY->QAT withdrawal/relations 2017-06-01 month", "SAU->QAT withdrawal/relations 2017-06-01 month");
  }

  @Test
  void aCommaOutsideTheActStillCutsTheClause() {
    // "its ties" is not inside the act's words here: the aid cut is no break of relations with Chad
    assertThat(mentions("2024-05-10", "Togo cut aid, Chad said on Monday.")).isEmpty();
  }

  @Test
  void switchingRecognitionBreaksWithOneAndOpensWithTheOther() {
    assertThat(mentions("2024-05-10", "Kiribati switched its diplomatic allegiance from Taipei to Beijing in "
        + "September 2019.")).containsExactly("KIR->TWN withdrawal/relations 2019-09-01 month",
            "KIR->CHN cooperation/diplomatic 2019-09-01 month");
    assertThat(mentions("2024-05-10", "In 2018 Panama switched diplomatic recognition from Taiwan to China."))
        .containsExactly("PAN->TWN withdrawal/relations 2018-01-01 year",
            "PAN->CHN cooperation/diplomatic 2018-01-01 year");
  }

  @Test
  void aSwitchWithoutADestinationIsOnlyTheBreak() {
    assertThat(mentions("2024-05-10", "Nauru switched diplomatic recognition from Taiwan in January."))
        .containsExactly("NRU->TWN withdrawal/relations 2024-01-01 month");
  }

  @Test
  void diplomatsGivenHoursToLeaveSeveralCapitalsAreExpelledByEach() {
    assertThat(mentions("2024-05-10", "Algerian diplomats were given 72 hours to leave Rabat, Tunis and Cairo."))
        .containsExactly("MAR->DZA expulsion/diplomat 2024-05-10 reported",
            "TUN->DZA expulsion/diplomat 2024-05-10 reported", "EGY->DZA expulsion/diplomat 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "The French ambassador was given 48 hours to leave Niger."))
        .containsExactly("NER->FRA expulsion/diplomat 2024-05-10 reported");
  }

  @Test
  void switchingRecognitionToAPartyOpensRelationsWithIt() {
    // (and, for one China, ends them with the other: JoinersWitnessesAndStandInsTest)
    assertThat(mentions("2019-09-20", "The Solomon Islands switched recognition to Beijing on Monday."))
        .containsExactly("SLB->CHN cooperation/diplomatic 2019-09-16 day",
            "SLB->TWN withdrawal/relations 2019-09-16 day");
  }

  @Test
  void agreeingToRecogniseEachOtherIsNoAlliance() {
    assertThat(mentions("2020-09-04", "Israel and Kosovo agreed to recognise each other on Friday."))
        .containsExactly("ISR->XKX cooperation/diplomatic 2020-09-04 day");
    assertThat(mentions("2020-09-04", "Mali and Niger agreed on Friday to defend each other in case of attack."))
        .containsExactly("MLI->NER alliance/formation 2020-09-04 day");
  }

  @Test
  void aLongDescriptionAfterTheSubjectIsAnApposition() {
    assertThat(mentions("2019-09-20", "Kiribati, an archipelago of about 115,000 people spread over an ocean area "
        + "the size of India, first recognized Beijing in 1980.")).containsExactly(
            "KIR->CHN cooperation/diplomatic 1980-01-01 year");
  }

  @Test
  void whoDecidedIsThePartyRightBeforeTheVerb() {
    assertThat(mentions("2019-09-20", "Wu said the government had learned that Kiribati's president had decided to "
        + "establish relations with Beijing.")).containsExactly("KIR->CHN cooperation/diplomatic 2019-09-20 reported");
  }

  @Test
  void expulsionsThatNameNoOneFollowTheOneThatDid() {
    assertThat(mentions("2018-03-27", "The United States expelled 60 Russian diplomats on Monday. Germany, France "
        + "and Poland each ordered four diplomats out. Several smaller states, including Estonia and Latvia, "
        + "expelled one.")).containsExactly("USA->RUS expulsion/diplomat 2018-03-26 day",
            // (undated, after a lead that dated its act the day before publication: that day)
            "DEU->RUS expulsion/diplomat 2018-03-26 day", "FRA->RUS expulsion/diplomat 2018-03-26 day",
            "POL->RUS expulsion/diplomat 2018-03-26 day", "EST->RUS expulsion/diplomat 2018-03-26 day",
            "LVA->RUS expulsion/diplomat 2018-03-26 day");
  }

  @Test
  void twoPartiesExpelEachOthersDiplomatsButThreeDoNot() {
    assertThat(mentions("2022-05-10", "Germany and Russia expelled dozens of diplomats in 2022."))
        .containsExactly("DEU->RUS expulsion/diplomat 2022-01-01 year", "RUS->DEU expulsion/diplomat 2022-01-01 year");
    assertThat(mentions("2022-05-10", "Estonia, Latvia and Lithuania expelled diplomats in 2022.")).isEmpty();
  }

  @Test
  void partiesAfterACommaAreTheNextItemNotTheObject() {
    assertThat(mentions("2018-03-27", "The United States expelled 60 Russian diplomats on Monday. Germany ordered "
        + "four diplomats out, Lithuania three.")).doesNotContain("DEU->LTU expulsion/diplomat 2018-03-27 reported");
  }
}
