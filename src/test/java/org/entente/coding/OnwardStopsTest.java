package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A trip that goes on to its next stop ("and then to Tokyo"), and a city that a visit verb governs. Every sentence
 * is written for this test.
 */
class OnwardStopsTest {

  @Test
  void aTripGoesOnToItsNextStopPastARelativeClause() {
    assertThat(mentions("2024-08-29", "In May, Kenya's President William Ruto went to Seoul, where he met"
        + " President Yoon Suk Yeol, and then to Tokyo."))
        .contains("KEN->KOR cooperation/visit 2024-05-01 month", "KEN->JPN cooperation/visit 2024-05-01 month");
  }

  @Test
  void onToIsANextStopToo() {
    assertThat(mentions("2024-08-29", "Ghana's president flew to Paris on Monday and on to Berlin."))
        .containsExactly("GHA->FRA cooperation/visit 2024-08-26 day", "GHA->DEU cooperation/visit 2024-08-26 day");
  }

  @Test
  void anotherVerbAfterAndIsNoStop() {
    assertThat(mentions("2024-08-29", "Ghana's president flew to Paris on Monday and spoke to Germany's"
        + " chancellor by phone."))
        .noneMatch(m -> m.startsWith("GHA->DEU cooperation/visit"));
  }

  @Test
  void aCityThatAVisitVerbGovernsIsWhereTheVisitWent() {
    assertThat(mentions("2024-11-29", "Macron visited Lagos in July 2018."))
        .containsExactly("FRA->NGA cooperation/visit 2018-07-01 month");
  }

  @Test
  void aLeaderTouringHisOwnCitiesVisitsNoOne() {
    assertThat(mentions("2024-11-29", "Xi toured Shanghai last week.")).isEmpty();
  }
}
