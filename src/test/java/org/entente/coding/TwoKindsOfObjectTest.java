package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * One verb with objects of two kinds joined by "and" states two acts: "ordered out the French ambassador and
 * France's troops". Every sentence is written for this test.
 */
class TwoKindsOfObjectTest {

  @Test
  void anEnvoyAndTroopsOrderedOutAreTwoExpulsions() {
    assertThat(mentions("2024-06-14", "Guinea's junta ordered out the Ivorian ambassador and Ivorian troops on "
        + "Monday.")).containsExactlyInAnyOrder("GIN->CIV expulsion/diplomat 2024-06-10 day",
            "GIN->CIV expulsion/forces 2024-06-10 day");
    assertThat(mentions("2024-06-14", "Chad expelled Sudanese soldiers and the Sudanese ambassador in March."))
        .containsExactlyInAnyOrder("TCD->SDN expulsion/forces 2024-03-01 month",
            "TCD->SDN expulsion/diplomat 2024-03-01 month");
  }

  @Test
  void oneObjectIsOneAct() {
    assertThat(mentions("2024-06-14", "Guinea's junta ordered out the Ivorian ambassador on Monday."))
        .containsExactly("GIN->CIV expulsion/diplomat 2024-06-10 day");
    assertThat(mentions("2024-06-14", "Chad expelled the Sudanese ambassador and accused Khartoum of arming "
        + "rebels.")).containsExactly("TCD->SDN expulsion/diplomat 2024-06-14 reported");
  }
}
