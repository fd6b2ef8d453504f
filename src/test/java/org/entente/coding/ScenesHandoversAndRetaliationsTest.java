package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Who "the country" and "the military authorities" are, the act a retaliation answers, decisions of an
 * organisation, arrivals at the article's scene, delegations sent, bases handed over, "forces" as a noun and the
 * rulers "whose" follows. Every sentence is written for this test.
 */
class ScenesHandoversAndRetaliationsTest {

  @Test
  void theJuntaOfAStateNamedOnceIsNotTheRulerOfTheStoryAboutAnother() {
    String story = "Chad's transitional president met party leaders in N'Djamena on Monday. Chad will hold a "
        + "referendum in December, the Chadian government said. Chad's opposition rejected the timetable. "
        + "Chad's neighbours are watching, and Mali's junta has delayed its own vote. "
        + "The military authorities later expelled the French ambassador, officials said.";
    assertThat(mentions("2023-10-10", story))
        .anyMatch(m -> m.startsWith("TCD->FRA expulsion/diplomat"))
        .noneMatch(m -> m.startsWith("MLI->FRA"));
  }

  @Test
  void theCountryIsTheStateSomethingWasPlacedInEarlierInTheSentence() {
    assertThat(mentions("2023-11-30", "Sweden is Chad's main donor, and Chad is its partner. Sweden said on Monday "
        + "it would end its part in the European effort in Mali and bring its troops home from the country."))
        .contains("SWE->MLI withdrawal/forces 2023-11-27 day")
        .noneMatch(m -> m.startsWith("SWE->TCD withdrawal"));
  }

  @Test
  void whereADelegationCameFromIsNotTheCountryItArrivedIn() {
    assertThat(mentions("2023-08-09", "Niger's junta received a delegation on Tuesday. Hours later, a joint "
        + "delegation from Mali and Burkina Faso arrived in the country."))
        .noneMatch(m -> m.startsWith("BFA->MLI") || m.startsWith("MLI->BFA"));
  }

  @Test
  void aParticipleThatRetaliatesNamesTheEarlierActOfTheOtherSide() {
    assertThat(mentions("2024-05-16", "Estonia expelled a Russian diplomat on Wednesday, retaliating for "
        + "Moscow's expulsion of the Estonian consul last month."))
        .contains("EST->RUS expulsion/diplomat 2024-05-15 day")
        .anyMatch(m -> m.startsWith("RUS->EST expulsion/diplomat"));
  }

  @Test
  void aParticipleThatRestatesTheActAddsNoSecondAct() {
    assertThat(mentions("2024-05-16", "Mali and Russia signed a defence pact on Wednesday, deepening their "
        + "military ties."))
        .containsExactly("MLI->RUS alliance/formation 2024-05-15 day");
  }

  @Test
  void membersAgreeingOnTheirBlocsEnlargementSignNoPactWithEachOther() {
    assertThat(mentions("2023-08-25", "Brazil, India and China agreed on the bloc's expansion on Thursday."))
        .isEmpty();
    assertThat(mentions("2023-08-25", "EU leaders from France and Germany agreed to admit two new members."))
        .isEmpty();
  }

  @Test
  void anAgreementToExpandTradeIsStillAnAgreement() {
    assertThat(mentions("2023-08-25", "Kenya and Ethiopia agreed on an expansion of cross-border trade on Thursday."))
        .contains("ETH->KEN cooperation/agreement 2023-08-24 day");
  }

  @Test
  void leadersWhoArriveOrAttendWithNoPlaceNamedVisitTheSceneLastNamed() {
    String story = "The new president took the oath at a stadium in Accra on Saturday. Togo's president and "
        + "Liberia's president were among the first leaders to arrive. The presidents of Benin and Niger also "
        + "attended.";
    assertThat(mentions("2025-01-11", story))
        .anyMatch(m -> m.startsWith("TGO->GHA cooperation/visit"))
        .anyMatch(m -> m.startsWith("LBR->GHA cooperation/visit"))
        .anyMatch(m -> m.startsWith("BEN->GHA cooperation/visit"))
        .anyMatch(m -> m.startsWith("NER->GHA cooperation/visit"));
  }

  @Test
  void attendingAnEventTheClauseNamesIsNoVisitToTheLastScene() {
    assertThat(mentions("2025-01-11", "The talks took place in Doha. Egypt's foreign minister attended the "
        + "African Union summit."))
        .noneMatch(m -> m.contains("->QAT cooperation/visit"));
  }

  @Test
  void aDelegationOrMinisterSentToACapitalVisitsIt() {
    assertThat(mentions("2024-03-10", "Burkina Faso dispatched its foreign minister to Niamey on Tuesday."))
        .containsExactly("BFA->NER cooperation/visit 2024-03-05 day");
    assertThat(mentions("2024-03-10", "Ukraine sent a negotiating team to Istanbul on Friday."))
        .containsExactly("UKR->TUR cooperation/visit 2024-03-08 day");
  }

  @Test
  void troopsOrALetterSentAreNoVisit() {
    assertThat(mentions("2024-03-10", "The United States sent a letter to Niger on Friday."))
        .noneMatch(m -> m.contains("cooperation/visit"));
    assertThat(mentions("2024-03-10", "Rwanda sent 1,000 troops to Mozambique in 2021."))
        .noneMatch(m -> m.contains("cooperation/visit"));
  }

  @Test
  void aBaseHandedToTheHostIsTheLeaversWithdrawal() {
    assertThat(mentions("2025-07-20", "France handed its last base to Senegal on Thursday."))
        .containsExactly("FRA->SEN withdrawal/forces 2025-07-17 day");
  }

  @Test
  void armsHandedToAStateAreMilitaryCooperation() {
    assertThat(mentions("2025-07-20", "Turkey handed two drones to Somalia on Thursday."))
        .containsExactly("SOM->TUR cooperation/military 2025-07-17 day");
  }

  @Test
  void forcesBeforeAnAuxiliaryIsTheNounAndThePassiveNamesTheExpeller() {
    assertThat(mentions("2025-07-20", "French forces were pushed out of Mali in 2022."))
        .contains("MLI->FRA expulsion/forces 2022-01-01 year")
        .noneMatch(m -> m.startsWith("FRA->MLI expulsion"));
  }

  @Test
  void theRulersWhoseFollowsAreThoseOfTheStatesNamedBeforeIt() {
    assertThat(mentions("2025-07-20", "Mali and Niger, whose military rulers expelled French troops in 2022, "
        + "have turned to Moscow."))
        .contains("MLI->FRA expulsion/forces 2022-01-01 year", "NER->FRA expulsion/forces 2022-01-01 year");
  }

  @Test
  void themInAnOrderToLeaveStandsForTheSoldiersNamedBefore() {
    assertThat(mentions("2024-03-20", "The last Belgian soldiers left Chad in May, weeks after the government "
        + "in N'Djamena ordered them out."))
        .anyMatch(m -> m.startsWith("TCD->BEL expulsion/forces"));
    assertThat(mentions("2024-03-20", "The last Belgian troops left Chad in May after N'Djamena demanded their "
        + "departure."))
        .anyMatch(m -> m.startsWith("TCD->BEL expulsion/forces"));
  }

  @Test
  void theirOfAnotherNounIsNotTheSoldiers() {
    assertThat(mentions("2024-07-20", "Niger, Mali and Burkina Faso, whose rulers expelled French troops, signed "
        + "a treaty on Saturday creating a confederation of their three states."))
        .contains("BFA->MLI alliance/formation 2024-07-20 day")
        .noneMatch(m -> m.contains("FRA alliance") || m.startsWith("FRA->") && m.contains("alliance"));
  }

  @Test
  void theirThreeStatesAreTheThreeListedTogether() {
    assertThat(Annotated.actors(Annotated.last("2024-07-20", "Niger, Mali and Burkina Faso, whose rulers "
        + "expelled French troops, signed a treaty creating a confederation of their three states.")))
        .contains("PAIR:NER,MLI,BFA");
  }

  @Test
  void aListOfStatesLeadersIsOneSubject() {
    assertThat(mentions("2025-01-11", "Ghana's John Mahama, Togo's Faure Gnassingbe and Benin's Patrice Talon "
        + "arrived in Abuja on Friday."))
        .containsExactlyInAnyOrder("GHA->NGA cooperation/visit 2025-01-10 day",
            "TGO->NGA cooperation/visit 2025-01-10 day", "BEN->NGA cooperation/visit 2025-01-10 day");
  }

  @Test
  void contingentsFromAListOfStatesAreEachStatesTroops() {
    assertThat(mentions("2024-07-10", "The last contingents from Kenya, Benin and Chad left Haiti on Friday."))
        .containsExactlyInAnyOrder("KEN->HTI withdrawal/forces 2024-07-05 day",
            "BEN->HTI withdrawal/forces 2024-07-05 day", "TCD->HTI withdrawal/forces 2024-07-05 day");
  }

  @Test
  void theCapitalADemonymDescribesIsAPlace() {
    assertThat(mentions("2024-07-10", "Kenya's president arrived in the Ugandan capital on Tuesday."))
        .containsExactly("KEN->UGA cooperation/visit 2024-07-09 day");
    assertThat(Annotated.actors(Annotated.last("2024-07-10", "The Malian capital has been under blockade.")))
        .containsExactly("PLACE:MLI");
  }
}
