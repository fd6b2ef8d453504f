package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Money and arms as cooperation: credit lines extended, loans granted, aid pledged or provided (economic unless
 * it is military aid), arms sales approved. Every sentence is written for this test.
 */
class AidAndSalesTest {

  @Test
  void creditExtendedAndLoansGrantedAreEconomicCooperation() {
    assertThat(mentions("2024-05-10", "China extended a $2 billion credit line to Pakistan on Monday."))
        .containsExactly("CHN->PAK cooperation/economic 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Saudi Arabia granted Egypt a $5 billion loan on Tuesday."))
        .containsExactly("EGY->SAU cooperation/economic 2024-05-07 day");
  }

  @Test
  void aidPledgedOrProvidedIsEconomicUnlessItIsMilitary() {
    assertThat(mentions("2024-05-10", "Japan pledged $500 million in aid to Kenya on Thursday."))
        .containsExactly("JPN->KEN cooperation/economic 2024-05-09 day");
    assertThat(mentions("2024-05-10", "Norway provided humanitarian assistance to Sudan in March."))
        .containsExactly("NOR->SDN cooperation/economic 2024-03-01 month");
    assertThat(mentions("2024-05-10", "Poland provided military aid to Ukraine in March."))
        .containsExactly("POL->UKR cooperation/military 2024-03-01 month");
  }

  @Test
  void anArmsSaleIsMilitaryCooperation() {
    assertThat(mentions("2024-05-10", "Washington approved the sale of 40 F-16 fighter jets to Turkey on Monday."))
        .containsExactly("TUR->USA cooperation/military 2024-05-06 day");
  }

  @Test
  void aidStoppedOrTalksExtendedAreNoCooperation() {
    assertThat(mentions("2024-05-10", "The minister said aid to Niger had been suspended.")).isEmpty();
    assertThat(mentions("2024-05-10", "The talks extended into the night, Kenyan and Somali officials said."))
        .isEmpty();
  }
}
