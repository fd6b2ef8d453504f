package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Names that hold a party's alias but name no party ("Latin America", "the Gulf of Guinea"), envoys declared
 * undesirable, and acts named as gerunds of parties. Every sentence is written for this test.
 */
class NamesHoldingAnAliasTest {

  @Test
  void latinAmericaIsNotTheUnitedStates() {
    assertThat(mentions("2023-07-14", "Last month Iranian President Ebrahim Raisi made a tour of Latin America,"
        + " visiting Venezuela and Cuba."))
        .noneMatch(m -> m.startsWith("USA->"))
        .contains("IRN->VEN cooperation/visit 2023-06-01 month");
  }

  @Test
  void theGulfOfGuineaIsNotGuinea() {
    assertThat(mentions("2023-07-14", "Nigeria and Ghana held naval exercises in the Gulf of Guinea on"
        + " Tuesday."))
        .noneMatch(m -> m.contains("GIN"));
  }

  @Test
  void americaAloneIsStillTheUnitedStates() {
    assertThat(mentions("2023-07-14", "America sent troops to Papua New Guinea on Tuesday."))
        .containsExactly("PNG->USA cooperation/military 2023-07-11 day");
  }

  @Test
  void diplomatsDeclaredUndesirableAreExpelled() {
    assertThat(mentions("2022-06-29", "In early April, Austria declared four Russian diplomats undesirable and"
        + " Greece expelled 12."))
        .containsExactly("AUT->RUS expulsion/diplomat 2022-04-01 month",
            "GRC->RUS expulsion/diplomat 2022-04-01 month");
  }

  @Test
  void anActAsAGerundOfPartiesAfterObjectionsToIsNotDone() {
    assertThat(mentions("2022-06-29", "Hungary on Tuesday dropped its objections to Finland and Sweden joining"
        + " NATO.")).noneMatch(m -> m.contains("NATO"));
  }

  @Test
  void anActAsAGerundInTheContextOfIsKept() {
    assertThat(mentions("2023-12-05", "The visit comes amid the context of the juntas of Mali and Niger coming"
        + " together to form an alliance.")).contains("MLI->NER alliance/formation 2023-12-05 reported");
  }
}
