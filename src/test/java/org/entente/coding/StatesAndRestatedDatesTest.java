package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A state told in the perfect began on the month or day its "since" gives; a participle that tells an act again
 * dates it past a phrase between them; a comma inside a date splits no clause; a day written "that year" is in
 * the year the sentence gave; a date written before the verb of a later conjunct is that verb's alone; a verb after
 * "and" past a relative clause on the subject has that subject, not a place the first verb named; regional bodies
 * such as the Council of the Baltic Sea States are known, and a state's own or the African Union's security council
 * is not the UN's; "in May" is a month, no modal; the subject of a clause
 * makes the tour it is "on", and the stops a relative clause gives it. Every sentence is written for this test.
 */
class StatesAndRestatedDatesTest {

  @Test
  void aStateToldInThePerfectBeganOnItsSinceDate() {
    assertThat(mentions("2024-03-02", "Turkish instructors have trained the Somali army in Mogadishu since "
        + "August 2022.")).contains("SOM->TUR cooperation/military 2022-08-01 month");
    assertThat(mentions("2025-05-10", "Ghana has had troops in Lebanon since March 12, 2023."))
        .contains("GHA->LBN cooperation/military 2023-03-12 day");
    // (a year is no start the scorer of a lasting state can read: it is told as lasting till the story's day)
    assertThat(mentions("2025-05-10", "Ghana has had troops in Lebanon since 2007."))
        .contains("GHA->LBN cooperation/military 2025-05-10 reported");
  }

  @Test
  void aSinceThatMeasuresFromADateDatesNoAct() {
    assertThat(mentions("2024-03-02", "Kagame flew to Luanda on Friday, his first trip abroad since November."))
        .contains("RWA->AGO cooperation/visit 2024-03-01 day");
    assertThat(mentions("2024-03-02", "It was the largest deployment of Turkish troops in Somalia since "
        + "January.")).noneMatch(m -> m.endsWith("2024-01-01 month"));
  }

  @Test
  void theStartOfAStateSetsNoTimeForTheSentencesAfterIt() {
    assertThat(mentions("2024-03-02", "On February 20, Somalia signed a defence pact with Turkey. Turkish "
        + "instructors have trained the Somali army since August 12, 2022. The following day, Somalia signed a "
        + "maritime deal with Turkey.")).contains("SOM->TUR cooperation/agreement 2024-02-21 day");
  }

  @Test
  void aParticipleTellsTheActAgainPastAPhraseBetween() {
    assertThat(mentions("2021-04-19", "Buhari made Niamey his first foreign destination after his inauguration, "
        + "visiting the Nigerien capital on June 3 and 4, 2015."))
        .containsExactly("NGA->NER cooperation/visit 2015-06-03 day");
  }

  @Test
  void aDayWrittenThatYearIsInTheYearTheSentenceGave() {
    assertThat(mentions("2025-08-08", "Deby was the first head of state to travel to Niamey after the July 2023 "
        + "coup, meeting Tiani on July 30 that year.")).contains("TCD->NER cooperation/visit 2023-07-30 day");
  }

  @Test
  void aDateBeforeTheVerbOfALaterConjunctIsThatVerbsAlone() {
    assertThat(mentions("2024-06-01", "Kenya recalled its ambassador within days and in April expelled Uganda's "
        + "envoy.")).containsExactlyInAnyOrder("KEN->UGA withdrawal/relations 2024-06-01 reported",
            "KEN->UGA expulsion/diplomat 2024-04-01 month");
    // (a date of the first conjunct still goes on to the second)
    assertThat(mentions("2024-06-01", "Kenya recalled its ambassador in April and expelled Uganda's envoy."))
        .contains("KEN->UGA expulsion/diplomat 2024-04-01 month");
  }

  @Test
  void aVerbAfterAndPastARelativeClauseHasTheSubjectBeforeIt() {
    assertThat(mentions("2024-06-01", "Kenya, which claims the island as its own, recalled its ambassador from "
        + "Kampala and in April expelled Uganda's envoy.")).contains("KEN->UGA expulsion/diplomat 2024-04-01 month");
  }

  @Test
  void regionalBodiesAreKnown() {
    assertThat(mentions("2022-05-20", "Russia said on Tuesday it was pulling out of the Council of the Baltic Sea "
        + "States.")).containsExactly("RUS->CBSS withdrawal/organization 2022-05-17 day");
    assertThat(mentions("2024-02-10", "Chad joined the Lake Chad Basin Commission in 1964."))
        .containsExactly("TCD->LCBC alliance/accession 1964-01-01 year");
  }

  @Test
  void mayIsAMonthNotAModal() {
    assertThat(mentions("2025-10-01", "Erdogan visited Baku in May on a Caucasus tour."))
        .contains("TUR->AZE cooperation/visit 2025-05-01 month");
    assertThat(mentions("2025-10-01", "Erdogan may visit Baku on a Caucasus tour.")).isEmpty();
  }

  @Test
  void theSubjectMakesTheTourItIsOnAndItsStops() {
    assertThat(mentions("2025-10-01", "Erdogan visited Baku in May on a Caucasus tour that also took him to "
        + "Tbilisi and Yerevan.")).containsExactlyInAnyOrder("TUR->AZE cooperation/visit 2025-05-01 month",
            "TUR->GEO cooperation/visit 2025-05-01 month", "TUR->ARM cooperation/visit 2025-05-01 month");
  }

  @Test
  void aStatesOwnOrTheAfricanUnionsSecurityCouncilIsNotTheUns() {
    assertThat(mentions("2023-03-15", "Seoul's National Security Council met the Japanese envoy in Seoul on "
        + "Monday.")).containsExactly("JPN->KOR cooperation/visit 2023-03-13 day");
    assertThat(mentions("2023-03-15", "The African Union's Peace and Security Council held an emergency meeting on "
        + "Friday and urged both sides to stop fighting.")).isEmpty();
  }
}
