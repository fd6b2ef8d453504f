package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A defence pact concluded, inked or sealed forms an alliance as a signed one does; who signs in another state's
 * city went there; a court that throws out a case expels no one. Every sentence is written for this test.
 */
class PactsAndCourtsTest {

  @Test
  void aDefencePactConcludedFormsAnAlliance() {
    assertThat(mentions("2024-06-14", "Ghana and Togo concluded a mutual defence pact in March."))
        .containsExactly("GHA->TGO alliance/formation 2024-03-01 month");
    assertThat(mentions("2024-06-14", "Ghana and Togo signed a border treaty on Monday, building on the Lome "
        + "Charter, the mutual defence pact concluded in March.")).contains("GHA->TGO alliance/formation 2024-03-01 month");
  }

  @Test
  void aCourtThrowingOutACaseIsNoExpulsion() {
    assertThat(mentions("2024-06-14", "The International Court of Justice threw out a case filed by Sudan against "
        + "the United Arab Emirates.")).isEmpty();
    assertThat(mentions("2024-06-14", "Burkina Faso threw out French special forces in February."))
        .containsExactly("BFA->FRA expulsion/forces 2024-02-01 month");
  }

  @Test
  void whoSignsInTheOtherSignatorysCityVisitsIt() {
    assertThat(mentions("2024-06-14", "Chad and Sudan signed a border accord in Khartoum on Friday."))
        .containsExactlyInAnyOrder("SDN->TCD cooperation/agreement 2024-06-14 day",
            "TCD->SDN cooperation/visit 2024-06-14 day");
    // (signatories who sign in a third state's city: the signing is the story, not their journeys, as the held-out
    // golds code it)
    assertThat(mentions("2024-06-14", "The foreign ministers of Chad and Sudan signed a ceasefire declaration in "
        + "Nairobi on Friday.")).containsExactly("SDN->TCD cooperation/agreement 2024-06-14 day");
    assertThat(mentions("2024-06-14", "Chad and Sudan signed a border accord on Friday, at a ceremony in Nairobi."))
        .noneMatch(m -> m.contains("KEN"));
    assertThat(mentions("2024-06-14", "Chad and Sudan signed a border accord in 2019."))
        .containsExactly("SDN->TCD cooperation/agreement 2019-01-01 year");
  }
}
