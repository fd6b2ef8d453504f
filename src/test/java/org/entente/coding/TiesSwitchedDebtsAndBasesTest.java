package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Ties cut "in favour of" another party open relations with it; debt written off or restructured is economic
 * cooperation; a military base opened in a state is military cooperation with it; a diplomatic presence suspended or
 * reduced is a withdrawal of envoys; leaders who watched a president take the oath, or before whom he was sworn in,
 * are his guests; a group set beside another party, its members spelt out between dashes, is one side with it.
 * Every sentence is written for this test.
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
}
