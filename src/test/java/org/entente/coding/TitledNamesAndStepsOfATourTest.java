package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.clauses;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A name set beside an office behind its own title; the date a restating participle gives; "earlier in the week";
 * the steps of a tour or round of talks named in an "after" phrase. Every sentence is written for this test.
 */
class TitledNamesAndStepsOfATourTest {

  @Test
  void aNameBehindItsTitleIsSetBesideTheOffice() {
    assertThat(mentions("2024-08-29", "Kenya's defence minister and his Somali counterpart, Defence Minister"
        + " Abdulkadir Mohamed Nur, signed the accord on Thursday."))
        .containsExactly("KEN->SOM cooperation/agreement 2024-08-29 day");
  }

  @Test
  void aHyphenatedTitleIsATitle() {
    assertThat(clauses(last("2024-08-29", "Australia's foreign minister and her Indonesian counterpart,"
        + " president-elect Prabowo Subianto, signed the accord on Thursday.")))
        .anyMatch(c -> c.startsWith("APPOSITION"));
  }

  @Test
  void aClauseWithItsOwnVerbIsNoApposition() {
    assertThat(mentions("2024-08-29", "Kenya's president went to Mogadishu, Somalia's President Hassan Sheikh"
        + " Mohamud flew to Nairobi on Monday."))
        .contains("SOM->KEN cooperation/visit 2024-08-26 day");
  }

  @Test
  void aParticipleThatRestatesTheTripDatesIt() {
    assertThat(mentions("2022-12-24", "Ghana's president chose neighbouring Togo for his first trip abroad,"
        + " flying to Lome in early November for talks with its president."))
        .containsExactly("GHA->TGO cooperation/visit 2022-11-01 month");
  }

  @Test
  void theSentencesOwnDateBeatsOneBorrowedFromTheSentenceBefore() {
    assertThat(mentions("2023-11-24", "Ghana's president spoke on Thursday. Chad's president was one of the few"
        + " leaders to meet Ghana's president in Accra, travelling there on July 30."))
        .containsExactly("TCD->GHA cooperation/visit 2023-07-30 day");
  }

  @Test
  void earlierInTheWeekIsThisWeek() {
    assertThat(mentions("2024-06-06", "Lavrov met Mali's foreign minister in Bamako earlier in the week."))
        .containsExactly("RUS->MLI cooperation/visit 2024-06-01 month");
  }

  @Test
  void theStopsBeforeAVisitFallInItsMonth() {
    assertThat(mentions("2024-08-29", "Late last month Indonesia's president was in Moscow, after stops in"
        + " Serbia and France."))
        .containsExactlyInAnyOrder("IDN->RUS cooperation/visit 2024-07-01 month",
            "IDN->SRB cooperation/visit 2024-07-01 month", "IDN->FRA cooperation/visit 2024-07-01 month");
  }

  @Test
  void talksBeforeAMeetingOnADayAreDatedToItsMonth() {
    assertThat(mentions("2024-06-06", "Russia's foreign minister met Mali's president on Tuesday after talks"
        + " with Niger's foreign minister."))
        .contains("NER->RUS cooperation/visit 2024-06-01 month");
  }

  @Test
  void whatCausedAnActMayLieMonthsBeforeIt() {
    assertThat(mentions("2022-12-24", "France pulled its last soldiers out of Mali in August, after the junta"
        + " demanded the departure of French forces."))
        .contains("FRA->MLI withdrawal/forces 2022-08-01 month")
        .noneMatch(m -> m.startsWith("MLI->FRA expulsion/forces 2022-08"));
  }

  @Test
  void aNameGivenToTheThingBeforeIsAnAsideAndThePlaceThenDateFollows() {
    assertThat(mentions("2023-10-23", "Georgia hosted a joint exercise with U.S. troops, called Noble Partner,"
        + " outside Tbilisi last month."))
        .containsExactly("GEO->USA cooperation/military 2023-09-01 month");
  }

  @Test
  void whatAWhenClauseReportsIsOfItsMoment() {
    assertThat(mentions("2018-05-01", "El Salvador made the switch in August last year, when its president"
        + " announced that the country was cutting ties with Taipei."))
        .containsExactly("SLV->TWN withdrawal/relations 2017-08-01 month");
  }

  @Test
  void aDateWrittenAfterHoursLaterSaysWhen() {
    assertThat(mentions("2018-05-02", "Santo Domingo announced the decision late on Monday. Hours later, on"
        + " Tuesday morning in Beijing, China's foreign minister and his Dominican counterpart signed a joint"
        + " communique."))
        .contains("CHN->DOM cooperation/agreement 2018-05-01 day");
  }

  @Test
  void anOffsetPicksTheWeekdayNearestTheDayItCountsTo() {
    // published a week on: "on Sunday" alone would be the last Sunday before publication
    assertThat(mentions("2023-03-20", "On Friday, March 10, the Vatican protested. Two days later, on Sunday,"
        + " Nicaragua suspended diplomatic relations with the Vatican."))
        .contains("NIC->VAT withdrawal/relations 2023-03-12 day");
  }

  @Test
  void anUndatedActTakesTheDateOfTheWhenClauseAfterIt() {
    assertThat(mentions("2024-01-15", "Kenya's president and Ethiopia's prime minister agreed to create a border"
        + " commission when they met in Dubai on December 1."))
        .contains("ETH->KEN cooperation/agreement 2023-12-01 day");
  }

  @Test
  void anAfterClausesDateIsTheEarliestAndItsMonthTheBestGuess() {
    assertThat(mentions("2023-05-20", "Georgia severed diplomatic relations with Russia after the two countries"
        + " fought a five-day war on August 8, 2008."))
        .containsExactly("GEO->RUS withdrawal/relations 2008-08-01 month");
  }

  @Test
  void outsideOpensAPhraseNotAParty() {
    assertThat(mentions("2018-03-27", "Outside the bloc, Ukraine said it would send home 13 Russian diplomats."))
        .noneMatch(m -> m.startsWith("EU->"));
  }
}
