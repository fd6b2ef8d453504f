package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A second act's verb after "and" takes the parties past it, once the first act has its own; heads of state,
 * ministers and monarchs of every region are known by name; an organisation's acronym said as a word is written
 * with one capital ("Ecowas"); ties severed with no one named are severed with the state others cut them with.
 * Every sentence is written for this test.
 */
class ConjunctsAndOfficialsTest {

  @Test
  void theSecondVerbOfASubjectTakesThePartiesPastItsAnd() {
    assertThat(mentions("2024-02-20", "Niger's prime minister held talks in Moscow and Tehran in January and "
        + "travelled to Ankara this month.")).contains(
            "NER->RUS cooperation/visit 2024-01-01 month", "NER->IRN cooperation/visit 2024-01-01 month",
            "NER->TUR cooperation/visit 2024-02-01 month")
        .noneMatch(m -> m.startsWith("TUR->RUS") || m.startsWith("RUS->TUR"));
    // (an act with no party of its own before the "and" still shares the one after it)
    assertThat(mentions("2019-09-01", "In August, Pakistan downgraded diplomatic ties and expelled India's high "
        + "commissioner.")).contains("PAK->IND withdrawal/relations 2019-08-01 month");
  }

  @Test
  void monarchsAndMinistersOfEveryRegionAreKnown() {
    assertThat(mentions("2024-05-28", "On Monday, Zelensky was received in Madrid by King Felipe VI."))
        .contains("UKR->ESP cooperation/visit 2024-05-27 day");
    assertThat(mentions("2023-06-15", "Defence Minister Andrew Little arrived in Suva on Tuesday."))
        .contains("NZL->FJI cooperation/visit 2023-06-13 day");
    assertThat(mentions("2022-03-10", "Dutch Foreign Minister Wopke Hoekstra travelled to Kyiv on Tuesday."))
        .contains("NLD->UKR cooperation/visit 2022-03-08 day");
  }

  @Test
  void anAcronymSaidAsAWordMayHaveOneCapital() {
    assertThat(mentions("2025-02-01", "Mali, Burkina Faso and Niger confirmed their withdrawal from Ecowas on "
        + "29 January.")).contains("MLI->ECOWAS withdrawal/organization 2025-01-29 day",
            "NER->ECOWAS withdrawal/organization 2025-01-29 day");
    // (not a name that spells one: al-Sadr is no Sahrawi republic)
    assertThat(mentions("2023-04-20", "The Sadr movement received Iran's foreign minister in Najaf on Tuesday."))
        .noneMatch(m -> m.contains("ESH"));
  }

  @Test
  void tiesSeveredWithNoOneNamedAreSeveredWithTheStateOthersCutThemWith() {
    assertThat(mentions("2024-10-12", "Several governments in the region have cut ties with Israel since the "
        + "attack.\n\nBolivia severed relations in late October last year.")).containsExactly(
            "BOL->ISR withdrawal/relations 2023-10-01 month");
    // (no state to sever them with: nothing)
    assertThat(mentions("2024-10-12", "Bolivia severed relations in late October last year.")).isEmpty();
  }
}
