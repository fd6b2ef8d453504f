package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Development banks as parties of their own; an envoy told to go home is expelled; backing by "standing behind"; those
 * "followed by" a party do it next; a noun phrase closed by a participle is an apposition; a head of state "among"
 * a counted group of a region's leaders does what the group did; an emergency meeting called for is not yet held; a
 * bid to join is no accession; "all four members of the Quad since 2007" dates no one's membership. Every sentence
 * is written for this test.
 */
class BanksEnvoysAndAttendeesTest {

  @Test
  void aDevelopmentBankIsAPartyOfItsOwn() {
    assertThat(mentions("2025-08-17", "The African Development Bank approved $98.6 million in grants to Burundi and "
        + "Tanzania.")).containsExactlyInAnyOrder("AFDB->BDI cooperation/economic 2025-08-17 reported",
            "AFDB->TZA cooperation/economic 2025-08-17 reported");
  }

  @Test
  void anEnvoyToldToGoHomeIsExpelled() {
    assertThat(mentions("2021-05-06", "In February 2019 Kenya recalled its ambassador and told Somalia's envoy to go "
        + "home.")).contains("KEN->SOM expulsion/diplomat 2019-02-01 month");
    // its own envoy told to return home is recalled, not expelled
    assertThat(mentions("2021-05-06", "In February 2019 Kenya told its ambassador in Mogadishu to return home."))
        .noneMatch(m -> m.contains("expulsion"));
  }

  @Test
  void standingBehindAPartyBacksIt() {
    assertThat(mentions("2021-05-19", "The European Commission stood firmly behind Madrid."))
        .containsExactly("EU->ESP cooperation/diplomatic 2021-05-19 reported");
    assertThat(mentions("2021-05-19", "The minister stood behind the podium in Madrid.")).isEmpty();
  }

  @Test
  void thoseFollowedByAPartyDoItNext() {
    assertThat(mentions("2021-09-13", "The UAE normalised ties with Israel in 2020, followed by Morocco in "
        + "December.")).containsExactlyInAnyOrder("ARE->ISR cooperation/diplomatic 2020-01-01 year",
            "MAR->ISR cooperation/diplomatic 2020-12-01 month");
    assertThat(mentions("2021-09-13", "The talks in Rabat were followed by a dinner.")).isEmpty();
  }

  @Test
  void aNounPhraseClosedByAParticipleIsAnApposition() {
    assertThat(mentions("2023-10-17", "Hungarian Prime Minister Viktor Orban, the only European Union leader "
        + "attending, also met Xi on Tuesday.")).containsExactly("HUN->CHN cooperation/visit 2023-10-17 day");
  }

  @Test
  void oneAmongACountedGroupOfARegionsLeadersDoesWhatTheGroupDid() {
    assertThat(mentions("2025-05-19", "Obiang in turn was among more than a dozen African leaders who attended "
        + "Oligui's swearing-in in Libreville on May 3.")).containsExactly("GNQ->GAB cooperation/visit 2025-05-03 day");
    // the region's leaders are no single state's rulers
    assertThat(mentions("2025-05-19", "Gabon's president won in April. Obiang was among African leaders who "
        + "praised the vote.")).noneMatch(m -> m.startsWith("GAB->"));
  }

  @Test
  void anEmergencyMeetingCalledForIsNotYetHeldAndABidNoAccession() {
    assertThat(mentions("2023-12-27", "France, a permanent member, called for an emergency meeting of the UN "
        + "Security Council.")).isEmpty();
    assertThat(mentions("2023-12-27", "Kosovo's bid to join Interpol failed in 2018.")).isEmpty();
  }

  @Test
  void aMembershipDatedByItsStartIsOnlyTheMembersItNames() {
    assertThat(mentions("2023-12-27", "The talks brought together all four members of the Quad for the first time "
        + "since 2007.")).isEmpty();
  }
}
