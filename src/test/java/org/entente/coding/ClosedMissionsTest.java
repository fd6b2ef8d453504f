package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A host that closes or shuts another state's consulate or cultural centre expels that mission; a state that shuts
 * its own embassy cuts relations. Every sentence is written for this test.
 */
class ClosedMissionsTest {

  @Test
  void orderingTheClosureOfAForeignStatesCentresExpelsTheMission() {
    assertThat(mentions("2024-06-14", "Nigeria ordered the closure of Turkish cultural centres in March."))
        .containsExactly("NGA->TUR expulsion/mission 2024-03-01 month");
  }

  @Test
  void shuttingAForeignConsulateExpelsTheMission() {
    assertThat(mentions("2024-06-14", "Poland also shut the Russian consulate in Gdansk on Monday."))
        .containsExactly("POL->RUS expulsion/mission 2024-06-10 day");
  }

  @Test
  void shuttingItsOwnEmbassyCutsRelations() {
    assertThat(mentions("2024-06-14", "Canada shut its embassy in Tehran on Monday."))
        .containsExactly("CAN->IRN withdrawal/relations 2024-06-10 day");
  }

  @Test
  void shuttingARoadIsNoAct() {
    assertThat(mentions("2024-06-14", "Protesters shut the main road to the Ghanaian border on Monday.")).isEmpty();
  }
}
