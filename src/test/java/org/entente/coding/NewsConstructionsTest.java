package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.actors;
import static org.entente.coding.Annotated.last;
import static org.entente.coding.Annotated.mentions;
import static org.entente.coding.Annotated.readings;

import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The news constructions added to the coder by commits 972eaee and 24e580a: for each rule, sentences where it
 * applies and sentences where it must not. Every sentence is written for this test (none is taken from the seeds
 * or the evaluation sets). Rows are "SOURCE->TARGET category/subtype date precision", undirected pairs in
 * alphabetical order (DATASET.md). Most articles are published on a Friday.
 */
class NewsConstructionsTest {

  private static List<String> code(String published, String text) { return mentions(published, text); }

  // ---- a member state at its own organisation's meeting sits at the table, it does not visit (members.csv, by the
  //      article's date)

  @Test
  void aMemberAtItsOwnOrganisationsSummitDoesNotVisitIt() {
    // Britain was still in the EU in March 2019; Croatia had joined by October 2014
    assertThat(code("2019-03-22", "Britain's prime minister attended the EU summit in Brussels on Thursday."))
        .isEmpty();
    assertThat(code("2014-10-24", "Croatian Prime Minister Zoran Milanovic attended the EU summit in Brussels on "
        + "Thursday.")).isEmpty();
  }

  @Test
  void aStateOutsideTheOrganisationOnTheArticlesDateVisitsIt() {
    // the same sentences after Brexit and before Croatia's accession (2013-07-01)
    assertThat(code("2021-06-25", "Britain's prime minister attended the EU summit in Brussels on Thursday."))
        .containsExactly("GBR->EU cooperation/visit 2021-06-24 day");
    assertThat(code("2012-10-19", "Croatian Prime Minister Zoran Milanovic attended the EU summit in Brussels on "
        + "Thursday.")).containsExactly("HRV->EU cooperation/visit 2012-10-18 day");
    // a non-member at a meeting held in a state visits the state
    assertThat(code("2023-05-19", "Iran's foreign minister attended the GCC meeting in Riyadh on Tuesday."))
        .containsExactly("IRN->SAU cooperation/visit 2023-05-16 day");
  }

  // ---- a meeting of more than three parties, or of one group among itself, with no host named: nobody visits
  //      (guessing the host from salience is wrong for multilateral talks)

  @Test
  void aMeetingOfFourWithNoHostNamedHasNoVisits() {
    assertThat(code("2023-04-14", "The foreign ministers of Egypt, Jordan, Iraq and Saudi Arabia held talks on "
        + "Wednesday.")).isEmpty();
    assertThat(code("2022-03-04", "The leaders of Kenya, Uganda, Rwanda and Tanzania held a summit on Friday."))
        .isEmpty();
    // one group meeting among itself
    assertThat(code("2022-03-04", "EU leaders gathered for an emergency summit on Thursday.")).isEmpty();
  }

  @Test
  void aMeetingOfFourInANamedHostHasVisitsToIt() {
    assertThat(code("2023-04-14", "The foreign ministers of Egypt, Jordan, Iraq and Saudi Arabia held talks in "
        + "Amman on Wednesday.")).containsExactly("EGY->JOR cooperation/visit 2023-04-12 day",
            "IRQ->JOR cooperation/visit 2023-04-12 day", "SAU->JOR cooperation/visit 2023-04-12 day");
    assertThat(code("2022-03-04", "The leaders of Kenya, Uganda, Rwanda and Tanzania met in Nairobi on Friday."))
        .containsExactly("UGA->KEN cooperation/visit 2022-03-04 day", "RWA->KEN cooperation/visit 2022-03-04 day",
            "TZA->KEN cooperation/visit 2022-03-04 day");
  }

  @Test
  void talksBetweenTwoOrAnAgreementAmongFourAreOutsideTheRule() {
    // the limit is more than three: two parties keep the host guessed from the article
    assertThat(code("2023-04-14", "Chile and Peru held talks on Wednesday."))
        .containsExactly("PER->CHL cooperation/visit 2023-04-12 day");
    // only visits are dropped: an agreement among four is one interaction per pair
    assertThat(code("2022-03-04", "Kenya, Uganda, Rwanda and Tanzania signed a customs pact on Friday."))
        .containsExactlyInAnyOrder("KEN->UGA cooperation/agreement 2022-03-04 day",
            "KEN->RWA cooperation/agreement 2022-03-04 day", "KEN->TZA cooperation/agreement 2022-03-04 day",
            "RWA->UGA cooperation/agreement 2022-03-04 day", "TZA->UGA cooperation/agreement 2022-03-04 day",
            "RWA->TZA cooperation/agreement 2022-03-04 day");
  }

  // ---- "ECOWAS member states": the members of an organisation of more than five stand for the organisation, not
  //      for whichever members the article happens to name

  @Test
  void theMemberStatesOfALargeOrganisationAreTheOrganisation() {
    assertThat(code("2024-02-02", "Nigeria and Ghana criticised the coup in Niger. On Monday, Niger recalled its "
        + "ambassadors from ECOWAS member states.")).containsExactly("NER->ECOWAS withdrawal/relations 2024-01-29 day");
    assertThat(code("2016-05-13", "GCC member states signed an investment pact with India on Tuesday."))
        .containsExactly("GCC->IND cooperation/agreement 2016-05-10 day");
  }

  @Test
  void theMemberStatesOfASmallOrganisationAreItsMembers() {
    // the AES has three members: each is a party (the acting state is not its own target)
    assertThat(code("2024-02-02", "Nigeria and Ghana criticised the coup in Niger. On Monday, Niger recalled its "
        + "ambassadors from AES member states.")).containsExactly("NER->BFA withdrawal/relations 2024-01-29 day",
            "NER->MLI withdrawal/relations 2024-01-29 day");
    assertThat(code("2024-09-20", "AES member states signed a security pact with Russia on Tuesday."))
        .containsExactly("BFA->RUS cooperation/agreement 2024-09-17 day",
            "MLI->RUS cooperation/agreement 2024-09-17 day",
            "NER->RUS cooperation/agreement 2024-09-17 day");
  }

  // ---- a pronoun opening a clause inside a sentence refers to the state the sentence opened with, not to the
  //      previous sentence's subject

  @Test
  void aPronounOpeningAClauseIsTheStateTheSentenceOpenedWith() {
    assertThat(code("2022-08-19", "France intervened in Mali in 2013, but it withdrew its last troops on Monday."))
        .containsExactly("FRA->MLI withdrawal/forces 2022-08-15 day");
    // not the subject of the sentence before
    String text = "Kenya hosted Ugandan officials on Monday. Tanzania hosted Rwandan officials on Tuesday, and it "
        + "signed a trade deal with Burundi on Wednesday.";
    assertThat(actors(last("2021-03-05", text))).contains("PRONOUN:TZA").doesNotContain("PRONOUN:KEN");
    assertThat(code("2021-03-05", text)).containsExactly("UGA->KEN cooperation/visit 2021-03-01 day",
        "RWA->TZA cooperation/visit 2021-03-02 day", "BDI->TZA cooperation/agreement 2021-03-03 day");
  }

  @Test
  void aSentenceOpenedByNoStateLeavesThePronounToThePreviousSentence() {
    String text = "Senegal hosted Gambian officials on Monday. Officials in Dakar said the talks went well, and it "
        + "signed a fisheries deal with Mauritania on Tuesday.";
    assertThat(actors(last("2021-03-05", text))).contains("PRONOUN:SEN");
    assertThat(code("2021-03-05", text)).containsExactly("GMB->SEN cooperation/visit 2021-03-01 day",
        "MRT->SEN cooperation/agreement 2021-03-02 day");
  }

  // ---- forecasts: "unlikely to expel", "likely to sign" say what may happen, not what was done

  @Test
  void aForecastIsNoAct() {
    assertThat(code("2018-03-30", "Canada is unlikely to expel Russian diplomats, officials said on Thursday."))
        .isEmpty();
    assertThat(code("2022-06-10", "Analysts said Indonesia is likely to sign a defence pact with Australia."))
        .isEmpty();
  }

  @Test
  void aDecisionOrAnActIsNoForecast() {
    assertThat(code("2018-03-30", "Canada decided to expel four Russian diplomats on Thursday."))
        .containsExactly("CAN->RUS expulsion/diplomat 2018-03-29 day");
    assertThat(code("2022-06-10", "Indonesia signed a defence pact with Australia on Wednesday."))
        .containsExactly("AUS->IDN alliance/formation 2022-06-08 day");
  }

  // ---- "ruled out sending troops": what is excluded is not done

  @Test
  void whatIsRuledOutIsNoAct() {
    assertThat(code("2023-02-17", "Germany has ruled out sending troops to Ukraine.")).isEmpty();
    assertThat(code("2023-02-17", "Japan ruled out talks with North Korea on Monday.")).isEmpty();
    assertThat(code("2023-02-17", "Lithuania ruled out expelling a Belarusian diplomat on Monday.")).isEmpty();
  }

  @Test
  void sendingTroopsWithoutRulingItOutIsAnAct() {
    assertThat(code("2023-02-17", "Germany sent troops to Lithuania on Monday."))
        .containsExactly("DEU->LTU cooperation/military 2023-02-13 day");
    assertThat(code("2023-02-17", "Japan held talks with South Korea on Monday."))
        .containsExactly("JPN->KOR cooperation/visit 2023-02-13 day");
  }

  @Test
  void ruledOutEndsAtTheNextClause() {
    assertThat(code("2023-02-17", "Lithuania ruled out talks with Belarus but expelled a Belarusian diplomat on "
        + "Monday.")).containsExactly("LTU->BLR expulsion/diplomat 2023-02-13 day");
  }

  // ---- "talks remain deadlocked": stalled talks are no meeting

  @Test
  void deadlockedOrStalledTalksAreNoVisit() {
    assertThat(code("2019-11-15", "Talks between Ethiopia and Egypt remain deadlocked.")).isEmpty();
    assertThat(code("2019-11-15", "Talks between Ethiopia and Egypt on the dam remained stalled on Thursday."))
        .isEmpty();
  }

  @Test
  void resumedTalksAreVisits() {
    assertThat(code("2019-11-15", "Talks between Ethiopia and Egypt resumed in Khartoum on Wednesday."))
        .containsExactly("ETH->SDN cooperation/visit 2019-11-13 day", "EGY->SDN cooperation/visit 2019-11-13 day");
  }

  // ---- "the internationally recognised government": a participle describing a noun is no act

  @Test
  void anAttributiveParticipleIsNoAct() {
    assertThat(readings(last("2020-02-14", "Yemen's internationally recognised government signed a deal with Saudi "
        + "Arabia on Thursday."))).containsExactly("recognised=-", "signed=cooperation/agreement");
    assertThat(code("2020-02-14", "The internationally recognised government of Libya signed a maritime deal with "
        + "Turkey on Thursday.")).containsExactly("LBY->TUR cooperation/agreement 2020-02-13 day");
    assertThat(code("2019-06-14", "Chad's recently appointed ambassador presented his credentials to Sudan on "
        + "Thursday.")).containsExactly("TCD->SDN cooperation/diplomatic 2019-06-13 day");
  }

  @Test
  void anAdverbAfterTheSubjectLeavesTheVerbAnAct() {
    // "formally recognised" after a name, not after a determiner: a recognition
    assertThat(code("2020-02-14", "Britain formally recognised Palestine on Sunday."))
        .containsExactly("GBR->PSE cooperation/diplomatic 2020-02-09 day");
    assertThat(code("2020-12-11", "Morocco officially recognised Israel on Thursday."))
        .containsExactly("MAR->ISR cooperation/diplomatic 2020-12-10 day");
  }

  // ---- "close the straits to Russian warships": a "to" phrase after the object is a destination, not the object

  @Test
  void aToPhraseAfterTheObjectIsNotTheObject() {
    assertThat(code("2022-03-04", "Turkey closed the straits to Russian warships on Monday.")).isEmpty();
    assertThat(code("2022-03-04", "Canada closed its airspace to Russian aircraft on Monday.")).isEmpty();
  }

  @Test
  void anObjectBeforeItsPlaceOrAnInfinitiveToIsStillTheObject() {
    assertThat(code("2022-03-04", "France closed its last military base in Chad on Monday."))
        .containsExactly("FRA->TCD withdrawal/forces 2022-02-28 day");
    // "to leave" is an infinitive, not a destination
    assertThat(code("2022-03-04", "Niger ordered French troops to leave the country on Monday."))
        .containsExactly("NER->FRA expulsion/forces 2022-02-28 day");
  }

  // ---- "the king", "the emir", "the sultan": the ruler of the monarchy the article is about

  @Test
  void theKingIsTheRulerOfTheArticlesMonarchy() {
    assertThat(code("2019-01-18", "Jordan hosted talks on Syria on Monday. The king travelled to Cairo on Tuesday."))
        .containsExactly("JOR->EGY cooperation/visit 2019-01-15 day");
    assertThat(code("2019-01-18", "Kuwait hosted talks on Monday. The emir travelled to Riyadh on Tuesday."))
        .containsExactly("KWT->SAU cooperation/visit 2019-01-15 day");
    assertThat(code("2019-01-18", "Oman's economy grew. The sultan visited Iran on Wednesday."))
        .containsExactly("OMN->IRN cooperation/visit 2019-01-16 day");
  }

  @Test
  void aKingNamedWithHisStateIsThatState() {
    // "Spain's king" in an article about Morocco is Spain's
    assertThat(code("2019-01-18", "Morocco hosted talks on Monday. Spain's king visited Rabat on Tuesday."))
        .containsExactly("ESP->MAR cooperation/visit 2019-01-15 day");
    assertThat(actors(last("2019-01-18", "Saudi Arabia's king visited Russia on Thursday.")))
        .containsExactly("NAMED:SAU", "NAMED:RUS");
  }

  @Test
  @Disabled("known gap: 'the emir'/'the king' resolve to the most named state even when it is a republic "
      + "(Japan, Israel), not to the monarchy the article names")
  void theEmirIsNeverTheRulerOfARepublic() {
    assertThat(code("2019-01-18", "Qatar signed a gas deal with Japan on Monday. The emir visited Tokyo on "
        + "Wednesday.")).contains("QAT->JPN cooperation/visit 2019-01-16 day");
    assertThat(code("2019-01-18", "Bahrain signed a deal with Israel on Monday. The king visited Jerusalem on "
        + "Wednesday.")).contains("BHR->ISR cooperation/visit 2019-01-16 day");
  }

  // ---- "led a delegation of ministers to X": the delegation's words may stand between "delegation" and "to"

  @Test
  void aDelegationOfSomeoneToAPlaceIsAVisit() {
    assertThat(code("2024-03-08", "Ghana's foreign minister led a delegation of ministers to Abidjan on Tuesday."))
        .containsExactly("GHA->CIV cooperation/visit 2024-03-05 day");
    assertThat(code("2024-03-08", "Ghana's foreign minister led a delegation of five ministers to Lomé on "
        + "Tuesday.")).containsExactly("GHA->TGO cooperation/visit 2024-03-05 day");
    assertThat(code("2024-03-08", "Benin's president led a high-level delegation to Abuja on Tuesday."))
        .containsExactly("BEN->NGA cooperation/visit 2024-03-05 day");
  }

  @Test
  void aDelegationSentToDoSomethingWithNoPlaceIsNoVisit() {
    assertThat(code("2024-03-08", "Ghana sent a delegation of experts to assess flood damage on Tuesday."))
        .isEmpty();
    assertThat(code("2024-03-08", "Niger's delegation to the talks walked out on Tuesday.")).isEmpty();
  }

  // ---- lowering or downgrading relations or representation is a break in relations

  @Test
  void loweringOrDowngradingRelationsOrRepresentationIsAWithdrawal() {
    assertThat(code("2021-11-26", "Lithuania downgraded its diplomatic representation in Beijing on Tuesday."))
        .containsExactly("LTU->CHN withdrawal/relations 2021-11-23 day");
    assertThat(code("2023-11-03", "Bolivia lowered diplomatic relations with Israel on Tuesday."))
        .containsExactly("BOL->ISR withdrawal/relations 2023-10-31 day");
    assertThat(code("2017-06-09", "Djibouti lowered its relations with Qatar on Wednesday."))
        .containsExactly("DJI->QAT withdrawal/relations 2017-06-07 day");
  }

  @Test
  void loweringTariffsOrDowngradingARatingIsNoBreak() {
    assertThat(code("2017-06-09", "Jordan lowered tariffs on goods from Qatar on Tuesday.")).isEmpty();
    assertThat(code("2017-06-09", "Moody's downgraded Qatar's credit rating on Tuesday.")).isEmpty();
    // an upgrade is no break: it is diplomatic cooperation
    assertThat(code("2017-06-09", "Jordan upgraded its relations with Qatar on Tuesday."))
        .containsExactly("JOR->QAT cooperation/diplomatic 2017-06-06 day");
  }

  @Test
  void loweringRepresentationIsAWithdrawal() {
    assertThat(code("2017-06-09", "Jordan lowered its diplomatic representation in Qatar on Tuesday."))
        .containsExactly("JOR->QAT withdrawal/relations 2017-06-06 day");
  }

  // ---- evacuating one's diplomats is a withdrawal from relations with the host

  @Test
  void evacuatingDiplomatsIsAWithdrawal() {
    assertThat(code("2023-04-28", "Italy evacuated its diplomats from Sudan on Sunday."))
        .containsExactly("ITA->SDN withdrawal/relations 2023-04-23 day");
    assertThat(code("2021-08-20", "The United States evacuated its embassy staff from Kabul on Sunday."))
        .containsExactly("USA->AFG withdrawal/relations 2021-08-15 day");
  }

  @Test
  void evacuatingCitizensIsNoWithdrawal() {
    assertThat(code("2011-02-25", "Turkey evacuated thousands of its citizens from Libya on Wednesday.")).isEmpty();
    assertThat(code("2023-04-28", "Egypt evacuated 400 students from Sudan on Sunday.")).isEmpty();
  }

  // ---- inaugurating an embassy is opening it

  @Test
  void inauguratingAnEmbassyIsDiplomaticCooperation() {
    assertThat(code("2023-04-07", "Azerbaijan inaugurated its embassy in Tel Aviv on Wednesday."))
        .containsExactly("AZE->ISR cooperation/diplomatic 2023-04-05 day");
    assertThat(code("2017-01-20", "Greece inaugurated its new embassy in Baku on Thursday."))
        .containsExactly("GRC->AZE cooperation/diplomatic 2017-01-19 day");
  }

  @Test
  void inauguratingABridgeOrAnAirportIsNoAct() {
    assertThat(code("2023-04-07", "Vietnam inaugurated a bridge built by Japan on Wednesday.")).isEmpty();
    assertThat(code("2023-04-07", "Azerbaijan inaugurated a new airport in Fuzuli with Turkey's president on "
        + "Wednesday.")).isEmpty();
  }

  // ---- "stood with", "sided with": public backing

  @Test
  void standingOrSidingWithAPartyIsBacking() {
    assertThat(code("2023-10-13", "Kenya said it stood with Israel."))
        .containsExactly("KEN->ISR cooperation/diplomatic 2023-10-13 reported");
    assertThat(code("2022-03-04", "Eritrea sided with Russia in the vote on Wednesday."))
        .containsExactly("ERI->RUS cooperation/diplomatic 2022-03-02 day");
    assertThat(code("2019-06-14", "Hungary stood with Poland on Wednesday."))
        .containsExactly("HUN->POL cooperation/diplomatic 2019-06-12 day");
  }

  @Test
  void standingByOrNextToOrSidingAgainstIsNoBacking() {
    assertThat(code("2022-03-04", "Serbia stood by its decision on Wednesday.")).isEmpty();
    assertThat(code("2022-03-04", "Serbia's president stood next to Hungary's prime minister on Wednesday."))
        .isEmpty();
    assertThat(code("2022-03-04", "Eritrea sided against Russia in the vote on Wednesday.")).isEmpty();
  }

  // ---- "opened Azerbaijan's first embassy in Israel": the embassy's owner opens it in the place named

  @Test
  void anEmbassyNamedByItsOwnerIsOpenedInThePlaceNamed() {
    assertThat(code("2023-04-07", "Kenyan officials opened Kenya's new embassy in Mexico on Friday."))
        .containsExactly("KEN->MEX cooperation/diplomatic 2023-04-07 day");
    assertThat(code("2023-04-07", "The Azerbaijani minister opened Azerbaijan's first embassy in Israel on "
        + "Wednesday.")).containsExactly("AZE->ISR cooperation/diplomatic 2023-04-05 day");
  }

  @Test
  void anEmbassyOpenedWithoutItsOwnersNameIsTheSubjectsInThePlace() {
    assertThat(code("2023-04-07", "Rwanda opened its embassy in Ghana on Friday."))
        .containsExactly("RWA->GHA cooperation/diplomatic 2023-04-07 day");
    assertThat(code("2023-04-07", "Rwanda opened an embassy in Accra on Friday."))
        .containsExactly("RWA->GHA cooperation/diplomatic 2023-04-07 day");
  }

  @Test
  @Disabled("known gap: when the host's minister opens another state's embassy, subject and place are both the "
      + "host and nothing is coded")
  void anEmbassyOpenedByTheHostsMinisterIsStillTheOwnersAct() {
    assertThat(code("2023-04-07", "Rwanda's foreign minister opened Ghana's new embassy in Kigali on Friday."))
        .containsExactly("GHA->RWA cooperation/diplomatic 2023-04-07 day");
  }

  // ---- two parties meeting in a third state both travelled there: each visits it

  @Test
  void twoPartiesMeetingInAThirdStateBothVisitIt() {
    // (and the two who met, a pair with no host, as the devset's gold codes a meeting in a third country)
    assertThat(code("2020-02-07", "Sudan's Burhan met Israel's Netanyahu in Uganda on Monday."))
        .containsExactly("SDN->ISR cooperation/visit 2020-02-03 day", "SDN->UGA cooperation/visit 2020-02-03 day",
            "ISR->UGA cooperation/visit 2020-02-03 day");
    assertThat(code("2020-02-07", "Armenia's prime minister held talks with Azerbaijan's president in Moscow on "
        + "Monday.")).containsExactly("ARM->RUS cooperation/visit 2020-02-03 day",
            "AZE->RUS cooperation/visit 2020-02-03 day");
  }

  @Test
  void aPlaceThatNamesOneOfThePartiesMakesItTheHost() {
    assertThat(code("2020-02-07", "Armenia's prime minister held talks with Azerbaijan's president in Baku on "
        + "Monday.")).containsExactly("ARM->AZE cooperation/visit 2020-02-03 day");
    assertThat(code("2020-02-07", "Armenia's prime minister met Azerbaijan's president in Yerevan on Monday."))
        .containsExactly("AZE->ARM cooperation/visit 2020-02-03 day");
    // not a meeting: an agreement signed "in" a state's name (not a city) may say what it is about, no visit
    assertThat(code("2020-02-07", "Serbia signed a gas deal with Hungary in Azerbaijan on Monday."))
        .containsExactly("HUN->SRB cooperation/agreement 2020-02-03 day");
  }

  // ---- "denied … and said …": a later reporting verb governs what follows it, not the denial before it

  @Test
  void aLaterSaidEndsTheDenialsReach() {
    assertThat(code("2022-09-16", "Bolivia denied that it had expelled the Chilean consul and said it had "
        + "recalled its ambassador from Lima.")).containsExactly("BOL->PER withdrawal/relations 2022-09-16 reported");
    assertThat(code("2022-09-16", "Mali denied hiring Wagner mercenaries and said Russian instructors were training "
        + "the Malian army.")).containsExactly("MLI->RUS cooperation/military 2022-09-16 reported");
  }

  @Test
  void withoutALaterReportingVerbTheDenialCoversBothActs() {
    assertThat(code("2022-09-16", "The Central African Republic denied expelling the French ambassador and "
        + "recalling its envoy from Paris.")).isEmpty();
    assertThat(code("2022-09-16", "Guinea denied that it had expelled the Ivorian ambassador or signed a trade deal "
        + "with Senegal.")).isEmpty();
  }

  @Test
  @Disabled("known gap: with a date between the denial and 'that', the pronoun after 'and said' is read as the "
      + "expelled ambassador's state")
  void theSpeakerOfAndSaidIsTheDenier() {
    assertThat(code("2022-09-16", "Guinea denied on Monday that it had expelled the Ivorian ambassador and said it "
        + "had signed a trade deal with Senegal.")).hasSize(1).allMatch(m -> m.startsWith("GIN->SEN "));
  }

  // ---- "the UAE and Bahrain, which signed": a relative clause's antecedent includes the parties listed with it

  @Test
  void aRelativeClauseTakesTheCoordinatedAntecedents() {
    assertThat(code("2020-09-18", "Washington praised the United Arab Emirates and Bahrain, which signed accords "
        + "with Israel on Tuesday.")).containsExactly("ARE->ISR cooperation/agreement 2020-09-15 day",
            "BHR->ISR cooperation/agreement 2020-09-15 day");
    assertThat(code("2021-03-12", "The talks included Morocco, Sudan and Bahrain, which signed accords with Israel "
        + "last year.")).containsExactly("ISR->MAR cooperation/agreement 2020-01-01 year",
            "ISR->SDN cooperation/agreement 2020-01-01 year", "BHR->ISR cooperation/agreement 2020-01-01 year");
  }

  @Test
  void aPartyNotCoordinatedWithTheAntecedentIsLeftOut() {
    assertThat(code("2020-09-18", "Officials from Qatar attended the ceremony with Bahrain, which signed accords "
        + "with Israel on Tuesday.")).containsExactly("BHR->ISR cooperation/agreement 2020-09-15 day");
    assertThat(code("2020-09-18", "Washington praised Oman, which hosted Israel's prime minister in 2018."))
        .containsExactly("ISR->OMN cooperation/visit 2018-01-01 year");
  }

  // ---- "X cut ties with Qatar and Y downgraded its relations": a break naming no party is with the party of the
  //      break just reported

  @Test
  void aBreakNamingNoPartyTakesThePartyOfTheBreakBefore() {
    assertThat(code("2017-06-09", "Mauritania cut diplomatic ties with Qatar on Tuesday, and Jordan downgraded its "
        + "diplomatic relations.")).containsExactly("MRT->QAT withdrawal/relations 2017-06-06 day",
            "JOR->QAT withdrawal/relations 2017-06-06 day");
    assertThat(code("2017-06-09", "The Maldives severed ties with Qatar and Senegal recalled its ambassador."))
        .containsExactly("MDV->QAT withdrawal/relations 2017-06-09 reported",
            "SEN->QAT withdrawal/relations 2017-06-09 reported");
  }

  @Test
  void aBreakTakesNoPartyFromAnotherKindOfActOrWhenItNamesOne() {
    assertThat(code("2017-06-09", "Mauritania signed a deal with Qatar and Jordan downgraded its relations."))
        .containsExactly("MRT->QAT cooperation/agreement 2017-06-09 reported");
    assertThat(code("2017-06-09", "Mauritania cut diplomatic ties with Qatar and Jordan downgraded its relations "
        + "with Iran.")).containsExactly("MRT->QAT withdrawal/relations 2017-06-09 reported",
            "JOR->IRN withdrawal/relations 2017-06-09 reported");
    assertThat(code("2017-06-09", "Jordan downgraded its relations.")).isEmpty();
  }

  // ---- "followed suit", "did the same", "followed within hours": the act just reported, by another party to the
  //      same target (in the same sentence or the one before); undated, in the month of the act it follows (the
  //      same day "within hours")

  @Test
  void followingSuitRepeatsTheActOfThePreviousSentence() {
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. Latvia followed suit."))
        .containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day",
            "LVA->RUS expulsion/diplomat 2018-03-01 month");
    assertThat(code("2024-02-02", "Niger left ECOWAS on Sunday. Mali followed suit."))
        .containsExactly("NER->ECOWAS withdrawal/organization 2024-01-28 day",
            "MLI->ECOWAS withdrawal/organization 2024-01-01 month");
    assertThat(code("2011-09-23", "Chile recognised Palestine on Monday. Argentina did likewise."))
        .containsExactly("CHL->PSE cooperation/diplomatic 2011-09-19 day",
            "ARG->PSE cooperation/diplomatic 2011-09-01 month");
  }

  @Test
  void aFollowerTakesTheDateOfItsOwnSentence() {
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday, and Latvia followed suit."))
        .containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day", "LVA->RUS expulsion/diplomat 2018-03-26 day");
    assertThat(code("2017-06-09", "Saudi Arabia cut ties with Qatar on Monday, and Bahrain followed within hours."))
        .containsExactly("SAU->QAT withdrawal/relations 2017-06-05 day",
            "BHR->QAT withdrawal/relations 2017-06-05 day");
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. The next day, Lithuania did the "
        + "same.")).containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day",
            "LTU->RUS expulsion/diplomat 2018-03-27 day");
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. Latvia did the same on Tuesday."))
        .containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day", "LVA->RUS expulsion/diplomat 2018-03-27 day");
  }

  @Test
  void severalFollowersEachRepeatTheAct() {
    assertThat(code("2017-06-09", "Saudi Arabia cut ties with Qatar on Monday. Bahrain and the Maldives followed "
        + "within hours.")).containsExactly("SAU->QAT withdrawal/relations 2017-06-05 day",
            "BHR->QAT withdrawal/relations 2017-06-05 day", "MDV->QAT withdrawal/relations 2017-06-05 day");
    assertThat(code("2017-06-09", "Bahrain cut ties with Qatar on Monday. Egypt and Yemen followed suit on "
        + "Tuesday.")).containsExactly("BHR->QAT withdrawal/relations 2017-06-05 day",
            "EGY->QAT withdrawal/relations 2017-06-06 day", "YEM->QAT withdrawal/relations 2017-06-06 day");
  }

  @Test
  void followingAnObjectIsNoRepeat() {
    assertThat(code("2017-06-09", "Saudi Arabia cut ties with Qatar on Monday. Bahrain followed the talks closely."))
        .containsExactly("SAU->QAT withdrawal/relations 2017-06-05 day");
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. Latvia followed developments "
        + "closely.")).containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day");
    assertThat(code("2018-03-30", "Estonia hosted the Finnish president on Monday. Weather followed suit."))
        .containsExactly("FIN->EST cooperation/visit 2018-03-26 day");
  }

  @Test
  void aFollowerThatDoesNotFollowDoesNotAct() {
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. Latvia did not follow suit."))
        .containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day");
    assertThat(code("2018-03-30", "Estonia expelled a Russian diplomat on Monday. Latvia is expected to follow "
        + "suit.")).containsExactly("EST->RUS expulsion/diplomat 2018-03-26 day");
  }

  @Test
  void theTargetDoingTheSameRetaliates() {
    assertThat(code("2021-06-11", "Estonia expelled a Russian diplomat on Monday. Russia did the same on Tuesday."))
        .containsExactly("EST->RUS expulsion/diplomat 2021-06-07 day", "RUS->EST expulsion/diplomat 2021-06-08 day");
  }

  // ---- "Yemen's internationally recognised government": a state's ruler described by lower-case words is the state

  private static final String ABOUT_IRAN = "Iran reopened its embassy in Riyadh on Monday. Iran and Saudi Arabia "
      + "named ambassadors. ";

  @Test
  void aStatesDescribedRulerIsTheState() {
    // in an article about Iran, "government" alone would be Iran's
    String text = ABOUT_IRAN + "Yemen's internationally recognised government expelled the Iranian ambassador on "
        + "Thursday.";
    assertThat(actors(last("2020-02-14", text))).containsExactly("NAMED:YEM", "RULER:YEM", "NAMED:IRN");
    assertThat(code("2020-02-14", text)).containsExactly("IRN->SAU cooperation/diplomatic 2020-02-10 day",
        "YEM->IRN expulsion/diplomat 2020-02-13 day");
    assertThat(actors(last("2020-02-14", ABOUT_IRAN + "Somalia's federal government expelled the Iranian "
        + "ambassador on Thursday."))).containsExactly("NAMED:SOM", "RULER:SOM", "NAMED:IRN");
  }

  @Test
  void aRulerWithNoStateBeforeItIsTheArticlesState() {
    assertThat(actors(last("2020-02-14", ABOUT_IRAN + "The government expelled the Iranian ambassador on "
        + "Thursday."))).containsExactly("RULER:IRN", "NAMED:IRN");
    assertThat(code("2020-02-14", ABOUT_IRAN + "The government expelled the Iranian ambassador on Thursday."))
        .containsExactly("IRN->SAU cooperation/diplomatic 2020-02-10 day");
  }

  @Test
  void anOrganisationInTheDescriptionIsNoParty() {
    assertThat(code("2020-02-14", "Libya's UN-backed government signed a maritime deal with Turkey on Thursday."))
        .containsExactly("LBY->TUR cooperation/agreement 2020-02-13 day");
  }

  // ---- an announced decision is dated by the date before the announcing verb ("In March, Qatar announced …")

  @Test
  void aFrontedDateDatesTheAnnouncement() {
    assertThat(code("2024-06-01", "In March, Qatar announced it would invest $5 billion in Egypt."))
        .containsExactly("EGY->QAT cooperation/economic 2024-03-01 month");
    assertThat(code("2021-06-11", "In April, Germany said it would pull its troops out of Afghanistan."))
        .containsExactly("DEU->AFG withdrawal/forces 2021-04-01 month");
  }

  @Test
  void aDateAfterTheDecisionDoesNotDateTheAnnouncement() {
    assertThat(code("2024-06-01", "In March, Qatar said it would invest $5 billion in Egypt by 2026."))
        .containsExactly("EGY->QAT cooperation/economic 2024-03-01 month");
    assertThat(code("2021-06-11", "Germany said on Monday that it would pull its troops out of Afghanistan in "
        + "September.")).containsExactly("DEU->AFG withdrawal/forces 2021-06-07 day");
    // a hedge is still no decision
    assertThat(code("2024-06-01", "In March, Qatar said it could invest $5 billion in Egypt.")).isEmpty();
  }

  // ---- a meeting set for next week is an itinerary; a decision to act later is an act on the day announced

  @Test
  void aMeetingSetForNextWeekIsAnItinerary() {
    assertThat(code("2024-06-01", "Kenya's president will meet Ethiopia's prime minister next week.")).isEmpty();
    assertThat(code("2024-06-01", "Kenya's president will travel to Addis Ababa next week.")).isEmpty();
    assertThat(code("2024-06-01", "Kenya's president is due to visit Ethiopia next week.")).isEmpty();
  }

  @Test
  void aDecisionForLaterIsAnActOnTheDayItIsAnnounced() {
    assertThat(code("2024-06-01", "Kenya said on Monday it would withdraw its troops from Somalia next year."))
        .containsExactly("KEN->SOM withdrawal/forces 2024-05-27 day");
    assertThat(code("2024-06-01", "Kenya announced on Monday that it would withdraw its troops from Somalia next "
        + "week.")).containsExactly("KEN->SOM withdrawal/forces 2024-05-27 day");
  }

  // ---- aliases added with the rules: Eritrea's president by his given name, "St Vincent"

  @Test
  void newAliasesNameTheirStates() {
    assertThat(code("2019-05-10", "Mr Isaias visited Cairo on Monday."))
        .containsExactly("ERI->EGY cooperation/visit 2019-05-06 day");
    assertThat(code("2019-05-10", "St Vincent recognised Taiwan on Monday."))
        .containsExactly("VCT->TWN cooperation/diplomatic 2019-05-06 day");
    // "St Lucia" stays Saint Lucia
    assertThat(code("2019-05-10", "St Lucia recognised Taiwan on Monday."))
        .containsExactly("LCA->TWN cooperation/diplomatic 2019-05-06 day");
  }

  // ---- passive withdrawals without an agent: the subject's party withdraws from the place named

  @Test
  void aPassiveWithdrawalIsTheSubjectsFromThePlace() {
    assertThat(code("2024-06-01", "Chad said its ambassador would be withdrawn from Khartoum."))
        .containsExactly("TCD->SDN withdrawal/relations 2024-06-01 reported");
    assertThat(code("2024-06-01", "Belgian troops were pulled out of Rwanda on Monday."))
        .containsExactly("BEL->RWA withdrawal/forces 2024-05-27 day");
    // an expulsion in the passive keeps its actor in the "from" place
    assertThat(code("2024-06-01", "Iranian diplomats were expelled from Bahrain on Monday."))
        .containsExactly("BHR->IRN expulsion/diplomat 2024-05-27 day");
  }

  // ---- parties listed after "with", with no one named before them, are no partners of each other

  @Test
  void partiesAfterWithAreNotEachOthersPartners() {
    assertThat(code("2024-06-01", "Ministers agreed to open talks with Serbia and Montenegro on Monday.")).isEmpty();
    // with no place named, the talks are hosted by the state the article is about
    assertThat(code("2024-06-01", "Croatia opened talks with Serbia and Montenegro on Monday."))
        .containsExactly("SRB->HRV cooperation/visit 2024-05-27 day", "MNE->HRV cooperation/visit 2024-05-27 day");
  }

  // ---- "forces" after a modifier is the noun, not the verb of "force out"

  @Test
  void forcesAfterAModifierAreTroops() {
    assertThat(code("2024-06-01", "Regional peacekeeping forces pulled out of Gambia on Monday.")).isEmpty();
    assertThat(code("2024-06-01", "Senegalese peacekeeping forces pulled out of Gambia on Monday."))
        .containsExactly("SEN->GMB withdrawal/forces 2024-05-27 day");
    assertThat(code("2024-06-01", "Burkina Faso's junta forced French forces out in February."))
        .containsExactly("BFA->FRA expulsion/forces 2024-02-01 month");
  }

  // ---- a force spread "across" a country: a place, no partner

  @Test
  void troopsDeployedAcrossACountryHaveNoPartnerThere() {
    assertThat(code("2024-06-01", "Some 10,000 UN peacekeepers are deployed across the country.")).isEmpty();
  }

  // ---- "a delegation of … to X" is a visit; "a delegation led by …, an adviser to" is not one to that party

  @Test
  void aDelegationOfManyToAPlaceVisitsIt() {
    assertThat(code("2024-06-01", "Ghana's president led a delegation of West African ministers to Conakry on "
        + "Monday.")).containsExactly("GHA->GIN cooperation/visit 2024-05-27 day");
    assertThat(code("2024-06-01", "A Chilean delegation led by Ana Soto, an adviser to the president, arrived on "
        + "Monday.")).isEmpty();
  }

  // ---- dates counted from a day the sentence gave before them; the so-called of Xinhua

  @Test
  void theFollowingDayCountsFromTheSentencesOwnDay() {
    assertThat(code("2024-06-01", "On 3 May the Kenyan president flew to Kampala, and the following day Kenya "
        + "and Uganda signed a border accord.")).contains("KEN->UGA cooperation/visit 2024-05-03 day",
        "KEN->UGA cooperation/agreement 2024-05-04 day");
    assertThat(code("2024-06-01", "Estonia expelled the Russian ambassador on Monday. Latvia followed suit the "
        + "same night.")).containsExactly("EST->RUS expulsion/diplomat 2024-05-27 day",
        "LVA->RUS expulsion/diplomat 2024-05-27 day");
  }

  @Test
  void soCalledTakesNoRoomInATrigger() {
    assertThat(code("2023-03-26", "Honduras severed the so-called \"diplomatic relations\" with Taiwan on "
        + "Saturday.")).containsExactly("HND->TWN withdrawal/relations 2023-03-25 day");
  }

  // ---- "the withdrawal of X from ORG": the parties inside a gapped pattern, a bracketed aside taking no room

  @Test
  void theWithdrawalOfStatesFromAnOrganisation() {
    assertThat(code("2024-06-01", "The withdrawal of Burkina Faso from the G5 Sahel came in 2023."))
        .containsExactly("BFA->G5SAHEL withdrawal/organization 2023-01-01 year");
    assertThat(code("2024-06-01", "Talks began after the withdrawal of the AES states (Burkina Faso, Mali, Niger) "
        + "from ECOWAS.")).containsExactly("BFA->ECOWAS withdrawal/organization 2024-06-01 reported",
        "MLI->ECOWAS withdrawal/organization 2024-06-01 reported",
        "NER->ECOWAS withdrawal/organization 2024-06-01 reported");
    // a state left is no organisation: that withdrawal is of forces, or nothing
    assertThat(code("2024-06-01", "The withdrawal of Chad from Sudan's peace talks came in 2023.")).isEmpty();
  }

  // ---- "was greeted by" the host: a visit

  @Test
  void greetedByTheHostIsAVisit() {
    assertThat(code("2024-06-01", "Modi arrived on Sunday and was greeted at the airport by Indonesian President "
        + "Joko Widodo.")).containsExactly("IND->IDN cooperation/visit 2024-05-26 day");
    // greeting a decision is no visit
    assertThat(code("2024-06-01", "Kenya greeted the ceasefire with relief.")).isEmpty();
  }

  // ---- a withdrawal demanded of a party is the demanding party's expulsion of it

  @Test
  void aDemandedWithdrawalIsAnExpulsion() {
    assertThat(code("2024-06-01", "Niger asked Washington to pull its soldiers out on Monday."))
        .containsExactly("NER->USA expulsion/forces 2024-05-27 day");
    assertThat(code("2024-06-01", "The Maldives asked India to withdraw its military personnel."))
        .containsExactly("MDV->IND expulsion/forces 2024-06-01 reported");
    assertThat(code("2024-06-01", "Mali demanded that Denmark withdraw its special forces on Monday."))
        .containsExactly("MLI->DNK expulsion/forces 2024-05-27 day");
    assertThat(code("2024-06-01", "Rwanda told Belgium to withdraw its ambassador on Monday."))
        .containsExactly("RWA->BEL expulsion/diplomat 2024-05-27 day");
    // a withdrawal announced, not demanded, stays the withdrawing party's
    assertThat(code("2024-06-01", "Chad said on Monday it would withdraw its troops from Sudan."))
        .containsExactly("TCD->SDN withdrawal/forces 2024-05-27 day");
  }
}
