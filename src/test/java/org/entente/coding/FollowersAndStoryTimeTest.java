package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A party that repeats another's act ("Qatar did the same", "followed Riyadh's lead"), presence in a place as a
 * visit ("was present at", "had been to"), and times that point back to the story's last date ("That evening",
 * "later that month"). Every sentence is written for this test.
 */
class FollowersAndStoryTimeTest {

  @Test
  void aSecondPartyThatDidTheSameInTheSameSentenceActsOnTheSameTarget() {
    assertThat(mentions("2024-05-10", "Kuwait recalled its ambassador from Tehran on Tuesday, and Qatar did the "
        + "same on Wednesday.")).containsExactlyInAnyOrder(
            "KWT->IRN withdrawal/relations 2024-05-07 day", "QAT->IRN withdrawal/relations 2024-05-08 day");
    assertThat(mentions("2024-05-10", "Ghana expelled two Togolese diplomats, and Benin did likewise a day "
        + "later.")).contains("GHA->TGO expulsion/diplomat 2024-05-10 reported")
        .noneMatch(m -> m.startsWith("GHA->BEN"));
  }

  @Test
  void followingAnotherPartysLeadRepeatsItsAct() {
    assertThat(mentions("2024-05-10", "Saudi Arabia severed ties with Iran on Sunday. Bahrain and Sudan followed "
        + "Riyadh's lead on Monday.")).containsExactlyInAnyOrder(
            "SAU->IRN withdrawal/relations 2024-05-05 day", "BHR->IRN withdrawal/relations 2024-05-06 day",
            "SDN->IRN withdrawal/relations 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Lithuania expelled a Russian diplomat on Monday. Latvia followed its "
        + "example.")).contains("LVA->RUS expulsion/diplomat 2024-05-01 month");
  }

  @Test
  void aHostsActIsRepeatedByAnotherHost() {
    assertThat(mentions("2025-07-04", "Qatar hosted Iranian President Ebrahim Raisi on Monday. Oman did the same on "
        + "Tuesday.")).containsExactlyInAnyOrder("IRN->QAT cooperation/visit 2025-06-30 day",
            "IRN->OMN cooperation/visit 2025-07-01 day");
    assertThat(mentions("2025-07-04", "China accepted the credentials of a Taliban-appointed ambassador in January, "
        + "and the United Arab Emirates did the same in March.")).containsExactlyInAnyOrder(
            "CHN->AFG cooperation/diplomatic 2025-01-01 month", "ARE->AFG cooperation/diplomatic 2025-03-01 month");
  }

  @Test
  void aLeadThatIsNotFollowedIsNoAct() {
    assertThat(mentions("2024-05-10", "Saudi Arabia severed ties with Iran on Sunday. Oman did not follow "
        + "Riyadh's lead.")).containsExactly("SAU->IRN withdrawal/relations 2024-05-05 day");
  }

  @Test
  void beingPresentInOrAtSomethingInAPlaceIsAVisit() {
    assertThat(mentions("2024-05-10", "The Senegalese president was present in Abidjan on Monday."))
        .containsExactly("SEN->CIV cooperation/visit 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Ghana's president was present at the inauguration in Lome on Saturday."))
        .containsExactly("GHA->TGO cooperation/visit 2024-05-04 day");
  }

  @Test
  void attendingAnEventTheArticleDatesIsOnItsDay() {
    assertThat(mentions("2023-03-10", "The Ghanaian president was present at the inauguration in Lome on "
        + "Saturday.")).containsExactly("GHA->TGO cooperation/visit 2023-03-04 day");
    assertThat(mentions("2023-06-02", "Kenya's president attended the inauguration of Nigeria's new president in "
        + "Abuja on Monday.")).containsExactly("KEN->NGA cooperation/visit 2023-05-29 day");
  }

  @Test
  void havingBeenToACapitalIsAVisit() {
    assertThat(mentions("2024-05-10", "The Italian prime minister had already been to Tunis on April 6."))
        .containsExactly("ITA->TUN cooperation/visit 2024-04-06 day");
  }

  @Test
  void beingToSomethingElseIsNoVisit() {
    assertThat(mentions("2024-05-10", "The Kenyan president is to travel widely this year.")).isEmpty();
    assertThat(mentions("2024-05-10", "Ethiopia's offer was to Somalia's disadvantage, Mogadishu said.")).isEmpty();
  }

  @Test
  void thatEveningIsTheDayTheStoryLastDated() {
    assertThat(mentions("2024-05-10", "The junta met regional envoys on Thursday. That evening, Niger recalled "
        + "its ambassador from Paris.")).contains("NER->FRA withdrawal/relations 2024-05-09 day");
    assertThat(mentions("2023-03-10", "Morocco's king arrived in Dakar on March 3. Later that day, Senegal and "
        + "Morocco signed a fisheries agreement.")).contains("MAR->SEN cooperation/agreement 2023-03-03 day");
  }

  @Test
  void laterThatMonthIsTheMonthTheStoryLastDated() {
    assertThat(mentions("2024-05-10", "Nigeria closed its border with Benin in August 2019. Later that month, "
        + "Benin recalled its ambassador from Abuja.")).contains("BEN->NGA withdrawal/relations 2019-08-01 month");
    assertThat(mentions("2024-05-10", "Chad's president flew to Khartoum on 12 June 2022. The same month, Sudan "
        + "expelled a Chadian diplomat.")).contains("SDN->TCD expulsion/diplomat 2022-06-01 month");
  }

  @Test
  void aPhraseIsNeverMorePreciseThanTheDateItPointsTo() {
    // only a year before: "that evening" has no day to stand for
    assertThat(mentions("2024-05-10", "Kenya hosted talks with Somalia in 2019. That evening, Somalia recalled "
        + "its ambassador from Nairobi.")).contains("SOM->KEN withdrawal/relations 2024-05-10 reported");
  }
}
