package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * An official of no named state in a story about two states; a meeting "on the island of" a third state, or
 * with its place in a phrase of its own; a visit with no object; "the following month" after a dated month. Every
 * sentence is written for this test.
 */
class OfficialsPlacesAndNextPeriodsTest {

  private static final String TWO_STATES = "Norway and Kenya signed a forestry deal on Monday. Norway will pay"
      + " Kenya for the scheme, Norwegian officials said, and Kenya will report on it to Oslo each year. ";

  @Test
  void anUnnamedOfficialInAStoryAboutTwoStatesIsOfTheOneNotVisited() {
    assertThat(mentions("2024-05-10", TWO_STATES + "In March, Climate Minister Erik Dahl flew to Nairobi and"
        + " signed a letter of intent with Kenya's environment ministry."))
        .contains("NOR->KEN cooperation/visit 2024-03-01 month", "KEN->NOR cooperation/agreement 2024-03-01 month");
  }

  @Test
  void anUnnamedOfficialInAStoryAboutManyStatesIsNoOne() {
    assertThat(mentions("2024-05-10", "Peru, Chile and Brazil met in Lima. Peru hosted. Chile and Brazil came."
        + " In March, Climate Minister Erik Dahl flew to Nairobi."))
        .noneMatch(m -> m.endsWith("2024-03-01 month"));
  }

  @Test
  void aMeetingOnTheIslandOfAThirdStateIsAVisitThereForBoth() {
    assertThat(mentions("2024-05-10", "In December, Maduro met Guyana's President Irfaan Ali on the Caribbean"
        + " island of Dominica."))
        .contains("VEN->DMA cooperation/visit 2023-12-01 month", "GUY->DMA cooperation/visit 2023-12-01 month");
  }

  @Test
  void theFollowingMonthIsTheMonthAfterTheStorysLast() {
    assertThat(mentions("2024-05-10", "The court ruled in November 2023. Kenya's president travelled to Oslo the"
        + " following month."))
        .contains("KEN->NOR cooperation/visit 2023-12-01 month");
  }

  @Test
  void overTheNextYearIsASpanAheadNotADate() {
    assertThat(mentions("2024-09-27", "The United States and Iraq announced on Friday that American troops will"
        + " leave Iraq over the next year."))
        .noneMatch(m -> m.contains("2025-01-01"));
  }

  @Test
  void aMeetingWithItsPlaceInAPhraseOfItsOwnVisitsThatPlace() {
    assertThat(mentions("2025-06-28", "In March, Tshisekedi and Kagame met for the first time since the fighting"
        + " escalated, in Doha."))
        .contains("COD->QAT cooperation/visit 2025-03-01 month", "RWA->QAT cooperation/visit 2025-03-01 month");
  }

  @Test
  void aVisitWithNoObjectGoesWhereTheSentencesOtherVisitWent() {
    assertThat(mentions("2025-02-04", "A US delegation met al-Sharaa in Damascus in December, and Ukrainian Foreign"
        + " Minister Andrii Sybiha visited at the end of that month."))
        .contains("UKR->SYR cooperation/visit 2024-12-01 month");
  }

  @Test
  void beingInACapitalLateLastMonthIsAVisit() {
    assertThat(mentions("2025-02-04", "Saudi Foreign Minister Prince Faisal bin Farhan was in Damascus late last"
        + " month."))
        .containsExactly("SAU->SYR cooperation/visit 2025-01-01 month");
  }
}

