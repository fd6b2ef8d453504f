package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A visit one is invited to make or pay is still to come; a pact among three or more signed in one of their
 * capitals tells no one's visit there. Every sentence is written for this test.
 */
class InvitationsAndSigningsTest {

  @Test
  void aVisitOneIsInvitedToMakeIsNoVisit() {
    assertThat(mentions("2023-02-03", "Ghana's president invited Ivorian President Alassane Ouattara to make an "
        + "official visit to Accra.")).isEmpty();
    assertThat(mentions("2023-02-03", "Ghana's president invited Ivorian President Alassane Ouattara to pay a state "
        + "visit to Accra.")).isEmpty();
    // (a visit made is one)
    assertThat(mentions("2023-02-03", "Ivorian President Alassane Ouattara made an official visit to Accra on "
        + "Wednesday.")).containsExactly("CIV->GHA cooperation/visit 2023-02-01 day");
  }

  @Test
  void aPactAmongThreeSignedInOneOfTheirCapitalsTellsNoVisit() {
    assertThat(mentions("2024-08-01", "Chad, Cameroon and Niger signed a border security pact in Yaounde on "
        + "Tuesday.")).noneMatch(m -> m.contains("visit")).contains("CMR->TCD cooperation/agreement 2024-07-30 day");
    // (two signing in one's capital: the other came)
    assertThat(mentions("2024-08-01", "Chad and Niger signed a border security pact in Niamey on Tuesday."))
        .contains("TCD->NER cooperation/visit 2024-07-30 day");
  }
}
