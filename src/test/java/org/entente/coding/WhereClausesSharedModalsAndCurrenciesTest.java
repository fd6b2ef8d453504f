package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "he" or "she" after "where" is the traveller the clause before named; a "where" clause borrows no subject from
 * its place; a verb joined by "and" to one a modal governs shares the modal; a stage of negotiations is no
 * meeting, and their conclusion on an agreement is one; "between" names every side of a noun act; talks of one
 * party in a state; joining others in doing something, or being joined by someone, is no accession; admitted to
 * an organisation; a relative "that" after a noun for a state; currencies and shares of a people are no parties;
 * "expect to". Every sentence is written for this test.
 */
class WhereClausesSharedModalsAndCurrenciesTest {

  @Test
  void aPronounAfterWhereIsTheTravellerTheClauseBeforeNamed() {
    assertThat(mentions("2023-07-10", "Scholz flew to Niger from Senegal, where he held talks with President Macky "
        + "Sall.")).contains("DEU->NER cooperation/visit 2023-07-10 reported", "DEU->SEN cooperation/visit "
            + "2023-07-10 reported");
    assertThat(mentions("2023-07-10", "Blinken arrived in Nairobi from Addis Ababa, where he met Prime Minister "
        + "Abiy Ahmed.")).contains("USA->ETH cooperation/visit 2023-07-10 reported");
    assertThat(mentions("2023-07-10", "The Beijing trip comes a month after Tebboune paid a state visit to Russia, "
        + "where he met President Vladimir Putin.")).allMatch(m -> m.startsWith("DZA->RUS cooperation/visit"));
  }

  @Test
  void aPronounAfterWhereWithNoTravellerNamedIsNoParty() {
    // the one state named before "where" is only where the tour went
    assertThat(mentions("2023-07-10", "Her tour ended in Tokyo, where she met Prime Minister Fumio Kishida."))
        .isEmpty();
  }

  @Test
  void aWhereClauseBorrowsNoSubjectFromItsPlace() {
    assertThat(mentions("2023-04-03", "The visit to Belize followed three days in Guatemala, where Tsai arrived on "
        + "Friday.")).isEmpty();
    assertThat(mentions("2023-04-03", "The visit to Belize followed three days in Guatemala, where Tsai Ing-wen "
        + "arrived on Friday.")).containsExactly("TWN->GTM cooperation/visit 2023-03-31 day");
  }

  @Test
  void aVerbJoinedToOneAModalGovernsSharesTheModal() {
    assertThat(mentions("2023-03-30", "Macron will address students and hold talks with Xi.")).isEmpty();
    assertThat(mentions("2023-03-30", "Macron will address students and hold an informal meeting with Xi."))
        .isEmpty();
    assertThat(mentions("2023-03-30", "Macron will travel to Guangzhou, where he will address students and hold "
        + "talks with Xi.")).isEmpty();
    assertThat(mentions("2023-03-30", "Macron met students and held talks with Xi."))
        .contains("FRA->CHN cooperation/visit 2023-03-30 reported");
    // a verb with its own auxiliary has its own time
    assertThat(mentions("2023-03-30", "China will invest in the port and has signed a deal with Kenya."))
        .containsExactly("CHN->KEN cooperation/agreement 2023-03-30 reported");
    // a decision reported with "would" is still an act
    assertThat(mentions("2023-03-30", "Macron said France would withdraw its troops and close its base in Niger."))
        .contains("FRA->NER withdrawal/forces 2023-03-30 reported");
  }

  @Test
  void theMonthMayIsNoModal() {
    assertThat(mentions("2024-05-20", "Ouattara received him in Abidjan, and on May 16 and 17 Senegalese President "
        + "Bassirou Diomaye Faye held talks with Nigeria's Bola Tinubu in Abuja."))
        .contains("SEN->NGA cooperation/visit 2024-05-16 day");
  }

  @Test
  void aStageOfNegotiationsIsNoMeetingButTheirConclusionOnAnAgreementIsOne() {
    assertThat(mentions("2024-12-06", "Kenya and the EU announced the launch of talks on a trade deal.")).isEmpty();
    assertThat(mentions("2024-06-30", "Peruvian President Dina Boluarte travelled to Beijing in late June, where she "
        + "and Xi announced the resumption of negotiations on a trade deal."))
        .containsExactly("PER->CHN cooperation/visit 2024-06-01 month");
    assertThat(mentions("2024-12-06", "The European Union and Mercosur on Friday announced the conclusion of "
        + "negotiations on a free trade agreement."))
        .containsExactly("EU->MERCOSUR cooperation/agreement 2024-12-06 day");
  }

  @Test
  void betweenNamesEverySideOfANounAct() {
    assertThat(mentions("2024-12-06", "Kenya welcomed the signing of the ceasefire agreement between Sudan's army "
        + "and the RSF.")).isEmpty();
  }

  @Test
  void talksOfOnePartyInAStateAreAVisitToIt() {
    assertThat(mentions("2024-08-30", "Lavrov held talks in Nairobi."))
        .containsExactly("RUS->KEN cooperation/visit 2024-08-30 reported");
    assertThat(mentions("2024-08-30", "Lavrov held talks in Kenya on Monday."))
        .containsExactly("RUS->KEN cooperation/visit 2024-08-26 day");
    assertThat(mentions("2024-08-30", "Lavrov held talks in his office on Monday.")).isEmpty();
  }

  @Test
  void joiningOthersInADeedOrBeingJoinedIsNoAccession() {
    assertThat(mentions("2024-06-10", "Sweden and Finland have joined Germany and the European Union in suspending "
        + "aid to Mali.")).noneMatch(m -> m.contains("alliance/accession"));
    assertThat(mentions("2024-02-10", "Von der Leyen told a ceremony in Vilnius, where she was joined by Polish "
        + "President Andrzej Duda and Estonian President Alar Karis.")).isEmpty();
    assertThat(mentions("2024-06-10", "Sweden joined NATO in March."))
        .containsExactly("SWE->NATO alliance/accession 2024-03-01 month");
  }

  @Test
  void aStateAdmittedToAnOrganisationJoinsIt() {
    assertThat(mentions("2024-04-10", "Sweden was admitted to NATO in March."))
        .containsExactly("SWE->NATO alliance/accession 2024-03-01 month");
    assertThat(mentions("2024-04-10", "NATO admitted Sweden in March."))
        .containsExactly("SWE->NATO alliance/accession 2024-03-01 month");
    assertThat(mentions("2024-04-10", "Indonesia was accepted into BRICS in January."))
        .containsExactly("IDN->BRICS alliance/accession 2024-01-01 month");
    assertThat(mentions("2024-04-10", "Russia admitted that its troops had crossed into Ukraine.")).isEmpty();
  }

  @Test
  void aRelativeThatAfterANounForAStateHasNoPartyAsItsSubject() {
    assertThat(mentions("2024-08-30", "Macron hailed the deal as a strategic change for a country that has long "
        + "relied on Russian warplanes.")).isEmpty();
    assertThat(mentions("2024-08-30", "Russia sent troops to Mali, a country that has expelled French troops."))
        .noneMatch(m -> m.contains("expulsion"));
    // the noun the copula gives the subject keeps it
    assertThat(mentions("2024-08-30", "Mali is the only state that has expelled French troops this year."))
        .containsExactly("MLI->FRA expulsion/forces 2024-01-01 year");
  }

  @Test
  void aCurrencyOrAShareOfAPeopleIsNoParty() {
    assertThat(mentions("2024-06-10", "The Chinese firm agreed to advance 400 million U.S. dollars to Niger."))
        .noneMatch(m -> m.contains("USA"));
    assertThat(mentions("2024-06-10", "Eighty percent of Georgians backed EU membership.")).isEmpty();
  }

  @Test
  void whatOfficialsExpectToDoIsNotDone() {
    assertThat(mentions("2024-06-10", "Chinese officials have said they expect to sign further deals with Vanuatu "
        + "and Fiji.")).isEmpty();
  }
}
