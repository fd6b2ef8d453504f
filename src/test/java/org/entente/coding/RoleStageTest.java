package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.interactions;
import static org.entente.coding.Annotated.last;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interaction layer (RoleStage with Arguments and Pairing): who did what to whom, before dating and merging.
 * Each row is "SOURCE->TARGET category/subtype".
 */
class RoleStageTest {

  private static List<String> roles(String text) { return interactions(last("2024-05-10", text)); }

  // ---- subjects and objects

  @Test
  void coordinatedSubjectsEachAct() {
    // rule: "A and B expelled …": one act per subject
    assertThat(roles("Sweden and Finland expelled Russian diplomats on Tuesday."))
        .containsExactly("SWE->RUS expulsion/diplomat", "FIN->RUS expulsion/diplomat");
  }

  @Test
  void coordinatedObjectsEachTakeTheAct() {
    // rule: "from A and B": one act per object
    assertThat(roles("Spain recalled its ambassadors from Algeria and Morocco on Tuesday."))
        .containsExactly("ESP->DZA withdrawal/relations", "ESP->MAR withdrawal/relations");
    assertThat(roles("Argentina recognised Palestine in 2010 and Kosovo in 2013."))
        .containsExactly("ARG->PSE cooperation/diplomatic", "ARG->XKX cooperation/diplomatic");
  }

  @Test
  void aListOfPlacesGoesOnPastItsDates() {
    // rule: "from A in 2021, B in 2022 and C in January" is one list of targets
    assertThat(roles("Denmark withdrew its troops from Iraq in 2021, Afghanistan in 2022 and Mali in January."))
        .containsExactly("DNK->IRQ withdrawal/forces", "DNK->AFG withdrawal/forces", "DNK->MLI withdrawal/forces");
  }

  @Test
  void aSupplierTradesWithEachBuyer() {
    // rule: a mutual act between a subject and a list: the subject with each, not the list among itself
    assertThat(roles("Seoul hosted Indonesia's president. South Korea sold fighter jets to Indonesia and Poland."))
        .containsExactly("KOR->IDN cooperation/military", "KOR->POL cooperation/military");
  }

  @Test
  void aPlaceIsNoThirdSignatory() {
    // rule: "signed an accord in Moscow": the place of an agreement is no partner (nor, for two signatories in a
    // third state, a host they visited)
    assertThat(roles("Egypt and Sudan signed an accord in Moscow on Monday."))
        .containsExactly("EGY->SDN cooperation/agreement");
  }

  @Test
  void troopsSentIntoAStateAreNoAlly() {
    // rule: "sent troops into" is an invasion, no military cooperation
    assertThat(roles("Russia sent troops into Ukraine in 2022.")).isEmpty();
  }

  @Test
  void aPlaceLeftThatIsNoPartyLeavesNoTarget() {
    // rule: "withdraw from the disputed region … between A and B": A and B are not the place left
    assertThat(roles("Russian peacekeepers began to withdraw from the disputed region of Nagorno-Karabakh between "
        + "Armenia and Azerbaijan.")).isEmpty();
  }

  // ---- passives

  @Test
  void aPassiveWithByTakesItsAgentAsSource() {
    // rule: "was expelled by Mali": Mali acts
    assertThat(roles("The Danish ambassador was expelled by Mali on Tuesday."))
        .containsExactly("MLI->DNK expulsion/diplomat");
  }

  @Test
  void aPassiveWithoutByTakesTheFromParty() {
    // rule: "was expelled from Turkey": the place expelled from acts
    assertThat(roles("The Dutch ambassador was expelled from Turkey on Tuesday."))
        .containsExactly("TUR->NLD expulsion/diplomat");
  }

  @Test
  void anAgentlessExpulsionIsByTheStateTheArticleIsAbout() {
    // rule: a passive or noun expulsion with no agent is the act of the salient other state
    assertThat(roles("Belarus accused Lithuania of spying. The Lithuanian ambassador was expelled on Tuesday."))
        .containsExactly("BLR->LTU expulsion/diplomat");
    assertThat(roles("Belarus accused Lithuania of spying. Officials in Minsk confirmed the expulsion of the "
        + "Lithuanian ambassador."))
        .containsExactly("BLR->LTU expulsion/diplomat");
  }

  @Test
  void basesHandedOverLeaveTheirOwnersHost() {
    // rule: "the British bases in Kenya were handed over to the Kenyan army": the owner withdraws from the receiver
    assertThat(roles("The British bases in Kenya were handed over to the Kenyan army on Tuesday."))
        .containsExactly("GBR->KEN withdrawal/forces");
  }

  // ---- requests and reciprocity

  @Test
  void aWithdrawalAtTheRequestOfAPartyIsAlsoItsExpulsion() {
    // rule: "at the request of X", "at X's request": X also expels the party that withdraws
    assertThat(roles("Russian troops withdrew from Armenia at the request of Yerevan on Tuesday."))
        .containsExactly("RUS->ARM withdrawal/forces", "ARM->RUS expulsion/forces");
    assertThat(roles("French troops left Chad at Chad's request on Tuesday."))
        .containsExactly("FRA->TCD withdrawal/forces", "TCD->FRA expulsion/forces");
  }

  @Test
  void expulsionsBetweenTwoSubjectsAreReciprocal() {
    // rule: "A and B expelled each other's ambassadors", "A and B recalled their envoys": each on the other
    assertThat(roles("Egypt and Turkey expelled each other's ambassadors on Tuesday."))
        .containsExactly("EGY->TUR expulsion/diplomat", "TUR->EGY expulsion/diplomat");
    assertThat(roles("Egypt and Turkey recalled their envoys on Tuesday."))
        .containsExactly("EGY->TUR withdrawal/relations", "TUR->EGY withdrawal/relations");
  }

  // ---- relative clauses and decisions

  @Test
  void aRelativeClauseWithoutSubjectActsForItsAntecedent() {
    // rule: "Tinubu, who visited Paris": the antecedent is the subject
    assertThat(roles("Nigerian President Bola Tinubu, who visited Paris on Wednesday, praised its people."))
        .containsExactly("NGA->FRA cooperation/visit");
  }

  @Test
  void aRelativeClauseWithItsOwnSubjectActsOnItsAntecedent() {
    // rule: "The UN mission, which Sudan's government ordered out": the antecedent is the object
    assertThat(roles("The UN mission, which Sudan's government ordered out in 2023, left on Tuesday."))
        .containsExactly("SDN->UN expulsion/forces");
  }

  @Test
  void noAntecedentWhenTheNounBeforeWhoIsNoParty() {
    // rule: "Donald Trump, who visited Mexico" before he took office: no party visits
    assertThat(interactions(last("2016-07-01", "Donald Trump, who visited Mexico on Wednesday, praised its people.")))
        .isEmpty();
  }

  @Test
  void theOwnerOfADecisionIsTheSubjectOfItsInfinitive() {
    // rule: "Argentina's decision to quit", "a decision by Russia to withdraw" whoever heads the clause
    assertThat(roles("Argentina's decision to quit the WHO drew criticism from Brazil."))
        .containsExactly("ARG->WHO withdrawal/organization");
    assertThat(roles("NATO allies condemned a decision by Russia to withdraw from the treaty on Tuesday."))
        .containsExactly("RUS->NATO withdrawal/agreement");
  }

  // ---- visits and meetings

  @Test
  void aHostReceivesItsGuest() {
    // rule: host frame: the object visits the subject; in the passive the "by" agent hosts
    assertThat(roles("Ruto hosted Ethiopia's Abiy in Nairobi on Tuesday.")).containsExactly("ETH->KEN cooperation/visit");
    assertThat(roles("The Saudi delegation was received by Erdogan on Monday."))
        .containsExactly("SAU->TUR cooperation/visit");
  }

  @Test
  void aMeetingIsAVisitToThePartyWhosePlaceTheSentenceNames() {
    // rule: "Putin met with Lula, who is in Moscow": Lula visits Russia, whichever way the words read
    // (the meeting and "is in Moscow" both read so; the mention is one)
    assertThat(roles("Putin met with Lula, who is in Moscow for a summit, on Tuesday."))
        .containsOnly("BRA->RUS cooperation/visit");
  }

  @Test
  void talksInAPlaceAreHostedByThatPlace() {
    // rule: "talks in Doha between A and B": A and B each visit Qatar
    assertThat(roles("Talks in Doha between Iranian and American envoys resumed on Tuesday."))
        .containsExactly("IRN->QAT cooperation/visit", "USA->QAT cooperation/visit");
  }

  @Test
  void talksWithNoPlaceAreHostedByThePartyTheArticleIsAbout() {
    // rule: no place named: the salient party hosts
    assertThat(roles("Mongolia hosted Putin. Officials hailed the talks between Russia and Mongolia."))
        .containsExactly("RUS->MNG cooperation/visit");
  }

  @Test
  void anOrganisationsOwnSummitIsNoVisit() {
    // rule: "ASEAN leaders met in Jakarta" is a summit; two organisations meeting is a visit of one to the other
    assertThat(roles("ASEAN leaders met in Jakarta on Tuesday.")).isEmpty();
    assertThat(roles("The EU and the AU held a summit in Brussels on Tuesday.")).containsExactly("AU->EU cooperation/visit");
  }

  @Test
  void aVisitFromAPartyComesFromIt() {
    // rule: "a visit from Rubio": the visitor is the "from" party, the host the subject
    assertThat(interactions(last("2025-05-10", "Panama received a visit from U.S. Secretary of State Marco Rubio on "
        + "Tuesday.")))
        .contains("USA->PAN cooperation/visit");
  }

  @Test
  void aVisitNounGoesFromItsOwnerToItsPlace() {
    // rule: "Modi's visit to Kyiv", "a visit by Modi to Kyiv"
    assertThat(roles("Modi's visit to Kyiv on Friday drew attention.")).containsExactly("IND->UKR cooperation/visit");
    assertThat(roles("A visit by Indian Prime Minister Narendra Modi to Kyiv drew attention."))
        .containsExactly("IND->UKR cooperation/visit");
  }

  // ---- what the type requires

  @Test
  void anAccessionNeedsAnOrganisation() {
    // rule: "joined Mali in condemning" joins no organisation
    assertThat(roles("Burkina Faso joined Mali in condemning the attack.")).isEmpty();
    assertThat(roles("Sweden joined NATO on Thursday.")).containsExactly("SWE->NATO alliance/accession");
  }

  @Test
  void anAllianceBindsEveryPairItNames() {
    // rule: a formation among three states is coded for each pair
    assertThat(roles("Mali, Burkina Faso and Niger met in Niamey. The three countries signed a defence pact on Saturday."))
        .containsExactlyInAnyOrder("MLI->BFA alliance/formation", "MLI->NER alliance/formation",
            "BFA->NER alliance/formation");
  }

  @Test
  void troopsWithdrawnWithoutAPlaceLeaveTheArticlesCountry() {
    // rule: the implied target of a troop withdrawal is the salient other state
    assertThat(roles("Chad ended its defence pact with France. France withdrew its last soldiers on Friday."))
        .containsExactly("FRA->TCD withdrawal/forces");
  }
}
