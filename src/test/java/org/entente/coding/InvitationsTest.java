package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/** A visit one is invited to make or pay is still to come. Every sentence is written for this test. */
class InvitationsTest {

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
}
