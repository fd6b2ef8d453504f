package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.article;
import static org.entente.coding.Annotated.dated;
import static org.entente.coding.Annotated.last;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dated layer: the date of each interaction, from its clause, the sentence around it, a neighbouring sentence or
 * the publication. Each row is "SOURCE->TARGET category/subtype DATE precision".
 */
class ActDateStageTest {

  private static final String DAY = "2024-05-10";

  private static List<String> first(String published, String text) {
    return dated(article(published, text).sentences().get(0));
  }

  @Test
  void theDateInTheActsClauseDatesIt() {
    // rule: the nearest date in the trigger's clause
    assertThat(dated(last(DAY, "Ghana and Togo signed a security pact on Wednesday.")))
        .containsExactly("GHA->TGO cooperation/agreement 2024-05-08 day");
  }

  @Test
  void noDateIsThePublicationDateAsReported() {
    // rule: an act the text does not date is "reported" on the publication day
    assertThat(dated(last(DAY, "Senegal and Mauritania signed a gas agreement.")))
        .containsExactly("SEN->MRT cooperation/agreement 2024-05-10 reported");
  }

  @Test
  void anUndatedArticleGivesAnUnknownDate() {
    // rule: no publication date and no date in the text: "unknown", no date
    assertThat(dated(last(null, "Senegal and Mauritania signed a gas agreement.")))
        .containsExactly("SEN->MRT cooperation/agreement  unknown");
  }

  @Test
  void eachTargetOfAListTakesTheDateWrittenAfterIt() {
    // rule: "from A in 2021, B in 2022 and C in January": each pair its own date
    assertThat(dated(last(DAY, "Denmark withdrew its troops from Iraq in 2021, Afghanistan in 2022 and Mali in "
        + "January.")))
        .containsExactly("DNK->IRQ withdrawal/forces 2021-01-01 year", "DNK->AFG withdrawal/forces 2022-01-01 year",
            "DNK->MLI withdrawal/forces 2024-01-01 month");
  }

  @Test
  void coordinatedActsKeepTheirOwnDates() {
    // rule: "expelled … in 2022 and cut ties … last year": the clause is cut at "and" before another trigger
    assertThat(dated(last(DAY, "Kenya expelled Sudan's ambassador in 2022 and cut ties with Eritrea last year.")))
        .containsExactly("KEN->SDN expulsion/diplomat 2022-01-01 year", "KEN->ERI withdrawal/relations 2023-01-01 year");
  }

  @Test
  void coordinatedActsShareTheOnlyDate() {
    // rule: "met … in March and agreed to …": one date for both
    assertThat(dated(last(DAY, "Uganda's president met his Kenyan counterpart in March and agreed to build a "
        + "pipeline.")))
        .contains("UGA->KEN cooperation/visit 2024-03-01 month", "UGA->KEN cooperation/agreement 2024-03-01 month");
  }

  @Test
  void aFrontedDateDatesTheMainClause() {
    // rule: "Last month, …" and "Late Monday evening, …"
    assertThat(dated(last(DAY, "Last month, Bahrain and Qatar restored diplomatic ties.")))
        .containsExactly("BHR->QAT cooperation/diplomatic 2024-04-01 month");
    assertThat(dated(last(DAY, "Late Monday evening, Burkina Faso expelled three French diplomats.")))
        .containsExactly("BFA->FRA expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void aDateStandingAloneAfterTheClauseDatesIt() {
    // rule: ", in April last year." is the date of the clause before it
    assertThat(dated(last(DAY, "Bahrain and Qatar restored diplomatic ties, in April last year.")))
        .containsExactly("BHR->QAT cooperation/diplomatic 2023-04-01 month");
  }

  @Test
  void aDateInBracketsDatesTheAct() {
    // rule: "(October 14, 2024)" after the act
    assertThat(dated(last("2024-10-20", "Chad ended its defence pact with France (October 14, 2024).")))
        .containsExactly("TCD->FRA withdrawal/agreement 2024-10-14 day");
  }

  @Test
  void theDateGoesOnPastAShortAside() {
    // rule: "on Monday gave the Israeli envoy, Lior Haiat, 72 hours to leave": the aside does not cut the date off
    assertThat(dated(last(DAY, "Bolivia on Monday gave the Israeli envoy, Lior Haiat, 72 hours to leave the "
        + "country.")))
        .containsExactly("BOL->ISR expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void aDecisionAnnouncedIsDatedByItsAnnouncement() {
    // rule: "announced on Tuesday that French troops would withdraw … in January": the Tuesday
    assertThat(dated(last("2024-12-31", "Ouattara announced on Tuesday that French troops would withdraw from Ivory "
        + "Coast in January.")))
        .containsExactly("FRA->CIV withdrawal/forces 2024-12-31 day");
  }

  @Test
  void anAttributionDatesTheDecisionItReports() {
    // rule: "…, Ruto said on Tuesday": the announcement's date
    assertThat(dated(last(DAY, "Kenya will withdraw its troops from Somalia by December, Ruto said on Tuesday.")))
        .containsExactly("KEN->SOM withdrawal/forces 2024-05-07 day");
  }

  @Test
  void anAnnouncementWithoutADateIsReported() {
    // rule: a decision announced with no date of announcement is "reported", not the deadline's date
    assertThat(dated(last(DAY, "Russia will withdraw its troops from Armenia by the end of June, the Kremlin said.")))
        .containsExactly("RUS->ARM withdrawal/forces 2024-05-10 reported");
  }

  @Test
  void theNextSentenceReportingTheActDatesIt() {
    // rule: an undated act takes the date of the next sentence that names a party and reports it
    // ("… said on Tuesday", "made the announcement on Tuesday")
    assertThat(first(DAY, "Algeria recalled its ambassador from France. The Algerian foreign ministry said on Tuesday "
        + "that ties were strained."))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-07 day");
    assertThat(first(DAY, "Senegal recalled its ambassador from Gambia. Gambia made the announcement on Tuesday."))
        .containsExactly("SEN->GMB withdrawal/relations 2024-05-07 day");
  }

  @Test
  void aSentenceThatPointsBackDatesTheActBefore() {
    // rule: "This came during a meeting held on Tuesday." dates the act of the sentence before
    assertThat(first(DAY, "Algeria recalled its ambassador from France. This came during a meeting held on Tuesday."))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-07 day");
  }

  @Test
  void aNeighbourThatNamesNeitherPartyDatesNothing() {
    // rule: the next sentence must name one of the act's parties (past the opening, where an announcement's day
    // dates the story's act: StoryDayTest)
    assertThat(dated(article(DAY, "Ties were tense. Trade fell. Algeria recalled its ambassador from Paris. The "
        + "foreign ministry said on Friday that the envoy would return for consultations.").sentences().get(2)))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-10 reported");
  }

  @Test
  void thePluperfectTakesNoNeighboursDate() {
    // rule: "had recalled" sets the act before the story the neighbour dates
    assertThat(first(DAY, "Algeria had recalled its ambassador from France. The Algerian foreign ministry said on "
        + "Tuesday that ties were strained."))
        .containsExactly("DZA->FRA withdrawal/relations 2024-05-10 reported");
  }

  @Test
  void storyDaysDateTheActTheyOpen() {
    // rule: "The following day," and "Two days later," count from the last day of the story
    String before = "Turkey's foreign minister arrived in Cairo on Monday. ";
    assertThat(dated(last(DAY, before + "The following day, Egypt and Turkey signed a trade deal.")))
        .containsExactly("EGY->TUR cooperation/agreement 2024-05-07 day");
    assertThat(dated(last(DAY, before + "Two days later, Egypt and Turkey signed a trade deal.")))
        .containsExactly("EGY->TUR cooperation/agreement 2024-05-08 day");
  }

  @Test
  void aWhenClauseSharesTheDateOfTheClauseBefore() {
    // rule: "made the announcement on Tuesday when he visited Abidjan": the visit is that Tuesday
    assertThat(dated(last(DAY, "Macron made the announcement on Tuesday when he visited Abidjan.")))
        .containsExactly("FRA->CIV cooperation/visit 2024-05-07 day");
  }

  @Test
  void anOffsetToABackgroundEventCountsFromItsAnchor() {
    // rule: "two weeks after the coup" counts from the coup's date, to the month; "just days after" too
    String before = "The coup in Gabon on August 30, 2023 surprised Paris. ";
    assertThat(dated(last(DAY, before + "France withdrew its ambassador from Libreville two weeks after the coup.")))
        .containsExactly("FRA->GAB withdrawal/relations 2023-09-01 month");
    assertThat(dated(last(DAY, before + "Just days after the coup, France withdrew its ambassador from Libreville.")))
        .containsExactly("FRA->GAB withdrawal/relations 2023-09-01 month");
  }

  @Test
  void anActAfterADatedEventIsInThatEventsMonth() {
    // rule: "… after the coup" with the coup dated to August 2023: August 2023
    assertThat(dated(last(DAY, "The coup in Gabon in August 2023 ended an era. France suspended its military "
        + "cooperation with Gabon after the coup.")))
        .containsExactly("FRA->GAB withdrawal/agreement 2023-08-01 month");
  }

  @Test
  void anOffsetBeforeTheActCountsBackFromTheSentencesDate() {
    // rule: "on Thursday, a day after Nicaragua had expelled …": the earlier act is the day before
    assertThat(dated(last(DAY, "Brazil expelled the Nicaraguan ambassador on Thursday, a day after Nicaragua had "
        + "expelled the Brazilian envoy.")))
        .containsExactly("BRA->NIC expulsion/diplomat 2024-05-09 day", "NIC->BRA expulsion/diplomat 2024-05-08 day");
  }
}
