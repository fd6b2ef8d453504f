package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Ties upgraded or raised to ambassador level (diplomatic cooperation), sums of money given (economic), what a
 * party needs another to do (no act), and leaders of states far from the Sahel known by name. Every sentence is
 * written for this test.
 */
class UpgradesNeedsAndLeadersTest {

  @Test
  void tiesUpgradedOrElevatedAreDiplomaticCooperation() {
    assertThat(mentions("2025-07-04", "China upgraded its relations with Honduras in June."))
        .containsExactly("CHN->HND cooperation/diplomatic 2025-06-01 month");
    assertThat(mentions("2025-07-04", "Pakistan announced on Friday that it would raise its diplomatic mission in "
        + "Kabul to ambassador level.")).containsExactly("PAK->AFG cooperation/diplomatic 2025-07-04 day");
  }

  @Test
  void tiesDowngradedAreStillAWithdrawal() {
    assertThat(mentions("2025-07-04", "Turkey downgraded ties with Israel in March."))
        .containsExactly("TUR->ISR withdrawal/relations 2025-03-01 month");
  }

  @Test
  void aSumProvidedIsEconomicCooperation() {
    assertThat(mentions("2025-07-04", "Australia will provide $16.9 million to expand Tuvalu's coastal project, the "
        + "two governments said on Monday.")).containsExactly("AUS->TUV cooperation/economic 2025-06-30 day");
  }

  @Test
  void whatAPartyNeedsAnotherToDoIsNoAct() {
    assertThat(mentions("2022-08-16", "Sri Lanka needs China to sign a debt deal.")).isEmpty();
  }

  @Test
  void centralAsianLeadersAreKnownByName() {
    assertThat(mentions("2025-03-31", "Tajik President Emomali Rahmon travelled to Bishkek on March 13, where he "
        + "and Kyrgyz President Sadyr Japarov signed a border treaty."))
        .contains("TJK->KGZ cooperation/visit 2025-03-13 day");
    assertThat(mentions("2025-03-31", "Shavkat Mirziyoyev travelled to Dushanbe in January."))
        .containsExactly("UZB->TJK cooperation/visit 2025-01-01 month");
  }
}
