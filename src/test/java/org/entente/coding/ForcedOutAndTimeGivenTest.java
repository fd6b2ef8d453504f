package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Forces "forced out" of a country without an agent, who left it; and time "given" to a party to leave, by the
 * subject of "gave". Every sentence is written for this test.
 */
class ForcedOutAndTimeGivenTest {

  @Test
  void forcesForcedOutWithoutAnAgentLeftThePlace() {
    assertThat(mentions("2024-11-29", "Danish troops were pushed out of Mali and Niger."))
        .contains("DNK->MLI withdrawal/forces 2024-11-29 reported", "DNK->NER withdrawal/forces 2024-11-29 reported",
            "MLI->DNK expulsion/forces 2024-11-29 reported");
  }

  @Test
  void forcesOrderedOutMayNotYetHaveLeft() {
    assertThat(mentions("2024-11-29", "Danish troops were ordered out of Mali."))
        .containsExactly("MLI->DNK expulsion/forces 2024-11-29 reported");
  }

  @Test
  void whoGivesTheTimeToLeaveExpelsWhomItIsGivenTo() {
    assertThat(mentions("2023-02-20", "Bamako last month gave the Danish special forces stationed near the"
        + " capital two weeks to leave."))
        .containsExactly("MLI->DNK expulsion/forces 2023-01-01 month");
  }

  @Test
  void timeGivenInThePassiveIsGivenByThePlaceLeft() {
    assertThat(mentions("2023-02-20", "The Danish ambassador was given 48 hours to leave Mali."))
        .containsExactly("MLI->DNK expulsion/diplomat 2023-02-20 reported");
  }
}
