package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.actors;
import static org.entente.coding.Annotated.interactions;
import static org.entente.coding.Annotated.last;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The places gazetteer ({@code places.csv}): a region, city or town named as a location supplies the state that
 * hosts the act, as a state's name after "in" does; a place that is no location, or has no act around it, gives
 * nothing. Sentences written for these tests.
 */
class PlacesTest {
  private static final String DAY = "2024-05-10";

  /** "CODE:words" per gazetteer place the sentence names as a location. */
  private static List<String> localities(SentenceAnnotation s) {
    return s.localities().stream().map(l -> l.codes().get(0) + ":" + l.text()).toList();
  }

  @Test
  void aCapitalAfterInIsTheHostAsBefore() {
    SentenceAnnotation s = last(DAY, "Kenyan police deployed in Port-au-Prince on Monday.");
    assertThat(actors(s)).containsExactly("NAMED:KEN", "PLACE:HTI");
    assertThat(localities(s)).isEmpty();
  }

  @Test
  void aPlaceAfterAPrepositionIsALocalityOfItsState() {
    assertThat(localities(last(DAY, "Kenyan police patrolled the streets of Gonaives and Cap-Haitien after "
        + "arriving in Cite Soleil."))).containsExactly("HTI:Cite Soleil");
    assertThat(localities(last(DAY, "Zambian engineers arrived in Kolwezi and Likasi on Monday.")))
        .containsExactly("COD:Kolwezi", "COD:Likasi");
    assertThat(localities(last(DAY, "The Burundian convoy headed toward the restive eastern city of Bukavu.")))
        .containsExactly("COD:Bukavu");
  }

  @Test
  void troopsLeavingABaseInAPlaceLeaveItsState() {
    assertThat(interactions(last(DAY, "Belgian paratroopers left their base in Kindu on Tuesday.")))
        .containsExactly("BEL->COD withdrawal/forces");
    assertThat(interactions(last(DAY, "Italy withdrew its last soldiers from the northern town of Agadez.")))
        .containsExactly("ITA->NER withdrawal/forces");
  }

  @Test
  void theWithdrawalFromAPlaceIsFromItsState() {
    assertThat(interactions(last(DAY, "Spain completed the withdrawal of its troops from Ménaka on Friday.")))
        .containsExactly("ESP->MLI withdrawal/forces");
    // accents are ignored
    assertThat(interactions(last(DAY, "Spain completed the withdrawal of its troops from Menaka on Friday.")))
        .containsExactly("ESP->MLI withdrawal/forces");
  }

  @Test
  void aPlaceThatSpeaksIsNoState() {
    SentenceAnnotation s = last(DAY, "Kano's governor said the delegation would be welcomed.");
    assertThat(actors(s)).isEmpty();
    assertThat(localities(s)).isEmpty();
    assertThat(interactions(last(DAY, "Kano expelled the traders on Monday, the governor said."))).isEmpty();
  }

  @Test
  void aPlaceWithNoActAroundItGivesNothing() {
    assertThat(Annotated.article(DAY, "Heavy rains fell in Mombasa and Kisumu on Sunday.").sentences().stream()
        .flatMap(s -> s.interactions().stream())).isEmpty();
    assertThat(interactions(last(DAY, "Portuguese tourists stayed in Cabo Delgado for a week."))).isEmpty();
  }

  @Test
  void aPlaceIsNeverAPartyOfTheAct() {
    // a meeting of two states in a third state's city: the city names no visited party
    assertThat(interactions(last(DAY, "Ghanaian and Togolese ministers met in Mombasa on Monday.")))
        .noneMatch(i -> i.contains("KEN"));
    // "the governor of", "according to": no location
    assertThat(localities(last(DAY, "According to Gao Feng, the governor of Sokoto met Chadian officials."))).isEmpty();
  }

  @Test
  void aMeetingInAPlaceOfOneSideMakesItTheHost() {
    assertThat(interactions(last(DAY, "Turkish and Russian officials held talks in Sochi on Monday.")))
        .containsExactly("TUR->RUS cooperation/visit");
  }

  @Test
  void aStateNameInsideAPlaceOfAnotherStateNamesNoParty() {
    assertThat(Annotated.names(last(DAY, "The delegation flew from Benin City to Lagos."))).isEmpty();
  }
}
