package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.actors;
import static org.entente.coding.Annotated.article;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * What a sentence leaves for the next one to refer to: the states it named, the actors of its mentions, its main
 * subject, the groups named together, the states in the order last named and the last organisation.
 */
class DiscourseStageTest {

  private static final String DAY = "2024-05-10";

  /** The discourse after every sentence of {@code text}. */
  private static Discourse after(String text) {
    DiscourseStage stage = new DiscourseStage(Annotated.resources().parties(), Annotated.resources().words());
    Discourse d = Discourse.START;
    for (SentenceAnnotation s : article(DAY, text).sentences()) d = stage.after(d, s);
    return d;
  }

  @Test
  void aSentenceLeavesTheStatesItNamedOutsideAppositions() {
    // rule: "Peru, an ally of Chile, …": Chile in the apposition is not left for the next sentence
    Discourse d = after("Peru, an ally of Chile, signed a deal with Brazil.");
    assertThat(d.previousStates()).containsExactly("PER", "BRA");
    assertThat(d.recentStates()).containsExactly("PER", "BRA");
  }

  @Test
  void aSentenceLeavesTheSourcesOfItsActsAndItsSubject() {
    // rule: the actors of its mentions (after a visit, the visitor and the host) and the states heading its main
    // clause
    Discourse d = after("Chile hosted Peruvian officials on Monday.");
    assertThat(d.previousSources()).containsExactly("PER", "CHL");
    assertThat(d.previousSubject()).containsExactly("CHL");
    assertThat(d.pronounReferent()).containsExactly("PER", "CHL");
  }

  @Test
  void withoutActsTheySubjectIsTheReferent() {
    // rule: a sentence with no act leaves its subject for "They"
    Discourse d = after("Kenya and Tanzania clashed over trade.");
    assertThat(d.previousSources()).isEmpty();
    assertThat(d.pronounReferent()).containsExactly("KEN", "TZA");
  }

  @Test
  void statesNamedTogetherAreAGroupNewestFirst() {
    // rule: each list of states is a group; the latest group of a size is found first
    Discourse d = after("Chile, Peru and Bolivia met. Ecuador and Colombia met.");
    assertThat(d.groups()).containsExactly(java.util.List.of("ECU", "COL"), java.util.List.of("CHL", "PER", "BOL"));
    assertThat(d.lastGroup(3)).containsExactly("CHL", "PER", "BOL");
    assertThat(d.lastStates(3)).containsExactly("ECU", "COL", "CHL");
  }

  @Test
  void theLastOrganisationNamedStaysUntilAnotherIsNamed() {
    // rule: "the bloc" may refer to an organisation named several sentences before
    Discourse d = after("Brazil hosted Mercosur. The weather was fine. Chile praised Peru.");
    assertThat(d.lastOrganisation()).isEqualTo("MERCOSUR");
    assertThat(d.previousStates()).containsExactly("CHL", "PER");
  }

  @Test
  void aSentenceWithNoPartyClearsWhatTheNextMayReferTo() {
    // rule: "They" and "the two countries" reach back one sentence only; the recent states stay
    Discourse d = after("Brazil hosted Mercosur. The weather was fine.");
    assertThat(d.previousStates()).isEmpty();
    assertThat(d.pronounReferent()).isEmpty();
    assertThat(d.recentStates()).containsExactly("BRA");
  }

  @Test
  void itIsTheOneStateThatActedBefore() {
    // rule: "It" stands for a single previous actor
    assertThat(mentions(last(DAY, "Chile expelled the Bolivian consul. It also recalled its ambassador from La Paz "
        + "on Monday.")))
        .containsExactly("CHL->BOL withdrawal/relations 2024-05-06 day");
  }

  @Test
  void theThreeCountriesAreTheLastGroupOfThree() {
    // rule: a group of three named earlier wins over the three states named last
    assertThat(actors(last(DAY, "Chile, Peru and Bolivia met in Lima. Ecuador and Colombia met in Quito. The three "
        + "countries signed a water deal on Monday.")))
        .containsExactly("PAIR:CHL,PER,BOL");
  }
}
