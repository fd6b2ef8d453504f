package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * States bound by a defence treaty are allied; communication lines cut end relations; police and soldiers
 * rushed to a state are military cooperation; memoranda exchanged are agreements; a strategic partnership
 * established; warships "from" a list of states are those states; more organisations (the whaling commission); a
 * meeting whose sentence names no place is held at the story's scene; two states recalling their envoys in a dispute
 * over a third party's acts recall them from each other; a relative "that" after troops opens a clause of its own;
 * a participle after the main clause lends no subject to the next conjunct; an expulsion answered "in kind".
 * Every sentence is written for this test.
 */
class TreatiesLinesAndSceneMeetingsTest {

  @Test
  void statesBoundByADefenceTreatyAreAllied() {
    assertThat(mentions("2024-04-12", "The United States and the Philippines are bound by a 1951 mutual defense "
        + "treaty.")).containsExactly("PHL->USA alliance/formation 2024-04-12 reported");
    assertThat(mentions("2024-04-12", "The two states are bound by history and have a long border.")).isEmpty();
  }

  @Test
  void communicationLinesCutEndRelations() {
    assertThat(mentions("2024-04-12", "Pyongyang cut off all government and military communication lines with "
        + "Seoul on Tuesday.")).containsExactly("PRK->KOR withdrawal/relations 2024-04-09 day");
  }

  @Test
  void forcesOrMoneyRushedToAStateAreCooperation() {
    assertThat(mentions("2024-04-12", "Canberra rushed police and soldiers to Honiara in November 2021 to help "
        + "quell riots.")).containsExactly("AUS->SLB cooperation/military 2021-11-01 month");
  }

  @Test
  void memorandaExchangedAndAPartnershipEstablished() {
    assertThat(mentions("2025-01-17", "Sri Lanka and China exchanged 15 memoranda of understanding on Wednesday."))
        .containsExactly("CHN->LKA cooperation/agreement 2025-01-15 day");
    assertThat(mentions("2023-09-02", "China and Benin have established a strategic partnership, the two "
        + "presidents announced on Friday.")).containsExactly("CHN->BEN cooperation/diplomatic 2023-09-01 day");
  }

  @Test
  void warshipsFromAListOfStatesAreThoseStates() {
    assertThat(mentions("2024-04-12", "Warships from the United States, Japan and the Philippines held joint "
        + "drills on Sunday.")).containsExactlyInAnyOrder("JPN->USA cooperation/military 2024-04-07 day",
            "PHL->USA cooperation/military 2024-04-07 day", "JPN->PHL cooperation/military 2024-04-07 day");
  }

  @Test
  void theWhalingCommissionIsAnOrganisation() {
    assertThat(mentions("2024-04-12", "Japan quit the International Whaling Commission in 2019."))
        .containsExactly("JPN->IWC withdrawal/organization 2019-01-01 year");
  }

  @Test
  void aMeetingThatNamesNoPlaceIsHeldAtTheScene() {
    // (the talks in Beijing, then the meeting with the premier: both a visit of Benin's president to China)
    assertThat(mentions("2023-09-02", "Xi held talks with Talon in Beijing on Friday. Premier Li Qiang met Talon "
        + "separately earlier on Friday.")).containsOnly("BEN->CHN cooperation/visit 2023-09-01 day").hasSize(2);
  }

  @Test
  void twoStatesRecallingEnvoysInADisputeOverAThirdRecallThemFromEachOther() {
    assertThat(mentions("2024-08-07", "Bamako and Algiers recalled their ambassadors in December in a dispute over "
        + "Algeria's contacts with Malian rebel leaders.")).containsExactlyInAnyOrder(
            "MLI->DZA withdrawal/relations 2023-12-01 month", "DZA->MLI withdrawal/relations 2023-12-01 month");
  }

  @Test
  void aRelativeThatAfterTroopsOpensAClauseOfItsOwn() {
    assertThat(mentions("2022-02-18", "The junta told Denmark last month to pull out a contingent of special forces "
        + "that had just arrived for the Takuba mission.")).noneMatch(m -> m.contains("->EU"));
  }

  @Test
  void aParticipleAfterTheMainClauseLendsNoSubjectToTheNextConjunct() {
    assertThat(mentions("2024-06-06", "Pakistani Prime Minister Shehbaz Sharif travelled to Saudi Arabia in April, "
        + "meeting Crown Prince Mohammed bin Salman in Makkah, and later that month hosted Iranian President Ebrahim "
        + "Raisi in Islamabad.")).contains("PAK->SAU cooperation/visit 2024-04-01 month",
            "IRN->PAK cooperation/visit 2024-04-01 month").noneMatch(m -> m.startsWith("IRN->SAU"));
  }

  @Test
  void anExpulsionAnsweredInKindIsDoneBack() {
    assertThat(mentions("2024-06-06", "Britain expelled 23 Russian diplomats in March, and Moscow responded in kind "
        + "days later.")).containsExactly("GBR->RUS expulsion/diplomat 2024-03-01 month",
            "RUS->GBR expulsion/diplomat 2024-03-01 month");
    assertThat(mentions("2024-06-06", "Germany expelled two Russian diplomats on Monday. Russia responded with a "
        + "statement.")).containsExactly("DEU->RUS expulsion/diplomat 2024-06-03 day");
  }

  @Test
  void noSceneForAMeetingAtAPlaceTheDictionaryDoesNotKnow() {
    assertThat(mentions("2023-09-01", "Burhan flew to Cairo in August. He met Egyptian President Abdel Fattah "
        + "al-Sisi in the Mediterranean city of El Alamein.")).noneMatch(m -> m.startsWith("EGY->SDN"));
  }
}
