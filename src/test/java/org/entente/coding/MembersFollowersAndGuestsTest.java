package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A membership dated by its start with the organisation before the noun ("a NATO member since 2009"); a follower
 * "two days later"; a guest "of" a host; forces wound, scaled or drawn down; an embassy moved to a state's city; "the
 * five countries of" an organisation of five; "it" after a sentence whose acts hang from its main clause, and in a
 * clause after a relative one; a pattern's narrow gap that stops at another act's verb; an envoy "called home"; an
 * application that is no accession; a nuclear programme discussed that is no trade. Every sentence is written for
 * this test.
 */
class MembersFollowersAndGuestsTest {

  @Test
  void aMembershipDatedByItsStartWithTheOrganisationBeforeTheNoun() {
    assertThat(mentions("2024-01-20", "Albania, a NATO member since 2009, backed the plan."))
        .contains("ALB->NATO alliance/accession 2009-01-01 year");
    assertThat(mentions("2024-01-20", "Croatia, which has been an EU member since 2013, backed the plan."))
        .contains("HRV->EU alliance/accession 2013-01-01 year");
    assertThat(mentions("2024-01-20", "Montenegro has been a NATO member since 2017."))
        .containsExactly("MNE->NATO alliance/accession 2017-01-01 year");
    // a seat held is no membership; a member with no date joined nothing this row can tell
    assertThat(mentions("2024-01-20", "Malta, a Security Council member since January, abstained.")).isEmpty();
    assertThat(mentions("2024-01-20", "Albania, a NATO member, backed the plan.")).isEmpty();
  }

  @Test
  void aNarrowGapStopsAtTheVerbOfAnotherAct() {
    assertThat(mentions("2024-01-20", "Angola is the first member to quit OPEC since Ecuador left in 2020."))
        .contains("AGO->OPEC withdrawal/organization 2024-01-20 reported",
            "ECU->OPEC withdrawal/organization 2020-01-01 year");
  }

  @Test
  void aFollowerSomeDaysLaterDoesTheSameOnItsDay() {
    assertThat(mentions("2024-05-10", "Canada expelled two Russian diplomats on Monday, and Britain followed three "
        + "days later.")).containsExactly("CAN->RUS expulsion/diplomat 2024-05-06 day",
            "GBR->RUS expulsion/diplomat 2024-05-09 day");
    assertThat(mentions("2024-05-10", "Canada expelled two Russian diplomats on Monday, and Britain followed the "
        + "debate closely.")).containsExactly("CAN->RUS expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void theGuestOfAHostVisitsItsState() {
    assertThat(mentions("2024-05-10", "Ruto was the guest of Chinese President Xi Jinping in Beijing on Tuesday."))
        .containsExactly("KEN->CHN cooperation/visit 2024-05-07 day");
  }

  @Test
  void forcesWoundScaledOrDrawnDownAreWithdrawn() {
    assertThat(mentions("2024-05-10", "The Pentagon drew down its troops in Iraq in 2021."))
        .containsExactly("USA->IRQ withdrawal/forces 2021-01-01 year");
    assertThat(mentions("2024-05-10", "France wound down its Barkhane force in Mali in 2022."))
        .containsExactly("FRA->MLI withdrawal/forces 2022-01-01 year");
    // (a force named after its own state is what is withdrawn, not what it leaves)
    assertThat(mentions("2024-05-10", "France withdrew its Barkhane force from Mali in 2022."))
        .containsExactly("FRA->MLI withdrawal/forces 2022-01-01 year");
    // a decision announced is coded; speculation is not
    assertThat(mentions("2024-05-10", "France said it would wind down its military operation in Mali."))
        .containsExactly("FRA->MLI withdrawal/forces 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "France could wind down its military operation in Mali.")).isEmpty();
  }

  @Test
  void anEmbassyMovedToAStatesCityIsAStepTowardThatState() {
    assertThat(mentions("2024-05-10", "Washington moved its embassy from Tel Aviv to Jerusalem in May 2018, and "
        + "Guatemala followed two days later.")).containsExactly(
            "USA->ISR cooperation/diplomatic 2018-05-01 month", "GTM->ISR cooperation/diplomatic 2018-05-01 month");
    assertThat(mentions("2024-05-10", "Paraguay relocated its embassy to Jerusalem in 2018."))
        .containsExactly("PRY->ISR cooperation/diplomatic 2018-01-01 year");
  }

  @Test
  void theCountriesOfAnOrganisationOfThatManyAreItsMembers() {
    assertThat(mentions("2023-11-10", "Saudi Arabia named a minister for African affairs in 2018, and he toured the "
        + "five countries of the G5 Sahel group two years later.")).contains(
            "SAU->MLI cooperation/visit 2020-01-01 year", "SAU->BFA cooperation/visit 2020-01-01 year",
            "SAU->NER cooperation/visit 2020-01-01 year", "SAU->MRT cooperation/visit 2020-01-01 year",
            "SAU->TCD cooperation/visit 2020-01-01 year");
  }

  @Test
  void itGoesOnWithTheSubjectWhenTheActsBeforeHungFromTheMainClause() {
    assertThat(mentions("2021-05-19", "Rabat has grown more assertive since December, when US President Donald "
        + "Trump recognised Moroccan sovereignty over the territory. Earlier this month it recalled its ambassador "
        + "in Berlin.")).containsExactly("USA->MAR cooperation/diplomatic 2020-12-01 month",
            "MAR->DEU withdrawal/relations 2021-05-01 month");
    // the act of the main clause: "it" is its actor
    assertThat(mentions("2021-05-19", "Washington recognised Moroccan sovereignty in December. Earlier this month "
        + "it recalled its ambassador in Berlin.")).contains("USA->DEU withdrawal/relations 2021-05-01 month");
  }

  @Test
  void anEnvoyCalledHomeIsRecalledAndTheRecallOfTheLeadGetsItsDay() {
    assertThat(mentions("2021-05-19", "Morocco has recalled its ambassador to Spain for consultations.\n\n"
        + "Ambassador Karima Benyaich was called home on Tuesday, hours after Madrid summoned her."))
        .containsExactly("MAR->ESP withdrawal/relations 2021-05-18 day");
    assertThat(mentions("2021-05-19", "Rabat called home its ambassador in Berlin in May."))
        .containsExactly("MAR->DEU withdrawal/relations 2021-05-01 month");
  }

  @Test
  void aPronounInAClauseAfterARelativeOneIsTheRelativesParty() {
    assertThat(mentions("2024-01-27", "Hungary approved the plan on Friday. The deal is a relief for Ankara, which "
        + "was expelled from the F-35 programme in 2019 after it took delivery of Russian S-400 air defence "
        + "systems.")).contains("RUS->TUR cooperation/military 2024-01-27 reported")
        .noneMatch(m -> m.startsWith("HUN->RUS"));
  }

  @Test
  void anApplicationIsNoAccessionAndANuclearProgrammeNoTrade() {
    assertThat(mentions("2024-01-27", "Sweden and Finland applied to join the alliance in May 2022.")).isEmpty();
    assertThat(mentions("2024-01-27", "Senior diplomats from China, Russia and Iran met in Beijing on Friday to "
        + "discuss Iran's nuclear programme.")).noneMatch(m -> m.contains("economic"));
  }
}
