package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Departures demanded, requested or asked for as expulsions: of an envoy ("demanded the recall of", "asked Paris
 * to replace its ambassador"), of a mission ("requested the withdrawal of the UN mission"), and not when the
 * forces are to leave a third state. Every sentence is written for this test.
 */
class DemandedDeparturesTest {

  @Test
  void anEnvoysRecallOrReplacementDemandedExpelsHim() {
    assertThat(mentions("2024-05-10", "Bamako demanded the recall of the French ambassador on Monday."))
        .containsExactly("MLI->FRA expulsion/diplomat 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Ouagadougou asked Paris to replace its ambassador on Tuesday."))
        .containsExactly("BFA->FRA expulsion/diplomat 2024-05-07 day");
    assertThat(mentions("2024-05-10", "Kinshasa demanded the departure of the Rwandan envoy on Monday."))
        .containsExactly("COD->RWA expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void aMissionsWithdrawalRequestedOrDemandedEndsIt() {
    assertThat(mentions("2024-05-10", "Sudan requested the withdrawal of the UN mission on Friday."))
        .containsExactly("SDN->UN expulsion/mission 2024-05-10 day");
    assertThat(mentions("2024-05-10", "Mogadishu demanded the withdrawal of the African Union mission in March."))
        .containsExactly("SOM->AU expulsion/mission 2024-03-01 month");
  }

  @Test
  void forcesDemandedOutOfTheDemandersOwnTerritoryAreExpelled() {
    assertThat(mentions("2024-05-10", "Niger's junta demanded the withdrawal of French troops from Niger on "
        + "Monday.")).containsExactly("NER->FRA expulsion/forces 2024-05-06 day");
  }

  @Test
  void forcesDemandedOutOfAThirdStateAreNoExpulsionByTheDemander() {
    assertThat(mentions("2024-05-10", "The UN Security Council demanded the withdrawal of Russian troops from "
        + "Ukraine.")).isEmpty();
    assertThat(mentions("2024-05-10", "The African Union requested the departure of foreign forces from Libya."))
        .isEmpty();
  }
}
