package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.actors;
import static org.entente.coding.Annotated.last;

import org.junit.jupiter.api.Test;

/**
 * The actor layer: the names that act, and the references news uses instead of names, resolved from the article and
 * the sentences before.
 */
class ActorStageTest {

  private static final String DAY = "2024-05-10";

  @Test
  void aCapitalAndAPlaceAfterInArePlaces() {
    // rule: a capital, or a name after "in"/"to", is a PLACE; a name or demonym elsewhere is NAMED
    assertThat(actors(last(DAY, "Kenyan officials flew to Addis Ababa to meet Ethiopia's leaders in Djibouti.")))
        .containsExactly("NAMED:KEN", "PLACE:ETH", "NAMED:ETH", "PLACE:DJI");
  }

  @Test
  void theJuntaIsTheStateTheArticleTiesToAJunta() {
    // rule: "the junta" stands for the state the article says a junta rules
    assertThat(actors(last(DAY, "Guinea has been ruled by a junta since 2021. Senegal hosted the French envoy. "
        + "The junta expelled the French ambassador on Tuesday.")))
        .containsExactly("RULER:GIN", "NAMED:FRA");
  }

  @Test
  void theRulersOfNamedStatesAreThoseStates() {
    // rule: "the military regimes of Guinea and Gabon" is one actor for both, and names them
    assertThat(actors(last(DAY, "The military regimes of Guinea and Gabon signed a security deal on Tuesday.")))
        .containsExactly("NAMED:GIN,GAB");
  }

  @Test
  void aFrontedPlaceNamesTheRulersThatFollow() {
    // rule: "In Guinea, the military authorities …" rule Guinea
    assertThat(actors(last(DAY, "Chad hosted Sudan. In Guinea, the military authorities expelled the French "
        + "ambassador on Monday.")))
        .containsExactly("PLACE:GIN", "RULER:GIN", "NAMED:FRA");
  }

  @Test
  void pluralRulersAreTheStatesJustNamed() {
    // rule: "the juntas" after three states named together are those three
    assertThat(actors(last(DAY, "Mali, Burkina Faso and Niger met in Niamey. The juntas signed a charter on Saturday.")))
        .containsExactly("RULER:MLI,BFA,NER");
  }

  @Test
  void theCountryIsTheStateTheArticleIsAbout() {
    // rule: with no junta, "the country" is the state the article names most
    assertThat(actors(last(DAY, "Kazakhstan hosted Chinese officials. Kazakhstan and China agreed to boost trade. "
        + "The country also signed a gas deal with Japan.")))
        .containsExactly("COUNTRY:KAZ", "NAMED:JPN");
  }

  @Test
  void aCountryWithARegionIsAStateOfThatRegion() {
    // rule: "the Gulf state", "the West African country": the salient state of that region
    assertThat(actors(last(DAY, "Japan hosted Qatar's emir. The Gulf state signed an energy agreement with Japan "
        + "on Wednesday.")))
        .containsExactly("COUNTRY:QAT", "NAMED:JPN");
    assertThat(actors(last(DAY, "Senegal's prime minister met Turkish officials. The West African country signed a "
        + "defence deal with Ankara on Wednesday.")))
        .containsExactly("COUNTRY:SEN", "PLACE:TUR");
  }

  @Test
  void aCountryOfARegionTheArticleNeverNamesIsNoActor() {
    // rule: "the West African country" in an article naming no West African state stands for none
    assertThat(actors(last(DAY, "Japan and South Korea held talks. The West African country signed a fisheries deal "
        + "with Japan on Wednesday.")))
        .containsExactly("NAMED:JPN");
  }

  @Test
  void aDemonymInADescriptionIsNoName() {
    // rule: "the Central African country" is a description, read as "the country" of that region
    assertThat(actors(last(DAY, "Chad and Cameroon signed deals. Japan signed a deal with the Central African country "
        + "on Monday.")))
        .containsExactly("NAMED:JPN", "COUNTRY:TCD");
  }

  @Test
  void hisCountryIsTheStateOfThePersonNamed() {
    // rule: "his country" after a leader's name is that leader's state
    assertThat(actors(last(DAY, "Ruto said his country had signed a trade pact with Uganda on Monday.")))
        .containsExactly("NAMED:KEN", "COUNTRY:KEN", "NAMED:UGA");
  }

  @Test
  void theTwoCountriesAreTheTwoJustNamed() {
    // rule: "the two countries" in the next sentence, "both sides" too
    assertThat(actors(last(DAY, "Vietnam and the Philippines held a coast guard drill. The two countries signed a "
        + "maritime agreement on Thursday.")))
        .containsExactly("PAIR:VNM,PHL");
    assertThat(actors(last(DAY, "Kenya and Somalia met in Nairobi. Both sides signed a security deal on Friday.")))
        .containsExactly("PAIR:KEN,SOM");
  }

  @Test
  void aBareNumberBeforeAVerbIsTheGroup() {
    // rule: "The two signed …" after a meeting of two
    assertThat(actors(last(DAY, "Modi hosted Putin in New Delhi. The two signed a series of energy deals on Tuesday.")))
        .containsExactly("PAIR:IND,RUS");
  }

  @Test
  void theRegionalRivalsAreAPair() {
    // rule: a relational head after "the regional" refers to the two just named
    assertThat(actors(last(DAY, "India and Pakistan are old foes. The regional rivals cut ties on Tuesday.")))
        .containsExactly("PAIR:IND,PAK");
  }

  @Test
  void threeOfTheCountriesAreTheLastThreeNamed() {
    // rule: "three of the countries" anywhere: three of the states named before
    assertThat(actors(last(DAY, "Morocco, Tunisia, Egypt and Algeria sent envoys to the meeting. Three of the "
        + "countries signed a trade accord with the EU on Friday.")))
        .containsExactly("PAIR:MAR,TUN,EGY", "NAMED:EU");
  }

  @Test
  void aSentenceOpeningNumberOfCountriesIsAGroup() {
    // rule: "Three African countries …" opening a sentence: the group of three named before
    assertThat(actors(last(DAY, "Sudan, Chad and Libya met in Cairo. Three African countries signed a border deal on "
        + "Saturday.")))
        .containsExactly("PAIR:SDN,TCD,LBY");
  }

  @Test
  void theMembersOfASmallOrganisationAreAllItsMembers() {
    // rule: "the AES countries" are the Alliance's member states on the article's day
    assertThat(actors(last("2024-12-10", "The AES countries quit ECOWAS on Sunday.")))
        .containsExactly("PAIR:BFA,MLI,NER", "NAMED:ECOWAS");
  }

  @Test
  void theMembersOfALargeOrganisationAreTheOrganisation() {
    // rule: "ECOWAS member states" stand for ECOWAS (it has more than five members): the members the article
    // happens to name are a guess ("recalling its ambassadors from ECOWAS member states" acts on ECOWAS)
    assertThat(actors(last("2024-12-10", "ECOWAS met in Accra. Senegal and Togo attended. ECOWAS member states "
        + "signed a security pact with Rwanda on Friday.")))
        .containsExactly("NAMED:ECOWAS", "NAMED:RWA");
  }

  @Test
  void theRegionalBlocIsTheOrganisationLastNamed() {
    // rule: "the regional bloc" stands for the organisation named last
    assertThat(actors(last(DAY, "ECOWAS condemned the move. Guinea said it was leaving the regional bloc on Tuesday.")))
        .containsExactly("NAMED:GIN", "ORGANISATION:ECOWAS");
  }

  @Test
  void theyIsThePreviousSentencesActors() {
    // rule: a sentence-opening "They" stands for the parties the previous sentence named as its subject
    assertThat(actors(last(DAY, "Kenya and Tanzania clashed over trade. They later signed a border agreement on Friday.")))
        .containsExactly("PRONOUN:KEN,TZA");
  }

  @Test
  void namesThatDescribeDoNotAct() {
    // rule: "Italy's former colonies", "Libya's partners" and "the Algiers accord" name no actor
    assertThat(actors(last(DAY, "Italy's former colonies met Libya's partners."))).isEmpty();
    assertThat(actors(last(DAY, "The Algiers accord was signed by Mali in 2015."))).containsExactly("NAMED:MLI");
  }

  @Test
  void theTwoLeadersLongAfterBothWereNamedAreTheStatesTheArticleIsAbout() {
    assertThat(Annotated.mentions("2024-06-14", """
        Ethiopia and Eritrea traded accusations on Monday.

        Ethiopia said Eritrea had massed troops near the border, and Ethiopia's army said it was on alert. Eritrea \
        denied the claim.

        The United States urged restraint. Kenya offered to mediate.

        The two leaders agreed in March to reopen the border.
        """)).containsExactly("ERI->ETH cooperation/agreement 2024-03-01 month");
  }
}
