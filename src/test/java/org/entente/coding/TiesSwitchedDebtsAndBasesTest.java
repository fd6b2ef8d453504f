package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Ties cut "in favour of" another party open relations with it; debt written off or restructured is economic
 * cooperation; a military base opened in a state is military cooperation with it; a diplomatic presence suspended or
 * reduced is a withdrawal of envoys; leaders who watched a president take the oath, or before whom he was sworn in,
 * are his guests; a group set beside another party, its members spelt out between dashes, is one side with it.
 * "Whose" rulers are those of the list right before it; those a meeting's group is spelt out as "among them" visit;
 * relations opened; operations suspended at an embassy. Every sentence is written for this test.
 */
class TiesSwitchedDebtsAndBasesTest {

  @Test
  void tiesCutInFavourOfAnotherOpenRelationsWithIt() {
    assertThat(mentions("2024-01-20", "Nauru cut ties with Taiwan in favour of China on Monday."))
        .containsExactlyInAnyOrder("NRU->TWN withdrawal/relations 2024-01-15 day",
            "NRU->CHN cooperation/diplomatic 2024-01-15 day");
    assertThat(mentions("2024-01-20", "Nauru cut ties with Taiwan on Monday.")).containsExactly(
        "NRU->TWN withdrawal/relations 2024-01-15 day");
  }

  @Test
  void debtWrittenOffOrRestructuredIsEconomicCooperation() {
    assertThat(mentions("2024-01-20", "Russia wrote off Cuba's debt in 2014."))
        .containsExactly("CUB->RUS cooperation/economic 2014-01-01 year");
    assertThat(mentions("2024-01-20", "China restructured Zambia's debt last year."))
        .containsExactly("CHN->ZMB cooperation/economic 2023-01-01 year");
  }

  @Test
  void aMilitaryBaseOpenedInAStateIsMilitaryCooperationWithIt() {
    assertThat(mentions("2024-01-20", "Turkey opened a military base in Mogadishu in 2017."))
        .containsExactly("SOM->TUR cooperation/military 2017-01-01 year");
    assertThat(mentions("2024-01-20", "The company opened a base in Lagos in 2017.")).isEmpty();
  }

  @Test
  void aDiplomaticPresenceSuspendedOrReducedIsAWithdrawalOfEnvoys() {
    assertThat(mentions("2024-01-20", "Britain suspended its diplomatic presence in Kabul on Monday."))
        .containsExactly("GBR->AFG withdrawal/relations 2024-01-15 day");
    assertThat(mentions("2024-01-20", "India said on Monday it would reduce its diplomatic presence in Islamabad "
        + "by half.")).containsExactly("IND->PAK withdrawal/relations 2024-01-15 day");
  }

  @Test
  void leadersWhoWatchedTheOathOrBeforeWhomItWasTakenAreGuests() {
    assertThat(mentions("2023-05-30", "Leaders including Rwanda's Paul Kagame and Senegal's Macky Sall watched "
        + "Tinubu take the oath in Abuja on Monday.")).containsExactlyInAnyOrder(
            "RWA->NGA cooperation/visit 2023-05-29 day", "SEN->NGA cooperation/visit 2023-05-29 day");
    assertThat(mentions("2023-05-30", "Tinubu was sworn in on Monday in Abuja before heads of state including "
        + "Kenya's William Ruto and Ghana's Nana Akufo-Addo.")).containsExactlyInAnyOrder(
            "KEN->NGA cooperation/visit 2023-05-29 day", "GHA->NGA cooperation/visit 2023-05-29 day");
    assertThat(mentions("2023-05-30", "Tinubu was sworn in before a crowd of thousands on Monday.")).isEmpty();
    assertThat(mentions("2023-05-30", "Millions watched the match on television on Monday.")).isEmpty();
  }

  @Test
  void aGroupSpeltOutBesideAnotherPartyIsOneSideWithIt() {
    assertThat(mentions("2025-04-05", "China and the three Baltic states -- Estonia, Latvia and Lithuania -- agreed "
        + "on Friday to expand trade.")).containsExactlyInAnyOrder(
            "CHN->EST cooperation/agreement 2025-04-04 day", "CHN->LVA cooperation/agreement 2025-04-04 day",
            "CHN->LTU cooperation/agreement 2025-04-04 day");
    // parties listed without a group bind each other
    assertThat(mentions("2025-04-05", "Estonia, Latvia and Lithuania agreed on Friday to pool their air defences."))
        .contains("EST->LVA cooperation/agreement 2025-04-04 day");
  }

  @Test
  void whoseRulersAreThoseOfTheListRightBeforeIt() {
    assertThat(mentions("2025-06-14", "Togo borders Niger and Burkina Faso, whose juntas expelled French forces in "
        + "2023.")).containsExactlyInAnyOrder("NER->FRA expulsion/forces 2023-01-01 year",
            "BFA->FRA expulsion/forces 2023-01-01 year");
    assertThat(mentions("2025-06-14", "The summit drew the leaders of Mali and Burkina Faso, Colonel Assimi Goita "
        + "and Captain Ibrahim Traore, whose juntas expelled French forces in 2022.")).contains(
            "MLI->FRA expulsion/forces 2022-01-01 year", "BFA->FRA expulsion/forces 2022-01-01 year");
  }

  @Test
  void thoseAMeetingsGroupIsSpeltOutAsVisitIt() {
    assertThat(mentions("2025-06-14", "Chinese Foreign Minister Wang Yi met several other African ministers in "
        + "Changsha on Thursday, among them Ghana's Samuel Okudzeto Ablakwa and Togo's Robert Dussey."))
        .containsExactlyInAnyOrder("GHA->CHN cooperation/visit 2025-06-12 day", "TGO->CHN cooperation/visit 2025-06-12 day");
  }

  @Test
  void relationsOpenedAndOperationsSuspendedAtAnEmbassy() {
    assertThat(mentions("2024-01-20", "The Solomons opened relations with Beijing in 2019."))
        .containsExactly("SLB->CHN cooperation/diplomatic 2019-01-01 year");
    assertThat(mentions("2024-01-20", "Canada suspended operations at its embassy in Tripoli in 2014."))
        .containsExactly("CAN->LBY withdrawal/relations 2014-01-01 year");
  }
}
