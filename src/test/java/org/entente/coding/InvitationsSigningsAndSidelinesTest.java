package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A visit one is invited to make or pay is still to come; a pact among three or more signed in one of their
 * capitals tells no one's visit there; leaders who meet on the sidelines of a summit meet where it is, not at
 * either's home, the summit is no meeting of theirs and its organisation no party to what they do there; a treaty
 * a state has yet to sign is not signed. Every sentence is written for this test.
 */
class InvitationsSigningsAndSidelinesTest {

  @Test
  void aVisitOneIsInvitedToMakeIsNoVisit() {
    assertThat(mentions("2023-02-03", "Ghana's president invited Ivorian President Alassane Ouattara to make an "
        + "official visit to Accra.")).isEmpty();
    assertThat(mentions("2023-02-03", "Ghana's president invited Ivorian President Alassane Ouattara to pay a state "
        + "visit to Accra.")).isEmpty();
    // (a visit made is one)
    assertThat(mentions("2023-02-03", "Ivorian President Alassane Ouattara made an official visit to Accra on "
        + "Wednesday.")).containsExactly("CIV->GHA cooperation/visit 2023-02-01 day");
  }

  @Test
  void aPactAmongThreeSignedInOneOfTheirCapitalsTellsNoVisit() {
    assertThat(mentions("2024-08-01", "Chad, Cameroon and Niger signed a border security pact in Yaounde on "
        + "Tuesday.")).noneMatch(m -> m.contains("visit")).contains("CMR->TCD cooperation/agreement 2024-07-30 day");
    // (two signing in one's capital: the other came)
    assertThat(mentions("2024-08-01", "Chad and Niger signed a border security pact in Niamey on Tuesday."))
        .contains("TCD->NER cooperation/visit 2024-07-30 day");
  }

  @Test
  void leadersMeetingOnTheSidelinesOfASummitMeetWhereItIs() {
    assertThat(mentions("2023-12-07", "Ruto and Museveni met on the sidelines of the African Union summit in "
        + "February.")).noneMatch(m -> m.contains("visit"));
    assertThat(mentions("2023-12-07", "Ruto and Museveni met on the sidelines of the G20 summit in New Delhi in "
        + "September.")).containsExactlyInAnyOrder("KEN->IND cooperation/visit 2023-09-01 month",
            "UGA->IND cooperation/visit 2023-09-01 month", "KEN->UGA cooperation/visit 2023-09-01 month");
  }

  @Test
  void theOrganisationWhoseSummitGaveTheOccasionIsNoParty() {
    assertThat(mentions("2022-11-10", "Namibia and the European Union signed a hydrogen partnership on the sidelines "
        + "of the United Nations climate conference on Tuesday.")).containsExactly(
            "EU->NAM cooperation/agreement 2022-11-08 day");
    // (a place still says where: "on the sidelines of the Riyadh summit"; but those who signed there came for the
    // summit, which the sentence does not tell as a visit)
    assertThat(mentions("2025-04-24", "Azerbaijan and China signed a strategic partnership on the sidelines of the "
        + "Shanghai Cooperation Organisation summit in Astana last July.")).containsExactly(
            "AZE->CHN cooperation/agreement 2024-07-01 month");
  }

  @Test
  void aTreatyAStateHasYetToSignIsNotSigned() {
    assertThat(mentions("2024-03-01", "Armenia, which has yet to sign a peace treaty with Azerbaijan, watched warily."))
        .isEmpty();
    assertThat(mentions("2024-03-01", "Kenya is still to sign the defence pact with Britain.")).isEmpty();
  }
}
