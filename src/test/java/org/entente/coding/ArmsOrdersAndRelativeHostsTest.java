package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Arms ordered, bought or taken delivery of, named by the system's name; a guest received in an object relative
 * clause; a place located by a second "in" phrase; a title held "then"; an act told
 * as a purpose, dated by its clause; a second charge of an allegation. Every sentence is written for this test.
 */
class ArmsOrdersAndRelativeHostsTest {

  @Test
  void aNamedWeaponSystemIsArms() {
    assertThat(mentions("2022-03-01", "Greece bought 18 used Rafales from France in 2021."))
        .containsExactly("FRA->GRC cooperation/military 2021-01-01 year");
    assertThat(mentions("2022-03-01", "Serbia has since ordered French Rafale jets."))
        .containsExactly("FRA->SRB cooperation/military 2022-03-01 reported");
  }

  @Test
  void armsOrderedFromAStateAreArmsBetweenThem() {
    assertThat(mentions("2022-03-01", "Indonesia ordered 42 fighter jets from France in February."))
        .containsExactly("FRA->IDN cooperation/military 2022-02-01 month");
    assertThat(mentions("2024-03-01", "The deal follows an Indian order earlier this month for 26 French Rafale "
        + "jets.")).containsExactly("FRA->IND cooperation/military 2024-03-01 month");
    // (ordering strikes buys nothing)
    assertThat(mentions("2024-03-01", "The president ordered drone strikes on militias in Syria.")).isEmpty();
  }

  @Test
  void whoTakesDeliveryReceivesFromTheStateNamedAfterFrom() {
    assertThat(mentions("2022-03-01", "Morocco took delivery of drones from Turkey in 2021."))
        .containsExactly("MAR->TUR cooperation/military 2021-01-01 year");
    assertThat(mentions("2022-03-01", "The delivery of armoured vehicles from Turkey to Chad began in 2021."))
        .containsExactly("TCD->TUR cooperation/military 2021-01-01 year");
    // (a "from" further on belongs to another phrase)
    assertThat(mentions("2022-03-01", "Algeria took delivery of the first parts of a Russian radar in defiance of "
        + "months of warnings from its French partners.")).noneMatch(m -> m.contains("FRA"));
  }

  @Test
  void anObjectRelativeReceivesTheNounItDescribes() {
    assertThat(mentions("2024-03-06", "Saied praised a Libyan delegation, which he received in Tunis on Monday."))
        .containsExactly("LBY->TUN cooperation/visit 2024-03-04 day");
    // (a "whose" clause's subject is the noun itself)
    assertThat(mentions("2024-03-06", "He had gone abroad only to Senegal and Gambia, whose presidents received him "
        + "in Dakar and Banjul.")).noneMatch(m -> m.startsWith("SEN->GMB") || m.startsWith("GMB->SEN"));
  }

  @Test
  void heAfterWhereAndATimePhraseIsTheTraveller() {
    assertThat(mentions("2025-02-08", "Anthony Albanese flew to Fiji on Friday evening from Samoa, where earlier in the day "
        + "he held talks with Prime Minister Fiame Naomi Mata'afa."))
        .contains("AUS->WSM cooperation/visit 2025-02-07 day");
  }

  @Test
  void aSecondInPhraseLocatesAnUnknownPlace() {
    assertThat(mentions("2025-09-10", "The presidents of Kenya and Uganda attended the ceremony in Kolo, in western "
        + "Ethiopia.")).containsExactlyInAnyOrder("KEN->ETH cooperation/visit 2025-09-10 reported",
            "UGA->ETH cooperation/visit 2025-09-10 reported");
  }

  @Test
  void aTitleHeldThenIsNoTime() {
    assertThat(mentions("2020-01-10", "Talks stalled after then-Secretary of State Mike Pompeo visited Seoul in "
        + "October.")).containsExactly("USA->KOR cooperation/visit 2019-10-01 month");
  }

  @Test
  void anActToldAsAPurposeIsOfItsClausesMoment() {
    assertThat(mentions("2020-01-04", "A Chadian battalion crossed into Niger last March, weeks before the vote, to "
        + "back Nigerien troops against the jihadists.")).containsExactly("NER->TCD cooperation/military 2019-03-01 month");
  }

  @Test
  void aSecondChargeIsAllegedToo() {
    assertThat(mentions("2024-03-01", "Kenya accused Sudan of arming rebels and of selling drones to Chad."))
        .isEmpty();
  }

  @Test
  void anOffsetFromTheActToldBeforeCountsFromItsDate() {
    assertThat(mentions("2021-07-23", "Modi flew to Abu Dhabi in March 2020 and signed a trade deal with the UAE. "
        + "That trip came two months after the Emirati president became the first Gulf leader to visit India."))
        .contains("ARE->IND cooperation/visit 2020-01-01 month");
  }

  @Test
  void aNounsPhrasesGoOnPastANameSetBesideItsObject() {
    assertThat(mentions("2025-11-22", "The expulsion of Chile's ambassador, Pedro Ruiz, by Venezuela in March "
        + "followed weeks of protests.")).containsExactly("VEN->CHL expulsion/diplomat 2025-03-01 month");
  }

  @Test
  void aDecreeSignedIsNoAgreement() {
    assertThat(mentions("2025-11-22", "The order signed by the president in February cut aid to Zambia."))
        .isEmpty();
  }

  @Test
  void aLeaderWithdrawsHisStateFromABody() {
    assertThat(mentions("2025-11-22", "Milei signed an order withdrawing Argentina from the WHO."))
        .containsExactly("ARG->WHO withdrawal/organization 2025-11-22 reported");
  }

  @Test
  void anEnvoyWhoLeavesHisPostIsWithdrawn() {
    assertThat(mentions("2024-08-07", "Chile's ambassador left Caracas on Monday."))
        .containsExactly("CHL->VEN withdrawal/relations 2024-08-05 day");
    // (an envoy named inside a relative clause is no subject of the verb after it)
    assertThat(mentions("2025-03-30", "Eritrea, which recalled its envoy in 2021, left IGAD in June of that year."))
        .containsExactly("ERI->IGAD withdrawal/organization 2021-06-01 month");
    // (an envoy who had left before the story is where he is)
    assertThat(mentions("2023-11-15", "Peru told Chile's ambassador, who had already left Lima, not to return."))
        .noneMatch(m -> m.startsWith("CHL->PER withdrawal"));
  }

  @Test
  void soldiersWhoJoinAForceServeWithIt() {
    assertThat(mentions("2021-10-15", "Ugandan troops joined the African Union mission in Somalia in 2007."))
        .containsExactly("AU->UGA cooperation/military 2007-01-01 year");
  }

  @Test
  void helpThatStopsEndsACooperation() {
    assertThat(mentions("2022-04-12", "Norway halted military aid to Niger last week."))
        .containsExactly("NOR->NER withdrawal/agreement 2022-04-01 month");
    assertThat(mentions("2022-04-12", "The EU suspended training of Malian troops on Monday."))
        .containsExactly("EU->MLI withdrawal/agreement 2022-04-11 day");
  }

  @Test
  void aWordInSAfterAPrepositionIsANoun() {
    assertThat(mentions("2022-04-12", "Soldiers, believed by witnesses to be Russian, shot civilians in Mali."))
        .isEmpty();
  }

  @Test
  void aNameSetBesideTheCapitalLocatesTheScene() {
    assertThat(mentions("2025-01-15", "Chapo was sworn in at a ceremony in the capital, Maputo. Portugal sent its "
        + "Foreign Minister Paulo Rangel, while Malawi was represented by senior officials."))
        .containsExactlyInAnyOrder("PRT->MOZ cooperation/visit 2025-01-15 reported",
            "MWI->MOZ cooperation/visit 2025-01-15 reported");
  }

  @Test
  void theSpeakerOfAnAttributionIsWhoTheRelativeClauseAfterItTellsOf() {
    assertThat(mentions("2025-07-03", "\"It is a fair deal,\" said Norwegian Deputy Minister and Trade Envoy Erik "
        + "Hansen, who travelled to Lima for the signing.")).containsExactly("NOR->PER cooperation/visit 2025-07-03 reported");
  }

  @Test
  void aVisitToTheSceneMaySayWhenButNotWhere() {
    assertThat(mentions("2025-03-12", "Prabowo arrived in Manila on Tuesday. The Philippines' other partnerships "
        + "include one with Japan, agreed when Prime Minister Fumio Kishida visited in November 2023."))
        .contains("JPN->PHL cooperation/visit 2023-11-01 month");
  }

  @Test
  void aSurnameIsThePersonTheArticleNamedInFull() {
    // (the dictionary's "Osmani" alone is Kosovo's president)
    assertThat(mentions("2023-11-30", "North Macedonia's Foreign Minister Bujar Osmani chaired the meeting. Osmani "
        + "visited Kyiv in October.")).containsExactly("MKD->UKR cooperation/visit 2023-10-01 month");
    // (unless the article names the other person in full too)
    assertThat(mentions("2023-11-30", "North Macedonia's Foreign Minister Bujar Osmani chaired the meeting. Osmani "
        + "visited Kyiv in October. Kosovo's president, Vjosa Osmani, stayed away."))
        .containsExactly("XKX->UKR cooperation/visit 2023-10-01 month");
  }

  @Test
  void anEnvoySummonedHomeIsRecalled() {
    assertThat(mentions("2023-12-30", "Two weeks later, Peru's ambassador, Luis Vega, was summoned home from "
        + "Caracas.")).containsExactly("PER->VEN withdrawal/relations 2023-12-30 reported");
  }

  @Test
  void aBodyNamedAsItsMeetingsIsNotTheOneJoined() {
    assertThat(mentions("2025-09-09", "Jamaica's prime minister, who was in Nairobi for the Africa-CARICOM summit, "
        + "also joined.")).noneMatch(m -> m.contains("accession"));
  }

  @Test
  void theStatesWhereSomethingHappenedAreNotOfTheGroup() {
    assertThat(mentions("2023-08-02", "Georgian troops served alongside U.S. forces in Iraq and Afghanistan, and the "
        + "two militaries co-host an annual exercise.")).containsOnly(
            "GEO->USA cooperation/military 2023-08-02 reported");
  }

  @Test
  void closeBeforeARelationshipIsAnAdjective() {
    assertThat(mentions("2023-08-02", "Indonesia and Japan agreed on close high-level military exchanges."))
        .noneMatch(m -> m.contains("withdrawal"));
  }
}
