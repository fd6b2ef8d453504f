package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Days counted from the story's latest time, a month "of that year", a date set aside after a name, a tour of a
 * region, and "the three Baltic states". Every sentence is written for this test.
 */
class StoryTimeOffsetsTest {

  @Test
  void daysBeforeAnActDatedToAMonthStayInThatMonth() {
    assertThat(mentions("2025-04-03", "Peru left the court on Thursday. In February, Lima recalled its envoy from"
        + " Quito. Two days earlier, President Boluarte had visited Chile."))
        .contains("PER->CHL cooperation/visit 2025-02-01 month");
  }

  @Test
  void daysAfterADayTheSentenceGaveCountFromIt() {
    assertThat(mentions("2018-07-16", "On 20 June Eritrea said it would send a delegation, and six days later"
        + " Eritrean Foreign Minister Osman Saleh arrived in Addis Ababa."))
        .contains("ERI->ETH cooperation/visit 2018-06-26 day");
  }

  @Test
  void aDateAfterANameSetAsideDatesTheClause() {
    assertThat(mentions("2024-10-29", "Egyptian President Abdel Fattah al-Sisi welcomed Turkish President Recep"
        + " Tayyip Erdogan and his wife, Emine, at the airport in Cairo on Monday."))
        .containsExactly("TUR->EGY cooperation/visit 2024-10-28 day");
  }

  @Test
  void aTourOfTheRegionGoesToNoStateByDefault() {
    assertThat(mentions("2024-05-10", "Talks between Fiji and China stalled. Fiji blamed China. In May, Chinese"
        + " Foreign Minister Wang Yi visited Samoa as part of a tour of the region."))
        .containsExactly("CHN->WSM cooperation/visit 2024-05-01 month");
  }

  @Test
  void aMonthOfThatYearIsInTheYearTheStoryLastDated() {
    assertThat(mentions("2025-04-29", "Chad joined the initiative in 2023. In December of that year, the foreign"
        + " ministers of Mali and Chad met Bourita in Marrakech."))
        .contains("MLI->MAR cooperation/visit 2023-12-01 month", "TCD->MAR cooperation/visit 2023-12-01 month");
  }

  @Test
  void theThreeStatesOfANamedRegionAreThoseStates() {
    assertThat(mentions("2025-04-29", "Russia expelled diplomats from the three Baltic states on Monday."))
        .containsExactlyInAnyOrder("RUS->EST expulsion/diplomat 2025-04-28 day",
            "RUS->LTU expulsion/diplomat 2025-04-28 day", "RUS->LVA expulsion/diplomat 2025-04-28 day");
  }
}

