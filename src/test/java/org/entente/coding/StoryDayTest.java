package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * The day of the story's act, when the headline and the lead state it undated and a later sentence of the opening
 * tells the day; verbs listed after one dated subject; and an act the story tells undated after an opening that
 * dated its own a few days before publication, which happened that day. Every sentence is written for this test.
 */
class StoryDayTest {

  @Test
  void theHeadlineAndTheLeadTakeTheDayTheOpeningGivesTheSameAct() {
    assertThat(mentions("2024-11-29", """
        Chad ends defence accord with France

        Chad's government has ended a defence cooperation agreement with France, saying it no longer suited the \
        country.

        In a communique read late on Thursday, the foreign minister announced the termination of the accord with \
        immediate effect.
        """)).containsExactly("TCD->FRA withdrawal/agreement 2024-11-28 day",
            "TCD->FRA withdrawal/agreement 2024-11-28 day");
  }

  @Test
  void anotherPartysDatedActInTheLeadDoesNotDateTheHeadline() {
    assertThat(mentions("2024-03-08", """
        Kenya expels Ugandan envoy after Kampala expels Kenyan diplomat

        Kenya on Tuesday ordered Uganda's high commissioner to leave within 72 hours, after Uganda expelled a \
        Kenyan diplomat last month.
        """)).contains("KEN->UGA expulsion/diplomat 2024-03-05 day")
        .doesNotContain("UGA->KEN expulsion/diplomat 2024-03-05 day");
  }

  @Test
  void aSentenceInsideTheStoryIsNotDatedByTheOpening() {
    assertThat(mentions("2024-11-29", """
        Chad ends defence accord with France

        Chad's foreign minister on Thursday announced the termination of a defence agreement with France.

        Chad had also ended an accord with Libya, officials said.
        """)).contains("TCD->LBY withdrawal/agreement 2024-11-29 reported");
  }

  @Test
  void verbsListedAfterOneDatedSubjectShareItsDay() {
    assertThat(mentions("2024-08-02", "Algeria on Wednesday recalled its ambassador from Paris, suspended security "
        + "cooperation with France and expelled two French diplomats.")).containsExactlyInAnyOrder(
            "DZA->FRA withdrawal/relations 2024-07-31 day", "DZA->FRA withdrawal/agreement 2024-07-31 day",
            "DZA->FRA expulsion/diplomat 2024-07-31 day");
  }

  @Test
  void thatDayEndingAPhrasePointsBackToTheStorysDay() {
    assertThat(mentions("2024-06-14", "Leaders of the bloc met in Accra on Monday. The presidents of Senegal and "
        + "Liberia flew to Freetown that day and held talks with their host.")).contains(
            "SEN->SLE cooperation/visit 2024-06-10 day", "LBR->SLE cooperation/visit 2024-06-10 day");
    assertThat(mentions("2024-06-14", "Leaders of the bloc met in Accra on Monday. The minister said that day "
        + "trips to Freetown were planned.")).noneMatch(m -> m.contains("2024-06-10"));
  }

  @Test
  void anOccasionPhraseSharesTheDayOfTheClauseBeforeIt() {
    assertThat(mentions("2024-06-14", "Ghana and Togo signed a border agreement in Lome on Tuesday, in a ceremony "
        + "hosted by President Faure Gnassingbe.")).contains("GHA->TGO cooperation/visit 2024-06-11 day");
    assertThat(mentions("2024-06-14", "Rwanda signed a trade deal with Kenya on Tuesday, during a visit to "
        + "Nairobi by its foreign minister.")).contains("RWA->KEN cooperation/visit 2024-06-11 day");
  }

  @Test
  void followersActWhenTheActTheyFollowDid() {
    assertThat(mentions("2016-01-20", "Kuwait cut ties with Iran on January 3. Bahrain and Sudan followed suit "
        + "within days.")).containsExactlyInAnyOrder("KWT->IRN withdrawal/relations 2016-01-03 day",
            "BHR->IRN withdrawal/relations 2016-01-01 month", "SDN->IRN withdrawal/relations 2016-01-01 month");
    assertThat(mentions("2016-01-20", "Kuwait cut ties with Iran on January 3. Bahrain followed within hours."))
        .contains("BHR->IRN withdrawal/relations 2016-01-03 day");
  }

  @Test
  void whatAFrontedDateDatesIncludesWhatItsClauseReports() {
    assertThat(mentions("2021-09-18", "Paris learned of the pact on September 15. The same day, Japan confirmed "
        + "that it was scrapping the contract it had signed with France.")).containsExactlyInAnyOrder(
            "JPN->FRA withdrawal/agreement 2021-09-15 day", "FRA->JPN cooperation/agreement 2021-09-18 reported");
  }

  @Test
  void whatOnlyOnePartyCanDoIsNoAct() {
    assertThat(mentions("2023-08-08", "Paris has said that only Niger's elected authorities can end the accords "
        + "with France.")).isEmpty();
    assertThat(mentions("2023-08-08", "Niger ended the accords with France on Monday."))
        .containsExactly("NER->FRA withdrawal/agreement 2023-08-07 day");
  }
  @Test
  void theLeadsActWasMadeKnownOnTheDayTheOpeningGivesAStatement() {
    assertThat(mentions("2022-10-01", """
        Honduras breaks off ties with Panama

        Honduras has broken off diplomatic relations with Panama, accusing its government of interference.

        The foreign ministry said in a statement read out late on Friday that the decision took immediate effect.
        """)).containsExactly("HND->PAN withdrawal/relations 2022-09-30 day",
            "HND->PAN withdrawal/relations 2022-09-30 day");
  }

  @Test
  void aStatementByAnotherStateDoesNotDateTheLead() {
    assertThat(mentions("2022-10-01", """
        Honduras has broken off diplomatic relations with Panama, accusing its government of interference.

        Mexico said on Friday it regretted the decision.
        """)).contains("HND->PAN withdrawal/relations 2022-10-01 reported");
  }

  @Test
  void anAnnouncementOfWeeksAgoIsNotTheNewsDay() {
    assertThat(mentions("2022-10-01", """
        Honduras has broken off diplomatic relations with Panama, accusing its government of interference.

        The ministry said in a note dated August 12 that talks had failed.
        """)).contains("HND->PAN withdrawal/relations 2022-10-01 reported");
  }

  @Test
  void aLeadThatDatesTheStoryKeepsTheHeadlinesActOnItsDay() {
    assertThat(mentions("2023-01-26", """
        Peru recalls envoy to Mexico

        LIMA (AFP) - Peru on Thursday recalled its ambassador to Mexico for consultations.

        The ministry said on Wednesday it had received a protest note the previous day.
        """)).containsExactly("PER->MEX withdrawal/relations 2023-01-26 day",
            "PER->MEX withdrawal/relations 2023-01-26 day");
  }

  @Test
  void anUndatedActAfterAnOpeningThatDatedItsActTakesTheStorysDay() {
    String story = """
        France hands base back to Ivory Coast

        France on Thursday handed over its last military base in Ivory Coast to the Ivorian army.

        The ceremony was attended by senior officers of both armies.

        After the ceremony, French Defence Minister Sebastien Lecornu was received by President Alassane Ouattara.

        He has since visited Senegal as well.
        """;
    assertThat(mentions("2025-02-21", story)).contains("FRA->CIV cooperation/visit 2025-02-20 day")
        // (what has been done since took no one day)
        .contains("FRA->SEN cooperation/visit 2025-02-21 reported");
    // (a story dated long before the paper came out dates nothing else)
    assertThat(mentions("2025-03-05", story)).contains("FRA->CIV cooperation/visit 2025-03-05 reported");
    // (an article with no publication date was reported on no day: regression, it stopped the run)
    assertThat(mentions(null, story)).contains("FRA->CIV withdrawal/forces  unknown");
  }
}
