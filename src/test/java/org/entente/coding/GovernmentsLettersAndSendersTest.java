package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A government known by its own name and its seat ("the Government of National Accord in Tripoli"); walking away from
 * an agreement; an envoy who delivers a letter or a message visits; a state named before what is sent says whose it
 * is, not where it goes; a lender that "signs off on" a credit facility; a group beside another party agrees with it,
 * its members not with each other; money pledged by several states is no agreement among them. Every sentence is
 * written for this test.
 */
class GovernmentsLettersAndSendersTest {

  @Test
  void aGovernmentKnownByItsNameAndItsSeat() {
    assertThat(mentions("2020-07-20", "The Government of National Accord in Tripoli signed a security deal with "
        + "Turkey in November.")).containsExactly("LBY->TUR cooperation/agreement 2019-11-01 month");
  }

  @Test
  void walkingAwayFromAnAgreementEndsIt() {
    assertThat(mentions("2023-09-18", "Washington walked away from the 2015 nuclear agreement between Iran and "
        + "world powers in 2018.")).containsExactly("USA->IRN withdrawal/agreement 2018-01-01 year");
  }

  @Test
  void anEnvoyWhoDeliversALetterOrAMessageVisits() {
    assertThat(mentions("2025-03-15", "The UAE's envoy delivered a letter to Iranian Foreign Minister Abbas Araghchi "
        + "in Tehran on Wednesday.")).containsExactly("ARE->IRN cooperation/visit 2025-03-12 day");
    assertThat(mentions("2021-05-07", "Qatar's envoy delivered a message from the emir to President Kenyatta on "
        + "Thursday.")).containsExactly("QAT->KEN cooperation/visit 2021-05-06 day");
  }

  @Test
  void aStateNamedBeforeWhatIsSentSaysWhoseItIs() {
    assertThat(mentions("2020-07-20", "Turkey sent Syrian fighters to Libya in 2020.")).containsExactly(
        "LBY->TUR cooperation/military 2020-01-01 year");
    assertThat(mentions("2020-07-20", "Turkey has sent Syrian fighters and drones.")).isEmpty();
    assertThat(mentions("2021-07-20", "Russia sent Mali two helicopters in 2021.")).containsExactly(
        "MLI->RUS cooperation/military 2021-01-01 year");
  }

  @Test
  void aLenderSigningOffOnACreditIsEconomicCooperationAndDatesTheLead() {
    // (the lead's approval is undated; the next sentence restates it with its day)
    assertThat(mentions("2023-05-18", "The IMF has approved a $3 billion loan to Ghana.\n\nThe IMF board signed off "
        + "on the credit facility for Ghana at a meeting in Washington on Wednesday.")).containsOnly(
            "GHA->IMF cooperation/economic 2023-05-17 day");
  }

  @Test
  void aGroupBesideAnotherPartyIsOneSideWithIt() {
    assertThat(mentions("2024-06-15", "Officials said the leaders of South Korea and the five Central Asian nations "
        + "had agreed on Friday to expand trade.")).containsExactlyInAnyOrder(
            "KAZ->KOR cooperation/agreement 2024-06-14 day", "KGZ->KOR cooperation/agreement 2024-06-14 day",
            "KOR->TJK cooperation/agreement 2024-06-14 day", "KOR->TKM cooperation/agreement 2024-06-14 day",
            "KOR->UZB cooperation/agreement 2024-06-14 day");
  }

  @Test
  void moneyPledgedByManyIsNoAgreementAmongThem() {
    assertThat(mentions("2022-11-20", "Under the deal, the UK, the US, France, Germany and the European Union pledged "
        + "$8.5bn to help South Africa move away from coal.")).isEmpty();
    assertThat(mentions("2022-11-20", "Saudi Arabia pledged $500 million in aid to Kenya.")).containsExactly(
        "KEN->SAU cooperation/economic 2022-11-20 reported");
    // (and money pledged "for" a state is with it)
    assertThat(mentions("2019-11-30", "Saudi Arabia pledged a $3 billion deposit for Pakistan.")).containsExactly(
        "PAK->SAU cooperation/economic 2019-11-30 reported");
  }
}
