package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Whether a trigger states an act: one named as the means of another verb ("respond by recalling its envoy")
 * happened only if that verb did; what was planned, or prepared for, has not happened; a hyphenated word does not
 * end the phrase of an asking verb; challenges met are no meeting; troops someone left behind have not left. Every
 * sentence is written for this test.
 */
class ModalityOfMeansAndPlansTest {

  @Test
  void anActAsTheMeansOfAnUnrealisedVerbIsNoAct() {
    assertThat(mentions("2024-03-05", "Ankara could retaliate by expelling the Israeli ambassador.")).isEmpty();
    assertThat(mentions("2024-03-05", "Analysts said Moscow might respond by expelling Bulgarian diplomats."))
        .isEmpty();
    assertThat(mentions("2024-03-05", "Jordan recalled its ambassador from Israel on Wednesday. Turkey said it "
        + "was not planning to respond by recalling its own envoy."))
        .containsExactly("JOR->ISR withdrawal/relations 2024-02-28 day");
  }

  @Test
  void anActAsTheMeansOfAVerbThatHappenedIsAnAct() {
    assertThat(mentions("2024-03-05", "Russia responded on Monday by expelling ten Bulgarian diplomats."))
        .containsExactly("RUS->BGR expulsion/diplomat 2024-03-04 day");
    assertThat(mentions("2024-03-05", "Jordan recalled its ambassador from Israel on Wednesday. Turkey responded "
        + "by recalling its own envoy on Thursday."))
        .contains("TUR->ISR withdrawal/relations 2024-02-29 day");
  }

  @Test
  void whatWasPlannedOrPreparedForHasNotHappened() {
    assertThat(mentions("2020-09-01", "The former speaker had planned to visit Taiwan before he died, the Czech "
        + "Senate said.")).isEmpty();
    assertThat(mentions("2025-02-01", "Malawi's president ordered the country's soldiers to prepare to withdraw "
        + "from Mozambique.")).isEmpty();
    assertThat(mentions("2025-02-01", "Malawi withdrew its soldiers from Mozambique in January."))
        .containsExactly("MWI->MOZ withdrawal/forces 2025-01-01 month");
  }

  @Test
  void aHyphenatedWordDoesNotEndWhatIsAskedFor() {
    assertThat(mentions("2024-09-13", "Parliament passed a motion on Wednesday urging the Socialist-led government "
        + "of Spain to recognise Venezuela's opposition.")).isEmpty();
  }

  @Test
  void challengesAndThreatsMetAreNoMeeting() {
    assertThat(mentions("2023-12-07", "Chad and Mauritania said they would work with their neighbours to meet the "
        + "region's security challenges.")).isEmpty();
    assertThat(mentions("2023-12-07", "Chad and Mauritania met in Nouakchott on Monday."))
        .containsExactly("TCD->MRT cooperation/visit 2023-12-04 day");
  }

  @Test
  void troopsLeftBehindHaveNotLeft() {
    assertThat(mentions("2025-04-29", "South African troops withdrew from Mozambique in 2024. Hundreds of South "
        + "African soldiers were left stranded at their bases in Lesotho.")).containsExactly(
            "ZAF->MOZ withdrawal/forces 2024-01-01 year");
    assertThat(mentions("2025-04-29", "South African troops withdrew from Mozambique in 2024. Hundreds of South "
        + "African soldiers left Lesotho in April.")).contains("ZAF->LSO withdrawal/forces 2025-04-01 month");
  }
}
