package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The salience layer: which states and organisations an article is about, and which it ties to a junta. */
class SalienceStageTest {

  private static Salience salience(String text) { return article("2024-05-10", text).salience(); }

  @Test
  void statesAreRankedByHowOftenTheArticleNamesThem() {
    // rule: names, capitals and demonyms all count; most named first
    Salience s = salience("Ghana hosted Senegal's president. Senegal and Guinea signed deals in Dakar. "
        + "Senegalese officials praised Ghana.");
    assertThat(s.salientStates()).containsExactly("SEN", "GHA", "GIN");
    assertThat(s.states()).containsEntry("SEN", 4);
  }

  @Test
  void tiesKeepTheOrderOfFirstMention() {
    // rule: equal counts rank by first mention
    assertThat(salience("Chile hosted Peru. Peru praised Chile.").salientStates()).containsExactly("CHL", "PER");
    assertThat(salience("Peru hosted Chile. Chile praised Peru.").salientStates()).containsExactly("PER", "CHL");
  }

  @Test
  void organisationsAreCountedApart() {
    // rule: organisations are never among the states "the country" may stand for
    Salience s = salience("The junta of Guinea met ECOWAS. The EU and the AU praised ECOWAS.");
    assertThat(s.salientStates()).containsExactly("GIN");
    assertThat(s.organisations()).containsOnlyKeys("ECOWAS", "EU", "AU");
    assertThat(s.mostNamedOrganisation()).isEqualTo("ECOWAS");
  }

  @Test
  void aStateBeforeItsNewMilitaryRulersIsRuled() {
    // rule: "Gabon's new military rulers"
    assertThat(salience("Gabon's new military rulers met Cameroon's president.").ruled()).containsOnlyKeys("GAB");
  }

  @Test
  void theCoupInAStateMakesItRuled() {
    // rule: "the coup in Gabon"
    Salience s = salience("The coup in Gabon shocked Cameroon. Cameroon later hosted the junta's envoy.");
    assertThat(s.ruled()).containsOnlyKeys("GAB");
    assertThat(s.ruledState()).isEqualTo("GAB");
  }

  @Test
  void aStateRunByTheMilitaryIsRuled() {
    // rule: "Guinea has been ruled by a junta", "Gabon, now run by the military"
    assertThat(salience("Guinea has been ruled by a junta since 2021.").ruled()).containsOnlyKeys("GIN");
    assertThat(salience("Gabon, now run by the military, hosted Chad.").ruled()).containsOnlyKeys("GAB");
  }

  @Test
  void withoutAJuntaTheRulersAreTheMostNamedState() {
    // rule: "the junta" of an article that ties no state to a coup is its most named state
    Salience s = salience("Chad hosted Sudan's envoy. Chad and Sudan agreed to talk. Chad praised the deal.");
    assertThat(s.ruled()).isEmpty();
    assertThat(s.ruledState()).isEqualTo("TCD");
  }

  @Test
  void theOtherPartyOfAnAgreementMayBeAnOrganisation() {
    // rule: the party named most apart from the acting one, state or organisation, is the agreement's partner
    Salience s = salience("NATO condemned Russia. NATO said Russia broke the CFE treaty. NATO met.");
    assertThat(s.salientPartyExcept(List.of("RUS"))).isEqualTo("NATO");
    assertThat(s.salientStateExcept(List.of("RUS"))).isNull();
  }
}
