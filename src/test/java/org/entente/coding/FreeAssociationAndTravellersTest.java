package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * States in free association that conduct their own foreign relations (the Cook Islands, Niue) and the partly
 * recognised Sahrawi Republic are parties, and recognition withdrawn from one is a break; a "stop in" a place, a
 * lunch or dinner with a host, and being "among those attending" are visits; the
 * traveller before a "where" is never the state travelled to, even when its name takes "the", and the person named
 * right before ", when he" is the one who went; a refusal does not deny what a clause of time after it states; a
 * Speaker of the House travels for the United States. Every sentence is written for this test.
 */
class FreeAssociationAndTravellersTest {

  @Test
  void theCookIslandsAndNiueActForThemselves() {
    assertThat(mentions("2025-02-20", "Cook Islands Prime Minister Mark Brown signed a strategic partnership with "
        + "China in Beijing on Friday.")).contains("CHN->COK cooperation/agreement 2025-02-14 day");
    assertThat(mentions("2023-08-10", "Niue's premier, Dalton Tagelagi, visited Wellington last month."))
        .containsExactly("NIU->NZL cooperation/visit 2023-07-01 month");
  }

  @Test
  void theTravellerBeforeWhereIsNotTheStateTravelledTo() {
    assertThat(mentions("2023-11-10", "Australian Prime Minister Anthony Albanese flew to the Cook Islands from "
        + "Beijing, where he met the Chinese president, Xi Jinping.")).containsExactlyInAnyOrder(
            "AUS->COK cooperation/visit 2023-11-10 reported", "AUS->CHN cooperation/visit 2023-11-10 reported");
    assertThat(mentions("2024-07-30", "Blinken flew to the Philippines from Hanoi, where he met the Vietnamese "
        + "leader.")).containsExactlyInAnyOrder("USA->PHL cooperation/visit 2024-07-30 reported",
            "USA->VNM cooperation/visit 2024-07-30 reported");
  }

  @Test
  void aSentenceThatOpensWithWhereHasNoTravellerBeforeIt() {
    // (regression: the traveller was looked for before the sentence's first word)
    assertThat(mentions("2024-07-06", "Where he goes next is anyone's guess; diplomats in Budapest have floated "
        + "Beijing.")).isEmpty();
  }

  @Test
  void thePersonRightBeforeWhenHeIsWhoWent() {
    assertThat(mentions("2022-01-20", "The invitation had been delivered by Myanmar's foreign minister, Wunna Maung "
        + "Lwin, when he travelled to Phnom Penh last month.")).containsExactly(
            "MMR->KHM cooperation/visit 2021-12-01 month");
  }

  @Test
  void aRefusalDoesNotDenyAClauseOfTimeAfterIt() {
    assertThat(mentions("2023-06-20", "Beijing has refused to restore the channels it cut in August last year, after "
        + "US House Speaker Nancy Pelosi visited Taiwan.")).containsExactly(
            "USA->TWN cooperation/visit 2022-08-01 month");
    assertThat(mentions("2023-06-20", "Beijing has refused to restore the channels after talks with Washington."))
        .isEmpty();
  }

  @Test
  void theSahrawiRepublicIsAPartyAndRecognitionWithdrawnIsABreak() {
    assertThat(mentions("2025-06-02", "Ghana suspended its diplomatic relations with the self-proclaimed Sahrawi Arab "
        + "Democratic Republic on Friday.")).containsExactly("GHA->ESH withdrawal/relations 2025-05-30 day");
    assertThat(mentions("2022-09-20", "Kenya said in September it was rescinding its recognition of the SADR."))
        .containsExactly("KEN->ESH withdrawal/relations 2022-09-01 month");
    // (the movement is no state: backing it is no act between states)
    assertThat(mentions("2021-08-25", "Algeria backs the Polisario Front, which seeks independence for the "
        + "territory.")).isEmpty();
  }

  @Test
  void aStopInAPlaceAndALunchWithAHostAreVisits() {
    assertThat(mentions("2023-04-22", "Lula arrived in Lisbon on Friday after a stop in Abu Dhabi.")).contains(
        "BRA->ARE cooperation/visit 2023-04-01 month");
    assertThat(mentions("2024-07-10", "Senegal's president had dinner with the emir in Doha on Monday."))
        .containsExactly("SEN->QAT cooperation/visit 2024-07-08 day");
    // ("those attending": the people attending, not a noun)
    assertThat(mentions("2023-07-29", "Egypt's Abdel Fattah al-Sisi was among those attending the summit in St "
        + "Petersburg.")).containsExactly("EGY->RUS cooperation/visit 2023-07-29 reported");
  }
}
