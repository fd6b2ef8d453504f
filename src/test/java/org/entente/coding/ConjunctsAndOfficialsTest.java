package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A second act's verb after "and" takes the parties past it, once the first act has its own; heads of state,
 * ministers and monarchs of every region are known by name; an organisation's acronym said as a word is written
 * with one capital ("Ecowas"); ties severed with no one named are severed with the state others cut them with;
 * company named right after a relative clause is the company of those it describes, a whole list of them; a state
 * chosen for a first trip, or made one, is visited; a relative clause on a party's tour names its stops; a
 * preposition repeated after a date's "and" goes on with its list; an alliance unveiled is formed; forces
 * redeployed or relocated go to where they are sent; "and Chinese warships" goes on with a list, it opens no
 * clause; a relative clause between commas sits inside a demand's gap when the demand's verb follows it. Every
 * sentence is written for this test.
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

  @Test
  void companyAfterARelativeClauseGoesWithThoseItDescribes() {
    assertThat(mentions("2025-06-22", "Senegal's Bassirou Diomaye Faye was among the leaders who had arrived in Abuja by Saturday, along with "
        + "Ghana's John Mahama, Liberia's Joseph Boakai and Gambia's Adama Barrow.")).contains(
            "SEN->NGA cooperation/visit 2025-06-21 day", "GHA->NGA cooperation/visit 2025-06-21 day",
            "LBR->NGA cooperation/visit 2025-06-21 day", "GMB->NGA cooperation/visit 2025-06-21 day");
  }

  @Test
  void aStateChosenForAFirstTripIsVisited() {
    assertThat(mentions("2019-01-10", "Mnangagwa chose China for his first state visit outside Africa in April "
        + "2018.")).containsExactly("ZWE->CHN cooperation/visit 2018-04-01 month");
    assertThat(mentions("2023-01-30", "Lula, who made Argentina and Uruguay his first foreign trips as president "
        + "last week, will travel to Washington next month.")).contains(
            "BRA->ARG cooperation/visit 2023-01-01 month", "BRA->URY cooperation/visit 2023-01-01 month")
        .noneMatch(m -> m.startsWith("BRA->USA"));
  }

  @Test
  void aRelativeClauseOnATourNamesItsStops() {
    assertThat(mentions("2023-05-06", "Kishida's week-long tour, which also took him to Ghana and Kenya, ended in "
        + "Mozambique on Thursday.")).contains("JPN->GHA cooperation/visit 2023-05-06 reported",
            "JPN->KEN cooperation/visit 2023-05-06 reported");
    // (a tour that names no stop after "in" or "to" names none)
    assertThat(mentions("2023-05-06", "Kishida's tour, which was postponed twice, ended in Tokyo on Thursday."))
        .isEmpty();
  }

  @Test
  void aPrepositionRepeatedAfterADatesAndGoesOnWithItsList() {
    assertThat(mentions("2023-04-06", "Tokyo signed similar agreements with Australia in January 2022 and with "
        + "Britain in January this year.")).containsExactly("AUS->JPN cooperation/agreement 2022-01-01 month",
            "GBR->JPN cooperation/agreement 2023-01-01 month");
  }

  @Test
  void anAllianceUnveiledIsFormedAndForcesRedeployedGoWhereTheyAreSent() {
    assertThat(mentions("2021-09-20", "Australia, Britain and the United States unveiled a security alliance on "
        + "Wednesday.")).contains("AUS->GBR alliance/formation 2021-09-15 day", "AUS->USA alliance/formation 2021-09-15 day",
            "GBR->USA alliance/formation 2021-09-15 day");
    assertThat(mentions("2022-02-20", "France is redeploying part of its forces to neighbouring Niger."))
        .containsExactly("FRA->NER cooperation/military 2022-02-20 reported");
  }

  @Test
  void forcesRelocatedGoWhereTheyAreSent() {
    assertThat(mentions("2022-02-20", "France is relocating much of its Sahel force to Niger."))
        .containsExactly("FRA->NER cooperation/military 2022-02-20 reported");
  }

  @Test
  void warshipsAfterAnAndAreANounOfTheListNotAVerb() {
    assertThat(mentions("2023-03-01", "In February the South African navy held joint exercises with Russian and "
        + "Chinese warships off its east coast.")).contains("RUS->ZAF cooperation/military 2023-02-01 month",
            "CHN->ZAF cooperation/military 2023-02-01 month");
    // (a unit's plural before a verb still ends its subject: "and Chinese warships sailed" is a clause)
    assertThat(mentions("2023-03-01", "Russia sent a frigate to Durban in February and Chinese warships sailed "
        + "home.")).noneMatch(m -> m.startsWith("CHN->ZAF") || m.startsWith("RUS->CHN") || m.startsWith("CHN->RUS"));
  }

  @Test
  void aRelativeClauseBetweenCommasSitsInsideADemandsGap() {
    assertThat(mentions("2022-02-10", "In January Mali's junta demanded that some 90 Danish soldiers, who had arrived "
        + "only days earlier, leave the country.")).contains("MLI->DNK expulsion/forces 2022-01-01 month");
    // (not when the clause goes on past its comma to another verb)
    assertThat(mentions("2022-02-10", "In January Mali's junta demanded that the Danish soldiers, who had arrived only "
        + "days earlier, explain their presence.")).noneMatch(m -> m.contains("expulsion"));
  }
}
