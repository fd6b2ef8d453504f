package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "was in Addis Ababa for talks": a leader's being in another state's capital or country is a visit to it, but
 * only with the place written right after "in". Every sentence is written for this test.
 */
class PresenceVisitTest {

  @Test
  void aLeaderInAForeignCapitalVisitsIt() {
    assertThat(mentions("2024-05-10", "Tanzanian President Samia Suluhu Hassan was in Luanda on Monday for a "
        + "regional summit.")).containsExactly("TZA->AGO cooperation/visit 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Togo's foreign minister was also in Ouagadougou last week."))
        .containsExactly("TGO->BFA cooperation/visit 2024-05-01 month");
    assertThat(mentions("2024-05-10", "Ghana's vice-president was in the Nigerien capital on Thursday, his "
        + "office said.")).containsExactly("GHA->NER cooperation/visit 2024-05-09 day");
  }

  @Test
  void pluralSubjectsAreThereToo() {
    assertThat(mentions("2024-05-10", "The presidents of Zambia and Malawi are in Nairobi for a trade fair."))
        .containsExactlyInAnyOrder("MWI->KEN cooperation/visit 2024-05-10 reported",
            "ZMB->KEN cooperation/visit 2024-05-10 reported");
  }

  @Test
  void troopsInAStateAreMilitaryCooperation() {
    assertThat(mentions("2024-05-10", "Rwandan troops have been in Mozambique since 2021."))
        .containsExactly("MOZ->RWA cooperation/military 2024-05-10 reported");
  }

  @Test
  void beingInSomethingElseIsNoVisit() {
    assertThat(mentions("2024-05-10", "Burkina Faso is in a difficult position after Ghana's decision.")).isEmpty();
    assertThat(mentions("2024-05-10", "It is in Moscow's interest to keep Mali close, a Ukrainian minister said."))
        .isEmpty();
    assertThat(mentions("2024-05-10", "Ghana's president is in favour of dialogue with Niger.")).isEmpty();
  }

  @Test
  void onlyAdverbsMayStandBetweenTheVerbAndIn() {
    assertThat(mentions("2024-05-10", "Chadian soldiers were killed in Niger on Sunday.")).isEmpty();
    assertThat(mentions("2024-05-10", "Kenyan officials are interested in Ethiopia's port plans.")).isEmpty();
  }

  @Test
  void diplomatsPostedThereDoNotVisit() {
    assertThat(mentions("2024-05-10", "The Malian ambassador, who was in Paris at the time, was summoned."))
        .isEmpty();
  }

  @Test
  void attendingAnEventVisitsWhereItIsHeld() {
    assertThat(mentions("2021-04-24", "Macron attended Deby's funeral in N'Djamena on Friday."))
        .containsExactly("FRA->TCD cooperation/visit 2021-04-23 day");
    assertThat(mentions("2023-12-12", "Milei was sworn in on Sunday in a ceremony in Buenos Aires attended by "
        + "Hungarian Prime Minister Viktor Orban.")).containsExactly("HUN->ARG cooperation/visit 2023-12-10 day");
    // the place named hosts, not the party met there
    assertThat(mentions("2023-12-12", "Ghana's president attended a meeting with Russian officials in Paris on "
        + "Monday.")).contains("GHA->FRA cooperation/visit 2023-12-11 day");
  }

  @Test
  void attendingLaterIsAPlan() {
    assertThat(mentions("2023-12-12", "Kenya's foreign minister will attend the summit in Addis Ababa next week."))
        .isEmpty();
  }

  @Test
  void takingPartIsAttendingAndInExercisesIsMilitary() {
    assertThat(mentions("2023-12-20", "Kenya's president took part in the summit in Luanda on Monday."))
        .containsExactly("KEN->AGO cooperation/visit 2023-12-18 day");
    assertThat(mentions("2023-12-20", "Nigerien troops took part in joint exercises with Algeria last month."))
        .containsExactly("DZA->NER cooperation/military 2023-11-01 month");
    assertThat(mentions("2023-12-20", "Russian jets took part in the attack on the town.")).isEmpty();
  }

  @Test
  void leadersAmongThosePresentAtAnEventVisitItsHost() {
    assertThat(Annotated.mentions("2024-06-14", "The presidents of Liberia and Ghana were among the leaders present "
        + "in Freetown on Tuesday.")).containsExactlyInAnyOrder("LBR->SLE cooperation/visit 2024-06-11 day",
            "GHA->SLE cooperation/visit 2024-06-11 day");
    assertThat(Annotated.mentions("2024-06-14", "Senegal's president was among the mourners present at the funeral "
        + "in Bamako on Tuesday.")).containsExactly("SEN->MLI cooperation/visit 2024-06-11 day");
  }

  @Test
  void whoComesAlongWithAVisitorVisitsTheSameHost() {
    assertThat(Annotated.mentions("2024-06-14", "Cuba's president attended the summit in Caracas on Tuesday, along "
        + "with Bolivian President Luis Arce.")).containsExactlyInAnyOrder(
            "CUB->VEN cooperation/visit 2024-06-11 day", "BOL->VEN cooperation/visit 2024-06-11 day");
    assertThat(Annotated.mentions("2024-06-14", "Cuba's president attended the summit in Caracas on Tuesday with "
        + "Venezuelan officials.")).containsExactly("CUB->VEN cooperation/visit 2024-06-11 day");
  }
}
