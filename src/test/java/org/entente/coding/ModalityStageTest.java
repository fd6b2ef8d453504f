package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.readings;

import org.junit.jupiter.api.Test;

/**
 * The reading layer: whether a trigger states an act ("words=category/subtype") or not ("words=-"): negation,
 * plans, wishes, denials, questions, hedges and the "negated" rows of the lexicon.
 */
class ModalityStageTest {

  private static final String DAY = "2024-05-10";

  private static boolean announced(String text) {
    return last(DAY, text).readings().get(0).announcedFuture();
  }

  @Test
  void aStatedActIsAnAct() {
    // rule: a verb in the past with nothing governing it
    assertThat(readings(last(DAY, "Colombia signed a trade pact with Venezuela.")))
        .containsExactly("signed=cooperation/agreement");
  }

  @Test
  void negationIsNoAct() {
    // rule: "not" or "never" among the auxiliaries before the trigger
    assertThat(readings(last(DAY, "Colombia did not sign the trade pact with Venezuela."))).containsExactly("sign=-");
    assertThat(readings(last(DAY, "Colombia has never recognised Kosovo."))).containsExactly("recognised=-");
  }

  @Test
  void noLongerIsNoAct() {
    // rule: "no longer recognises" states that the act stopped
    assertThat(readings(last(DAY, "Argentina no longer recognises Venezuela's government.")))
        .containsExactly("recognises=-");
  }

  @Test
  void wasAbleToIsAnAct() {
    // rule: what was possible then happened
    assertThat(readings(last("2024-09-05", "Putin was able to visit Mongolia on Tuesday despite the ICC warrant.")))
        .containsExactly("visit=cooperation/visit");
  }

  @Test
  void whatIsMadePossibleForSomeoneIsNoAct() {
    // rule: "a framework for X to deploy", "paves the way for X and Y to send"
    assertThat(readings(last(DAY, "The deal created a framework for Australia to deploy troops to Papua New Guinea.")))
        .containsExactly("deploy=-");
    assertThat(readings(last(DAY, "The deal paves the way for Japan and the Philippines to send troops to each other's "
        + "territory.")))
        .containsExactly("send=-");
  }

  @Test
  void theNextSummitIsNoAct() {
    // rule: a PLANNED word before an act noun ("the next ECOWAS summit") makes it one still to come
    assertThat(readings(last(DAY, "Leaders will discuss the crisis at the next ECOWAS summit in Abuja.")))
        .containsExactly("summit=-");
  }

  @Test
  void aTripStillToComeIsNoAct() {
    // rule: "will visit" is an itinerary, even when an office announces it
    assertThat(readings(last(DAY, "Scholz will visit Beijing next month."))).containsExactly("visit=-");
    assertThat(readings(last(DAY, "Scholz will visit Beijing on Tuesday, his office said."))).containsExactly("visit=-");
  }

  @Test
  void aDecisionAnnouncedIsAnAct() {
    // rule: "will withdraw …, Ruto said" and "said … it would withdraw" are decisions taken, dated by the announcement
    assertThat(readings(last(DAY, "Kenya will withdraw its troops from Somalia by December, Ruto said on Tuesday.")))
        .containsExactly("withdraw=withdrawal/forces");
    assertThat(announced("Kenya will withdraw its troops from Somalia by December, Ruto said on Tuesday.")).isTrue();
    assertThat(announced("The United States said on Tuesday it would withdraw its troops from Chad.")).isTrue();
    assertThat(announced("Germany withdrew its troops from Lithuania.")).isFalse();
  }

  @Test
  void speculationIsNoAct() {
    // rule: "could" weighs a possibility; "would" without an announcement is a condition
    assertThat(readings(last(DAY, "Georgia could suspend its agreement with the EU."))).containsExactly("suspend=-");
    assertThat(readings(last(DAY, "Germany would withdraw its troops from Lithuania if attacked.")))
        .containsExactly("withdraw=-");
  }

  @Test
  void aDenialCancelsTheActItGoverns() {
    // rule: a denial before the act ("denied reports that it had expelled") or after it (", which … denied")
    assertThat(readings(last(DAY, "Lebanon denied reports that it had expelled the Iranian ambassador.")))
        .containsExactly("expelled=-");
    assertThat(readings(last(DAY, "Chad expelled the French ambassador, which French officials denied.")))
        .containsExactly("expelled=-");
  }

  @Test
  void refusingToRenewAMandateEndsTheMission() {
    // rule: "refused to renew the mandate" is a negation read through the "negated" row: the mission is ended
    assertThat(readings(last(DAY, "Somalia refused to renew the mandate of the AU mission on Tuesday.")))
        .containsExactly("renew=expulsion/mission");
  }

  @Test
  void notRenewingAnAgreementEndsIt() {
    // rule: "will not renew its agreement", "decided not to extend the accord": the negated row, an act
    assertThat(readings(last(DAY, "Panama will not renew its agreement with China, Mulino said on Tuesday.")))
        .containsExactly("renew=withdrawal/agreement");
    assertThat(readings(last(DAY, "Italy decided not to extend the accord with China on Tuesday.")))
        .containsExactly("extend=withdrawal/agreement");
  }

  @Test
  void questionsAreNoActs() {
    // rule: a sentence with a question mark states nothing
    assertThat(readings(last(DAY, "Did Algeria recall its ambassador from Madrid?"))).containsExactly("recall=-");
  }

  @Test
  void conditionsAreNoActsButConcessionsAre() {
    // rule: "if" makes a condition; "even if" concedes a fact
    assertThat(readings(last(DAY, "If Hungary leaves NATO, Poland will protest."))).containsExactly("leaves=-");
    assertThat(readings(last(DAY, "Even if Ghana recalled its envoy from Lome, trade continued.")))
        .containsExactly("recalled=withdrawal/relations");
  }

  @Test
  void wishesAndThreatsAreNoActs() {
    // rule: a WISH word before "to" + act
    assertThat(readings(last(DAY, "Serbia wants to join the European Union."))).containsExactly("join=-");
    assertThat(readings(last(DAY, "Armenia threatened to leave the CSTO on Tuesday."))).containsExactly("leave=-");
  }

  @Test
  void plansAdoptedAreActs() {
    // rule: "endorsed plans to form" is a plan adopted, not an intention
    assertThat(readings(last(DAY, "The leaders of Gambia and Senegal endorsed plans to form a confederation on "
        + "Tuesday.")))
        .containsExactly("form=alliance/formation");
  }

  @Test
  void aPossibilityWeighedIsNoAct() {
    // rule: a HEDGE word after the act ("is unlikely")
    assertThat(readings(last(DAY, "Serbia joining the EU this decade is unlikely."))).containsExactly("joining=-");
  }

  @Test
  void agreeingToAnotherKindOfActIsThatAct() {
    // rule: "agreed to withdraw" is the withdrawal; "agreed to strengthen military cooperation" stays an agreement
    assertThat(readings(last(DAY, "The United States agreed to withdraw its troops from Iraq on Tuesday.")))
        .containsExactly("agreed=-", "withdraw=withdrawal/forces");
    assertThat(readings(last(DAY, "Romania agreed to strengthen military cooperation with Moldova on Tuesday.")))
        .containsExactly("agreed=cooperation/agreement", "strengthen=cooperation/military");
  }
}
