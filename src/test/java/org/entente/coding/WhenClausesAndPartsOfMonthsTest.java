package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Dates that the clause around an act gives it: "since 2019, when …", "by the end of December" after a past
 * verb, "mid-April", "that August", "days later", a "which" clause about a summit, and an anniversary dated apart
 * from its event. Every sentence is written for this test.
 */
class WhenClausesAndPartsOfMonthsTest {

  @Test
  void aBoundDateFollowedByWhenDatesTheWhenClause() {
    assertThat(mentions("2024-05-10", "Trade between the two neighbours has been frozen since March 2021, when"
        + " Algeria expelled the Moroccan ambassador."))
        .containsExactly("DZA->MAR expulsion/diplomat 2021-03-01 month");
  }

  @Test
  void aSinceThatMeasuresStillBoundsAndDatesNothing() {
    // (a state told in the perfect began on its "since" month, see StatesAndRestatedDatesTest; a first time since
    // a date, or a year a state has lasted since, dates no act)
    assertThat(mentions("2024-05-10", "Ghana hosted Togolese troops on Monday for the first time since March "
        + "2021.")).allMatch(m -> !m.contains("2021-"));
    assertThat(mentions("2024-05-10", "Ghana has hosted Togolese troops since 2021."))
        .allMatch(m -> !m.contains("2021-"));
  }

  @Test
  void byTheEndOfAMonthAfterAPastVerbIsWhenTheActWasDone() {
    assertThat(mentions("2024-05-10", "Belgium pulled its last soldiers out of Mali by the end of February."))
        .containsExactly("BEL->MLI withdrawal/forces 2024-02-01 month");
  }

  @Test
  void byADateAfterAnOrderIsADeadline() {
    assertThat(mentions("2024-05-10", "On Monday, Chad ordered Germany to withdraw its soldiers by the end of"
        + " June."))
        .allMatch(m -> !m.contains("2024-06"));
  }

  @Test
  void anAnnouncedDepartureByADayIsADeadline() {
    assertThat(mentions("2025-01-31", "On Tuesday, Senegal announced the departure of French troops from the"
        + " country by the end of July."))
        .allMatch(m -> !m.contains("-07-"));
  }

  @Test
  void aPartOfAMonthWrittenAsOneWordIsThatMonth() {
    assertThat(mentions("2024-05-10", "The Polish foreign minister was received in Vilnius in mid-April by his"
        + " Lithuanian counterpart."))
        .containsExactly("POL->LTU cooperation/visit 2024-04-01 month");
  }

  @Test
  void earlyAndLateWithAYearAreThatYear() {
    assertThat(mentions("2024-05-10", "Kenya sent police officers to Haiti in late-2023."))
        .allMatch(m -> m.endsWith("2023-01-01 year"));
  }

  @Test
  void thatMonthIsInTheYearTheSentenceGave() {
    assertThat(mentions("2024-05-10", "Lome expelled the Ghanaian envoy in March 2019, and Ghanaian troops left"
        + " Togo that October."))
        .contains("GHA->TGO withdrawal/forces 2019-10-01 month");
  }

  @Test
  void thatMayBeforeAVerbIsNoDate() {
    assertThat(mentions("2019-05-10", "Britain said in March that May would visit Dublin."))
        .allMatch(m -> !m.contains("-05-01 month"));
  }

  @Test
  void aMonthOfThatYearTakesTheYearTheSentenceGaveBeforeTheStorys() {
    assertThat(mentions("2025-03-30", "Chad quit the force on Friday. Sudan, which recalled its envoy in 2021,"
        + " left IGAD in June of that year."))
        .contains("SDN->IGAD withdrawal/organization 2021-06-01 month");
  }

  @Test
  void daysLaterCountsFromTheLastDateToItsMonth() {
    assertThat(mentions("2024-05-10", "Kenya hosted Somalia's president on April 26. Days later, Ethiopia"
        + " recalled its ambassador from Mogadishu."))
        .contains("ETH->SOM withdrawal/relations 2024-04-01 month");
  }

  @Test
  void hoursLaterIsTheSameDay() {
    assertThat(mentions("2024-05-10", "Moscow expelled two Estonian diplomats on March 3. Hours later, Tallinn"
        + " recalled its ambassador from Moscow."))
        .contains("EST->RUS withdrawal/relations 2024-03-03 day");
  }

  @Test
  void aWhichClauseAboutASummitHappenedAtIt() {
    assertThat(mentions("2024-05-10", "The two presidents spoke last month at the BRICS summit in Kazan, which"
        + " Egypt's president attended."))
        .contains("EGY->RUS cooperation/visit 2024-04-01 month");
  }

  @Test
  void anAnniversaryOfAnEventIsDatedApartFromTheEvent() {
    assertThat(mentions("2025-10-06", "The accord was to be signed at Vanuatu's independence anniversary last"
        + " month, when Australia's foreign minister travelled to Port Vila."))
        .contains("AUS->VUT cooperation/visit 2025-09-01 month");
  }

  @Test
  void anOffsetCountsFromTheMainClausesTimeNotFromAnAside() {
    assertThat(mentions("2024-07-06", "The trip, his first to Beijing since the pandemic began in January 2020,"
        + " came two days after Hungarian Prime Minister Viktor Orban travelled to Kyiv."))
        .contains("HUN->UKR cooperation/visit 2024-07-01 month");
  }

  @Test
  void aMonthThatAStoryDatesBackToIsADate() {
    assertThat(mentions("2024-05-10", "The row dates back to March, when Rabat recalled its ambassador from"
        + " Madrid."))
        .containsExactly("MAR->ESP withdrawal/relations 2024-03-01 month");
  }

  @Test
  void anActSetThenAfterADatedOneIsInItsMonth() {
    assertThat(mentions("2024-05-10", "Kenya's foreign minister Musalia Mudavadi flew to Addis Ababa on March 4."
        + " He then went on to Djibouti."))
        .contains("KEN->DJI cooperation/visit 2024-03-01 month");
  }

  @Test
  void aYearAgoThisWeekIsThisMonthAYearBack() {
    assertThat(mentions("2022-08-28", "Algeria severed diplomatic relations with Morocco a year ago this week."))
        .containsExactly("DZA->MAR withdrawal/relations 2021-08-01 month");
  }

  @Test
  void aYearAgoAloneIsThatYear() {
    assertThat(mentions("2022-08-28", "Algeria severed diplomatic relations with Morocco a year ago."))
        .containsExactly("DZA->MAR withdrawal/relations 2021-01-01 year");
  }

  @Test
  void theWeekendIsTheLastSaturdaysMonth() {
    assertThat(mentions("2024-06-04", "Ghana recalled its ambassador from Togo at the weekend."))
        .containsExactly("GHA->TGO withdrawal/relations 2024-06-01 month");
    assertThat(mentions("2024-06-03", "Ghana recalled its ambassador from Togo over the weekend."))
        .containsExactly("GHA->TGO withdrawal/relations 2024-06-01 month");
  }
}
