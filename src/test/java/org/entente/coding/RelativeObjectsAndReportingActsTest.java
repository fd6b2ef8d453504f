package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * An act whose object is the noun a "which" clause describes, and a reporting verb that is itself the act
 * ("declared … persona non grata"). Every sentence is written for this test.
 */
class RelativeObjectsAndReportingActsTest {

  @Test
  void relationsSeveredInARelativeClauseAreWithTheOtherPartyOfTheMainClause() {
    assertThat(mentions("2024-05-10", "Egypt and Iran restored diplomatic relations in March, which Tehran had"
        + " severed in 1980 in solidarity with Moscow."))
        .contains("IRN->EGY withdrawal/relations 1980-01-01 year")
        .doesNotContain("IRN->RUS withdrawal/relations 1980-01-01 year");
  }

  @Test
  void aReportedThatClauseIsNoRelativeObject() {
    assertThat(mentions("2024-05-10", "State media reported that Manila would close its consulate in Xiamen."))
        .doesNotContain("PHL->CHN expulsion/mission 2024-05-10 reported");
  }

  @Test
  void declaringEnvoysPersonaNonGrataAfterAnOpeningDateIsTheAct() {
    assertThat(mentions("2024-05-10", "Earlier this month, Ghana also declared two diplomats of the Togolese"
        + " embassy persona non grata, following a border row."))
        .containsExactly("GHA->TGO expulsion/diplomat 2024-05-01 month");
  }

  @Test
  void aReportingVerbBeforeAnotherAct() {
    assertThat(mentions("2024-05-10", "Later, the Kenyan ministry declared that Nairobi had recalled its"
        + " ambassador from Kinshasa."))
        .contains("KEN->COD withdrawal/relations 2024-05-10 reported");
  }
}
