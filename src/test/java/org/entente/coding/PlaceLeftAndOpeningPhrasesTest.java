package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Who is told to leave is not the place left; an opening phrase ended by a comma after its date is no list; an
 * opening participle lends no subject, and a clause that opens with an auxiliary has its subject before it; a
 * date phrase after a fronted offset dates the main clause. Every sentence is written for this test.
 */
class PlaceLeftAndOpeningPhrasesTest {

  @Test
  void thePlaceAfterToLeaveIsNotTheOneExpelled() {
    assertThat(mentions("2024-05-10", "Guatemala closed the EU delegation in its capital on Monday and ordered"
        + " its staff to leave the country within a week."))
        .containsExactly("GTM->EU expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void ownStaffOrderedOutOfAForeignCapitalIsNoExpulsion() {
    assertThat(mentions("2024-05-10", "Canada ordered its staff to leave Port-au-Prince on Monday.")).isEmpty();
  }

  @Test
  void anUltimatumStillComesFromThePlaceLeft() {
    assertThat(mentions("2024-05-10", "The Malian envoys have seven days to leave Algeria, the ministry said."))
        .containsExactly("DZA->MLI expulsion/diplomat 2024-05-10 reported");
  }

  @Test
  void aVisitInAnOpeningPhraseEndedAfterItsDateBelongsToTheMainSubject() {
    assertThat(mentions("2024-05-10", "During a trip to Hanoi in March, Lula signed a trade accord with Vietnam."))
        .contains("BRA->VNM cooperation/visit 2024-03-01 month", "BRA->VNM cooperation/agreement 2024-03-01 month");
  }

  @Test
  void aDatedListStillReadsAsOne() {
    assertThat(mentions("2024-05-10", "French troops left Mali in August 2022, Burkina Faso in February 2023 and"
        + " Niger in December."))
        .containsExactlyInAnyOrder("FRA->MLI withdrawal/forces 2022-08-01 month",
            "FRA->BFA withdrawal/forces 2023-02-01 month", "FRA->NER withdrawal/forces 2023-12-01 month");
  }

  @Test
  void anOpeningParticipleLendsNoSubjectToAReportedPassive() {
    assertThat(mentions("2022-01-14", "Speaking at a video summit of the alliance's leaders on Monday, Kazakh"
        + " President Tokayev said the troops would be withdrawn within days.")).isEmpty();
  }

  @Test
  void aClauseOpeningWithAnAuxiliaryTakesItsSubjectFromBefore() {
    assertThat(mentions("2024-05-10", "Guinea's junta, which seized power in 2021, has also expelled French"
        + " envoys and ordered an end to a defence accord with Belgium."))
        .contains("GIN->BEL withdrawal/agreement 2024-05-10 reported")
        .doesNotContain("FRA->BEL withdrawal/agreement 2024-05-10 reported");
  }

  @Test
  void aDatePhraseRightAfterAFrontedOffsetDatesTheMainClause() {
    assertThat(mentions("2024-05-10", "Months earlier, in November 2022, Ghana's foreign minister, Shirley Botchwey,"
        + " had visited Lome for talks."))
        .containsExactly("GHA->TGO cooperation/visit 2022-11-01 month");
  }

  @Test
  void anAsideBetweenDashesStaysInsideItsClause() {
    assertThat(mentions("2025-10-06", "Anthony Albanese and his PNG counterpart, James Marape, signed the treaty"
        + " – named after a river – at Parliament House in Canberra on Monday."))
        .contains("AUS->PNG cooperation/agreement 2025-10-06 day", "PNG->AUS cooperation/visit 2025-10-06 day");
  }
}

