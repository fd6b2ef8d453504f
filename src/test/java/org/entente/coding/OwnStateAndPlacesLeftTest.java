package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Who the act's other party is when the words around it would mislead: "the country" a government pulls out of
 * a bloc, a town left, the envoy whose credentials are accepted, the members of a committee formed, the states
 * of a continent. Every sentence is written for this test.
 */
class OwnStateAndPlacesLeftTest {

  @Test
  void theCountryAGovernmentPullsOutIsItsOwnWhateverTheArticleIsAbout() {
    assertThat(mentions("2024-12-04", "Washington has courted President João Lourenço for years. The United States "
        + "sees Angola as a partner. Lourenço's government also pulled the country out of OPEC last December."))
        .contains("AGO->OPEC withdrawal/organization 2023-12-01 month")
        .noneMatch(m -> m.startsWith("AGO->USA"));
  }

  @Test
  void forcesThatLeaveATownOfTheGazetteerLeaveItsState() {
    assertThat(mentions("2024-05-10", "A convoy carrying troops from South Africa and Malawi left the city of Goma "
        + "on Tuesday and crossed into Rwanda.")).containsExactlyInAnyOrder(
            "ZAF->COD withdrawal/forces 2024-05-07 day", "MWI->COD withdrawal/forces 2024-05-07 day");
  }

  @Test
  void credentialsAcceptedRecogniseTheSenderAndReceivedComeFromTheEnvoysState() {
    // (accepting an envoy's credentials is the host's act toward the sender: a recognition)
    assertThat(mentions("2024-05-10", "China accepted the credentials of a Taliban-appointed ambassador in "
        + "January.")).containsExactly("CHN->AFG cooperation/diplomatic 2024-01-01 month");
    assertThat(mentions("2024-05-10", "The Kenyan president received the credentials of the new Somali ambassador "
        + "on Monday.")).containsExactly("SOM->KEN cooperation/diplomatic 2024-05-06 day");
  }

  @Test
  void theMembersOfWhatIsFormedAgreeNothingAmongThemselves() {
    assertThat(mentions("2023-05-07", "The ministers also agreed to form a contact group of Jordan, Iraq, Lebanon "
        + "and Egypt.")).isEmpty();
  }

  @Test
  void aClauseAfterARelativeClauseKeepsTheSubjectBeforeIt() {
    assertThat(mentions("2024-05-10", "Angolan President Joao Lourenco, who has moved closer to Washington after "
        + "decades of close ties with Moscow and Beijing, was hosted by Biden at the White House in November."))
        .containsExactly("AGO->USA cooperation/visit 2023-11-01 month");
  }

  @Test
  void aParticipleThatDescribesANounIsNoAct() {
    assertThat(mentions("2024-05-10", "Kazakhstan removed the Taliban from its list of banned organisations in "
        + "December.")).isEmpty();
    assertThat(mentions("2024-05-10", "The expelled diplomats left Moscow on Friday, Latvian officials said."))
        .isEmpty();
  }

  @Test
  void anOrganisationWhoseSummitItIsVisitsNoOne() {
    assertThat(mentions("2024-05-10", "Italian Prime Minister Giorgia Meloni and Chinese Premier Li Qiang met on "
        + "the sidelines of a Group of 20 summit in New Delhi in September."))
        .noneMatch(m -> m.startsWith("G20->"));
  }

  @Test
  void europeanStatesAreNotTheEuropeanUnion() {
    assertThat(mentions("2023-04-12", "Chad's move follows expulsions of European envoys across the region."))
        .noneMatch(m -> m.contains("EU"));
    assertThat(mentions("2023-04-12", "Mali expelled the head of the European mission on Monday."))
        .containsExactly("MLI->EU expulsion/mission 2023-04-10 day");
  }
}
