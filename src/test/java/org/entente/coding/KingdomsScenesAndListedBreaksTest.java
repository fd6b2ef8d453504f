package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "The kingdom" and "the emirate" as the monarchy a story is about; an act a coming event "is set to see" is still to
 * come, and so is one a party "moves closer to"; states that sign up to an organisation sign with it, not with each
 * other; what a visitor signs in a "where" clause is with the host; a break in a list of verbs is with the party the
 * verb before acted on; states listed after ", following" did the act before; what is done under a deal is of the
 * deal's time. Every sentence is written for this test.
 */
class KingdomsScenesAndListedBreaksTest {

  @Test
  void theKingdomIsTheMonarchyTheStoryIsAbout() {
    assertThat(mentions("2018-08-10", "Saudi Arabia expelled Canada's ambassador on Monday.\n\nThe kingdom also "
        + "recalled its own ambassador from Ottawa.")).contains("SAU->CAN withdrawal/relations 2018-08-06 day");
    assertThat(mentions("2021-01-10", "Qatar restored ties with Egypt on Monday.\n\nThe emirate also reopened its "
        + "embassy in Cairo.")).contains("QAT->EGY cooperation/diplomatic 2021-01-04 day");
    // a kingdom the sentence names comes first, unless the story is about another far more
    assertThat(mentions("2022-04-08", "Spain backed the plan. Spain's prime minister flew to Rabat.\n\nIn 2020, the "
        + "United States recognised Moroccan sovereignty over the territory in a deal under which the kingdom "
        + "restored ties with Israel.")).contains("MAR->ISR cooperation/diplomatic 2020-01-01 year");
    assertThat(mentions("2018-08-10", "Saudi Arabia expelled Canada's ambassador. Saudi Arabia also froze trade. "
        + "Riyadh recalled its envoy.\n\nBahrain publicly sided with the kingdom.")).contains(
            "BHR->SAU cooperation/diplomatic 2018-08-10 reported");
    // ("the Saudi kingdom" is named by its demonym)
    assertThat(mentions("2023-01-10", "Macron flew to the Saudi kingdom on Sunday.")).containsExactly(
        "FRA->SAU cooperation/visit 2023-01-08 day");
  }

  @Test
  void anActAComingEventIsToSeeIsStillToCome() {
    assertThat(mentions("2023-05-05", "The summit is expected to see Bahrain and Kuwait sign a memorandum.")).isEmpty();
    assertThat(mentions("2023-05-05", "The meeting will witness Mali and Niger sign a defence pact.")).isEmpty();
    assertThat(mentions("2023-05-05", "The summit saw Bahrain and Kuwait sign a memorandum on Friday."))
        .containsExactly("BHR->KWT cooperation/agreement 2023-05-05 day");
  }

  @Test
  void movingCloserToAnActIsNoAct() {
    assertThat(mentions("2023-09-21", "The crown prince said the kingdom of Saudi Arabia was moving closer every day "
        + "to normalising relations with Israel.")).isEmpty();
  }

  @Test
  void statesSigningUpToAnOrganisationSignWithIt() {
    assertThat(mentions("2023-05-05", "Bahrain and Kuwait signed memorandums on Friday to become dialogue partners "
        + "of the Shanghai Cooperation Organisation.")).containsExactlyInAnyOrder(
            "BHR->SCO cooperation/agreement 2023-05-05 day", "KWT->SCO cooperation/agreement 2023-05-05 day");
  }

  @Test
  void whatAVisitorSignsWhereHeWentIsWithTheHost() {
    assertThat(mentions("2021-09-01", "In August Israel's foreign minister was in Rabat, where he signed agreements "
        + "on aviation and culture.")).containsExactlyInAnyOrder("ISR->MAR cooperation/visit 2021-08-01 month",
            "ISR->MAR cooperation/agreement 2021-08-01 month");
    // (where two leaders agree, the host is only the venue)
    assertThat(mentions("2023-12-20", "Maduro met Guyana's President Irfaan Ali in Brasilia on Thursday, where the "
        + "two leaders agreed not to use force.")).doesNotContain("BRA->GUY cooperation/agreement 2023-12-14 day",
            "BRA->VEN cooperation/agreement 2023-12-14 day");
  }

  @Test
  void aBreakInAListOfVerbsIsWithThePartyActedOnBefore() {
    assertThat(mentions("2019-08-10", "Pakistan expelled India's high commissioner on Wednesday, downgraded diplomatic "
        + "ties and suspended trade.")).containsExactlyInAnyOrder("PAK->IND expulsion/diplomat 2019-08-07 day",
            "PAK->IND withdrawal/relations 2019-08-07 day");
  }

  @Test
  void statesListedAfterFollowingDidTheActBefore() {
    assertThat(mentions("2024-02-01", "Niger left ECOWAS on Sunday, following Mali and Burkina Faso.")).contains(
        "NER->ECOWAS withdrawal/organization 2024-01-28 day", "MLI->ECOWAS withdrawal/organization 2024-02-01 reported",
        "BFA->ECOWAS withdrawal/organization 2024-02-01 reported");
    // (what follows an event or a party's decision is no list of those who did it)
    assertThat(mentions("2024-02-01", "Niger expelled the French envoy on Monday, following Mali's decision."))
        .containsExactly("NER->FRA expulsion/diplomat 2024-01-29 day");
    assertThat(mentions("2024-02-01", "Niger expelled the French envoy on Monday, following talks with Mali."))
        .doesNotContain("MLI->FRA expulsion/diplomat 2024-02-01 reported");
  }

  @Test
  void whatIsDoneUnderADealIsOfTheDealsTime() {
    assertThat(mentions("2022-04-08", "In 2020, the United States recognised Moroccan sovereignty over the territory "
        + "in a deal under which Rabat restored ties with Israel.")).contains(
            "MAR->ISR cooperation/diplomatic 2020-01-01 year");
  }
}
