package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.article;
import static org.entente.coding.Annotated.dates;
import static org.entente.coding.Annotated.last;

import org.junit.jupiter.api.Test;

/**
 * The date layer: date expressions resolved against the publication date, background-event anchors, bounds, and
 * days counted from the story.
 */
class DateStageTest {

  @Test
  void aWeekdayIsTheMostRecentOneOnOrBeforePublication() {
    // rule: "on Wednesday" in an article of Friday 10 May is 8 May; of Wednesday 8 May, that day; of Tuesday 7 May,
    // the Wednesday before
    String text = "Ghana and Togo signed a security pact on Wednesday.";
    assertThat(dates(last("2024-05-10", text))).containsExactly("on Wednesday=2024-05-08 day");
    assertThat(dates(last("2024-05-08", text))).containsExactly("on Wednesday=2024-05-08 day");
    assertThat(dates(last("2024-05-07", text))).containsExactly("on Wednesday=2024-05-01 day");
  }

  @Test
  void monthsAndYearsCountFromPublication() {
    // rule: "last month", a bare month (the latest one not after publication) and "last year" are periods
    assertThat(dates(last("2024-05-10", "Kenya hosted Ethiopian officials last month, in January and last year.")))
        .containsExactly("last month=2024-04-01 month", "January=2024-01-01 month", "last year=2023-01-01 year");
  }

  @Test
  void writtenDatesKeepTheirOwnYear() {
    // rule: "3 May" takes the publication year, "May 4, 2023" its own
    assertThat(dates(last("2024-05-10", "Ghana hosted Togo's president on 3 May and Benin's president on May 4, 2023.")))
        .containsExactly("3 May=2024-05-03 day", "May 4, 2023=2023-05-04 day");
  }

  @Test
  void aWeekdayWithAWrittenDateIsOneDate() {
    // rule: "Sunday, 9th March 2025" is one expression
    assertThat(dates(last("2025-03-12", "Senegal's president arrived in Accra on Sunday, 9th March 2025 for talks.")))
        .containsExactly("Sunday, 9th March 2025=2025-03-09 day");
  }

  @Test
  void aDateInBracketsIsADate() {
    // rule: "(October 14, 2024)" after the act dates it
    assertThat(dates(last("2024-10-20", "Chad ended its defence pact with France (October 14, 2024).")))
        .containsExactly("October 14, 2024=2024-10-14 day");
  }

  @Test
  void lateMondayEveningIsMonday() {
    // rule: "Late Monday evening," opening a sentence is a date
    assertThat(dates(last("2024-05-10", "Late Monday evening, Burkina Faso expelled three French diplomats.")))
        .containsExactly("Monday=2024-05-06 day");
  }

  @Test
  void theDateOfABackgroundEventIsAnAnchorNotAnActDate() {
    // rule: "the July 26 coup" dates the coup, which later offsets count from; it dates no act
    ArticleAnnotation a = article("2023-10-10", "The July 26 coup in Niger ended ties. Niger expelled the French envoy.");
    assertThat(a.sentences().get(0).dates()).isEmpty();
    assertThat(a.anchor("coup").date()).hasToString("2023-07-26");
  }

  @Test
  void aPlaceAfterTheEventDoesNotStopTheAnchor() {
    // rule: "the coup in Gabon on August 30, 2023": the event named before its date
    ArticleAnnotation a = article("2024-05-10", "The coup in Gabon on August 30, 2023 surprised Cameroon.");
    assertThat(a.sentences().get(0).dates()).isEmpty();
    assertThat(a.anchor("coup").date()).hasToString("2023-08-30");
  }

  @Test
  void anOffsetToAnUndatedEventDatesTheEvent() {
    // rule: "on Sunday …, two months after a coup": the coup is two months before that Sunday, to the month
    ArticleAnnotation a = article("2023-10-10", "Togo hosted Ghana on Sunday, two months after a coup toppled "
        + "the president of Gabon.");
    assertThat(a.anchor("coup").date()).hasToString("2023-08-01");
    assertThat(a.anchor("coup").precision().code()).isEqualTo("month");
  }

  @Test
  void boundsAreNoActDates() {
    // rule: "since 2021", "until March", "by September 15" bound an act, they do not date it
    assertThat(dates(last("2024-05-10", "Sudan has hosted Russian advisers since 2021 and until March."))).isEmpty();
    assertThat(dates(last("2024-05-10", "Kenya said it would withdraw its troops by September 15."))).isEmpty();
  }

  @Test
  void theFollowingDayCountsFromTheStorysLastDay() {
    // rule: "the following day", "the same day", "two days later" count from the last day the story dated
    String before = "Turkey's foreign minister arrived in Cairo on Monday. ";
    assertThat(dates(last("2024-05-10", before + "The following day, Egypt and Turkey signed a trade deal.")))
        .containsExactly("The following day=2024-05-07 day");
    assertThat(dates(last("2024-05-10", before + "The same day, Egypt and Turkey signed a trade deal.")))
        .containsExactly("The same day=2024-05-06 day");
    assertThat(dates(last("2024-05-10", before + "Two days later, Egypt and Turkey signed a trade deal.")))
        .containsExactly("Two days later=2024-05-08 day");
  }

  @Test
  void storyDaysNeedADayTheStoryDated() {
    // rule: with no earlier day in the story, "the following day" dates nothing
    assertThat(dates(last("2024-05-10", "The following day, Egypt and Turkey signed a trade deal."))).isEmpty();
  }
}
