package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Lists that leave the verb out: "Germany expelled four Russian diplomats, Poland three and Latvia one". Every
 * sentence is written for this test.
 */
class GappedListsTest {

  @Test
  void partiesListedWithACountRepeatTheExpulsion() {
    assertThat(mentions("2024-06-14", "Sweden expelled five Iranian diplomats on Tuesday; Norway and Finland two "
        + "each, and Estonia one.")).containsExactlyInAnyOrder(
            "SWE->IRN expulsion/diplomat 2024-06-11 day", "NOR->IRN expulsion/diplomat 2024-06-11 day",
            "FIN->IRN expulsion/diplomat 2024-06-11 day", "EST->IRN expulsion/diplomat 2024-06-11 day");
  }

  @Test
  void aPartyBeforeACountIsNoObjectOfTheVerb() {
    assertThat(mentions("2024-06-14", "Austria expelled three Russian diplomats, Slovakia two and Slovenia one."))
        .containsExactlyInAnyOrder("AUT->RUS expulsion/diplomat 2024-06-14 reported",
            "SVK->RUS expulsion/diplomat 2024-06-14 reported", "SVN->RUS expulsion/diplomat 2024-06-14 reported");
  }

  @Test
  void aCountOfYearsIsNoList() {
    assertThat(mentions("2024-06-14", "Ghana expelled two Togolese diplomats in 2019, three years after the "
        + "talks in Accra.")).containsExactly("GHA->TGO expulsion/diplomat 2019-01-01 year");
  }
}
