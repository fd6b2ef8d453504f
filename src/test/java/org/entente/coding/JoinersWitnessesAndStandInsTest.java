package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Leaders who join a host or are joined by guests; witnesses of a signing; a state represented at an occasion; a
 * place that opens a sentence; a progressive verb that is also a noun; the subject a fronted participle borrows; a
 * pronoun that stood for one state; military specialists and exercises; relative clauses with a subject of their
 * own ("the deal that the Ethiopian capital signed"), or whose pronoun is the subject ("which gave French troops a
 * month to leave"); "the junta" of the state the sentence before was about; a "where" clause an apposition broke
 * off; an adverbial clause closed before "and"; what one takes part in that is no meeting; staff pulled out of an
 * embassy; a follower dated after "in"; "the country" a visitor was taken to; a conjunct whose subject has a title;
 * an organisation's seat; joining a statement; support discussed; an accession of someone the dictionary does not
 * know; guests known by their office after "and"; "he" after ", when"; "its junta" inside a sentence; an offset
 * counted from no date that would fall after publication; a summit "in the Russian city of Kazan"; an agreement
 * denounced as something; meeting the terms of a deal; recognition switched to one China without "from"; joint
 * drills with words between; memorandums exchanged; "close to agreeing"; a royal later named by title and given
 * name. Every sentence is written for this test.
 */
class JoinersWitnessesAndStandInsTest {

  @Test
  void aPlaceThatOpensTheSentenceIsNoHeadlineList() {
    assertThat(mentions("2024-03-10", "In Bamako, the junta is at odds with Algeria. On Friday it gave the Algerian "
        + "ambassador 72 hours to leave the country."))
        .containsExactly("MLI->DZA expulsion/diplomat 2024-03-08 day");
    // a headline still lists without "and"
    assertThat(mentions("2024-03-10", "Ethiopia, Somalia sign deal to end port row"))
        .containsExactly("ETH->SOM cooperation/agreement 2024-03-10 reported");
  }

  @Test
  void whoJoinsALeaderForTalksOrJoinsTheHostVisitsHisState() {
    assertThat(mentions("2024-03-10", "Tshisekedi and Ruto joined the Angolan leader for talks in Luanda on Monday."))
        .containsExactlyInAnyOrder("COD->AGO cooperation/visit 2024-03-04 day", "KEN->AGO cooperation/visit "
            + "2024-03-04 day");
    assertThat(mentions("2024-03-10", "Ramaphosa and Hichilema joined host Emmerson Mnangagwa in Harare on "
        + "Saturday.")).containsExactlyInAnyOrder("ZAF->ZWE cooperation/visit 2024-03-09 day",
            "ZMB->ZWE cooperation/visit 2024-03-09 day");
  }

  @Test
  void whoIsJoinedSomewhereByAGuestReceivesHimThere() {
    assertThat(mentions("2024-03-10", "Museveni was joined at State House in Entebbe by Kenyan President William "
        + "Ruto on Tuesday.")).containsExactly("KEN->UGA cooperation/visit 2024-03-05 day");
    // joining a bloc is still an accession, and joining others in a deed is none
    assertThat(mentions("2024-03-10", "Morocco joined the African Union in 2017."))
        .containsExactly("MAR->AU alliance/accession 2017-01-01 year");
  }

  @Test
  void aProgressiveVerbIsReadAsTheVerbNotAsItsNoun() {
    assertThat(mentions("2024-03-10", "Soldiers from Ghana, Togo and Benin have been training alongside Ivorian "
        + "troops since January.")).containsExactlyInAnyOrder("CIV->GHA cooperation/military 2024-01-01 month",
            "CIV->TGO cooperation/military 2024-01-01 month", "BEN->CIV cooperation/military 2024-01-01 month");
  }

  @Test
  void aFrontedParticipleBorrowsTheMainSubjectNotTheOneItReports() {
    assertThat(mentions("2024-03-10", "Speaking in Nairobi, Ethiopian Foreign Minister Taye Atske Selassie called "
        + "the deal illegal and said Mogadishu should not expect concessions."))
        .containsExactly("ETH->KEN cooperation/visit 2024-03-10 reported");
  }

  @Test
  void aPronounThatStoodForOneStateIsTheSubjectTheNextPronounMeans() {
    assertThat(mentions("2024-03-10", "Morocco has been a candidate since 2005. It spent years blocked by Algeria. "
        + "It joined the African Union in 2017.")).containsExactly("MAR->AU alliance/accession 2017-01-01 year");
  }

  @Test
  void militarySpecialistsAreTroopsAndAnExerciseIsMilitary() {
    assertThat(mentions("2024-03-10", "A group of Russian military specialists arrived in Bangui on Wednesday."))
        .containsExactly("CAF->RUS cooperation/military 2024-03-06 day");
    assertThat(mentions("2024-03-10", "Troops from Senegal and Gambia took part in the exercise alongside "
        + "Guinea-Bissau's forces.")).containsExactlyInAnyOrder("GNB->SEN cooperation/military 2024-03-10 reported",
            "GMB->GNB cooperation/military 2024-03-10 reported");
    // live-fire drills of one navy are no cooperation with the states near them
    assertThat(mentions("2024-03-10", "Chinese warships held live-fire drills in the Tasman Sea between Australia "
        + "and New Zealand.")).isEmpty();
  }

  @Test
  void aRelativeClauseWithASubjectOfItsOwnStatesItsActAndNoDenialBeforeItReachesIt() {
    assertThat(mentions("2024-05-24", "Cairo rejects the agreement that the Ethiopian capital signed with Djibouti "
        + "in 2019.")).containsExactly("DJI->ETH cooperation/agreement 2019-01-01 year");
    assertThat(mentions("2024-05-24", "Cairo rejects the deal that the Ethiopian government signed with Djibouti in "
        + "2019.")).containsExactly("DJI->ETH cooperation/agreement 2019-01-01 year");
    assertThat(mentions("2024-05-24", "Egypt denied that it had signed a deal with Ethiopia.")).isEmpty();
  }

  @Test
  void witnessesOfASigningVisitItsPlaceAndSignNothing() {
    assertThat(mentions("2024-03-10", "The accord was signed in Doha at a ceremony witnessed by Qatari Emir Sheikh "
        + "Tamim and Togolese President Faure Gnassingbe.")).containsExactly("TGO->QAT cooperation/visit 2024-03-10 "
            + "reported");
    assertThat(mentions("2024-03-10", "Kenya has witnessed a surge in attacks.")).isEmpty();
  }

  @Test
  void aStateRepresentedAtAnOccasionVisitsItsPlaceOrTheStorysScene() {
    assertThat(mentions("2024-05-24", "Faye was sworn in at a ceremony in Dakar on Tuesday. Guinea's President "
        + "Mamadi Doumbouya was represented by his prime minister."))
        .containsExactly("GIN->SEN cooperation/visit 2024-05-24 reported");
    assertThat(mentions("2024-05-24", "Foreign Minister Ahmed Attaf represented Algeria at the summit in Addis "
        + "Ababa.")).containsExactly("DZA->ETH cooperation/visit 2024-05-24 reported");
    assertThat(mentions("2024-05-24", "Mali's interests are represented by Algeria.")).isEmpty();
  }

  @Test
  void aLeaderWhoFlewInWithHisOwnMinistersArrivedAtTheScene() {
    assertThat(mentions("2024-05-24", "Faye was sworn in at a ceremony in Dakar on Tuesday. Ghanaian President Nana "
        + "Akufo-Addo, who flew in with his foreign minister, attended."))
        .containsExactly("GHA->SEN cooperation/visit 2024-05-24 reported");
  }

  @Test
  void aRelativePronounBeforeItsVerbIsTheSubjectOfAnUltimatum() {
    assertThat(mentions("2024-05-24", "Mali, which gave the Danish troops 48 hours to leave, turned to Russia."))
        .containsExactly("MLI->DNK expulsion/forces 2024-05-24 reported");
  }

  @Test
  void juntaOpeningASentenceIsOfTheStateTheSentenceBeforeWasAbout() {
    assertThat(mentions("2023-12-01", "Mali's junta expelled French troops in 2022 and Burkina Faso's military "
        + "rulers followed in 2023. Since the July coup, Niger has followed the path of its neighbours. The junta "
        + "denounced its military agreements with Paris in August."))
        .containsExactlyInAnyOrder("MLI->FRA expulsion/forces 2022-01-01 year",
            "BFA->FRA expulsion/forces 2023-01-01 year", "NER->FRA withdrawal/agreement 2023-08-01 month");
  }

  @Test
  void aWhereClauseThatAnAppositionBrokeOffKeepsItsSubjectAndItsPlacesDate() {
    assertThat(mentions("2024-05-24", "The visit began on Monday in Niamey, where Niger's prime minister, Ali Lamine "
        + "Zeine, received the Iranian minister.")).containsExactly("IRN->NER cooperation/visit 2024-05-20 day");
  }

  @Test
  void anAdverbialClauseClosedBeforeAndLendsNoSubject() {
    assertThat(mentions("2024-05-24", "Bamako cut ties with Kyiv in August, after Ukraine admitted backing rebels, "
        + "and expelled the Ukrainian charge d'affaires.")).containsExactlyInAnyOrder(
            "MLI->UKR withdrawal/relations 2023-08-01 month", "MLI->UKR expulsion/diplomat 2023-08-01 month");
  }

  @Test
  void protestsAndFightingOneTakesPartInAreNoVisits() {
    assertThat(mentions("2021-02-06", "Two Dutch diplomats had taken part in protests in Moscow.")).isEmpty();
    assertThat(mentions("2021-02-06", "Egyptian troops took part in strikes on Libya.")).isEmpty();
  }

  @Test
  void staffPulledOutOfTheirOwnEmbassyLeaveTheStateItIsIn() {
    assertThat(mentions("2024-05-24", "The UK Foreign Office pulled its remaining staff out of the British embassy in "
        + "Khartoum on Sunday.")).containsExactly("GBR->SDN withdrawal/relations 2024-05-19 day");
  }

  @Test
  void aFollowerIsDatedByTheDateAfterIn() {
    assertThat(mentions("2023-12-01", "Mali expelled French troops in 2022. Burkina Faso followed in February."))
        .containsExactlyInAnyOrder("MLI->FRA expulsion/forces 2022-01-01 year",
            "BFA->FRA expulsion/forces 2023-02-01 month");
    assertThat(mentions("2023-12-01", "Mali expelled French troops in 2022, and Burkina Faso followed a year later."))
        .containsExactlyInAnyOrder("MLI->FRA expulsion/forces 2022-01-01 year",
            "BFA->FRA expulsion/forces 2023-01-01 year");
  }
  @Test
  void theCountryIsTheOneTheSentenceTookSomeoneToAndATitledSubjectOpensAConjunct() {
    assertThat(mentions("2021-11-21", "Ruto flew to Addis Ababa on Nov. 14 for talks with Abiy, and U.S. special "
        + "envoy Jeffrey Feltman visited the country the same month."))
        .containsExactly("USA->ETH cooperation/visit 2021-11-14 day");
  }

  @Test
  void anOrganisationsSeatIsNoForce() {
    assertThat(mentions("2021-11-21", "Tanzania hosts the headquarters of the East African Community.")).isEmpty();
    assertThat(mentions("2021-11-21", "Chad hosts the headquarters of Operation Barkhane."))
        .containsExactly("FRA->TCD cooperation/military 2021-11-21 reported");
  }

  @Test
  void joiningAStatementOrCallsIsNoAccessionAndSupportDiscussedIsATopic() {
    assertThat(mentions("2021-11-21", "Ireland joined a Nov. 5 council statement that called for a cessation of "
        + "hostilities.")).isEmpty();
    assertThat(mentions("2021-11-21", "Norway joined calls for a ceasefire.")).isEmpty();
    assertThat(mentions("2021-11-21", "The two leaders discussed further military support for Ukraine.")).isEmpty();
  }

  @Test
  void anAccessionIsOfThePartiesItsOfNames() {
    assertThat(mentions("2021-11-21", "Kenyatta said the accession of Africa's second-largest country would help "
        + "the community.")).isEmpty();
    assertThat(mentions("2021-11-21", "Kenyatta welcomed the accession of Somalia to the EAC."))
        .containsExactly("SOM->EAC alliance/accession 2021-11-21 reported");
    assertThat(mentions("2022-04-08", "the accession of Sweden and Finland to NATO")).containsExactlyInAnyOrder(
        "SWE->NATO alliance/accession 2022-04-08 reported", "FIN->NATO alliance/accession 2022-04-08 reported");
  }

  @Test
  void guestsKnownByTheirOfficeAfterAndAreReceivedToo() {
    assertThat(mentions("2019-07-10", "Dbeibah received the EU commissioner and the Italian, Greek and Maltese "
        + "ministers in Tripoli on Tuesday.")).containsExactlyInAnyOrder("EU->LBY cooperation/visit 2019-07-09 day",
            "ITA->LBY cooperation/visit 2019-07-09 day", "GRC->LBY cooperation/visit 2019-07-09 day",
            "MLT->LBY cooperation/visit 2019-07-09 day");
    assertThat(mentions("2019-07-10", "Dbeibah received the EU commissioner and the foreign ministers of Italy and "
        + "Greece in Tripoli on Tuesday.")).containsExactlyInAnyOrder("EU->LBY cooperation/visit 2019-07-09 day",
            "ITA->LBY cooperation/visit 2019-07-09 day", "GRC->LBY cooperation/visit 2019-07-09 day");
    assertThat(mentions("2019-07-10", "Kenyatta received the Ugandan president and discussed the future of "
        + "Somalia.")).containsExactly("UGA->KEN cooperation/visit 2019-07-10 reported");
  }
  @Test
  void heAfterWhenIsThePersonTheClauseBeforeNamed() {
    assertThat(mentions("2023-02-10", "Kyiv's push follows a tour by Russia's Foreign Minister Sergei Lavrov in "
        + "July, when he visited Egypt and Uganda.")).contains("RUS->EGY cooperation/visit 2022-07-01 month",
            "RUS->UGA cooperation/visit 2022-07-01 month");
  }

  @Test
  void itsJuntaInsideASentenceIsOfTheStateItOpenedWithAndAnOffsetFromNoDateStaysBeforePublication() {
    assertThat(mentions("2024-02-10", "Burkina Faso hosted the 2019 edition of the U.S.-led drills at a base outside "
        + "Ouagadougou, four years before its junta ordered French special forces to leave the country."))
        .containsExactly("BFA->FRA expulsion/forces 2024-02-10 reported");
    assertThat(mentions("2024-02-10", "The move comes two months after Mali expelled the French ambassador."))
        .containsExactly("MLI->FRA expulsion/diplomat 2023-12-01 month");
  }
  @Test
  void aCityNamedAsAStatesIsInThatState() {
    assertThat(mentions("2024-11-12", "Foreign Minister Sugiono, who attended a BRICS summit in the Russian city of "
        + "Kazan last month, said Indonesia wants to join.")).containsExactly("IDN->RUS cooperation/visit 2024-10-01 "
            + "month");
  }

  @Test
  void anAgreementDenouncedAsSomethingIsCondemnedNotEnded() {
    assertThat(mentions("2024-11-12", "Palestinian officials denounced the agreement as a reward for the "
        + "occupation.")).isEmpty();
    assertThat(mentions("2024-11-12", "Mali's junta denounced the defence agreements with France."))
        .containsExactly("MLI->FRA withdrawal/agreement 2024-11-12 reported");
  }

  @Test
  void meetingTheTermsOfADealIsNoMeeting() {
    assertThat(mentions("2024-11-12", "Ecuador seeks to meet the terms of a financing deal with the International "
        + "Monetary Fund.")).isEmpty();
  }
  @Test
  void recognitionSwitchedToOneChinaEndsRelationsWithTheOther() {
    assertThat(mentions("2023-08-10", "Nauru switched recognition to Beijing in January."))
        .containsExactlyInAnyOrder("NRU->CHN cooperation/diplomatic 2023-01-01 month",
            "NRU->TWN withdrawal/relations 2023-01-01 month");
    assertThat(mentions("2023-08-10", "Kiribati switched diplomatic recognition from Taipei to Beijing in 2019."))
        .containsExactlyInAnyOrder("KIR->TWN withdrawal/relations 2019-01-01 year",
            "KIR->CHN cooperation/diplomatic 2019-01-01 year");
  }
  @Test
  void jointDrillsWithWordsBetweenAreMilitaryCooperation() {
    assertThat(mentions("2023-08-10", "Egyptian and Sudanese forces held joint air and ground drills in November."))
        .containsExactly("EGY->SDN cooperation/military 2022-11-01 month");
    assertThat(mentions("2023-08-10", "China and Russia staged joint air and sea exercises near Japan."))
        .containsExactly("CHN->RUS cooperation/military 2023-08-10 reported");
  }
  @Test
  void memorandumsExchangedAreAgreementsAndViewsExchangedAreNot() {
    assertThat(mentions("2024-06-10", "Malaysia and Turkey exchanged 11 memorandums of understanding."))
        .containsExactly("MYS->TUR cooperation/agreement 2024-06-10 reported");
    assertThat(mentions("2024-06-10", "China and Nauru also exchanged views on cooperation within the framework of "
        + "the United Nations.")).isEmpty();
  }
  @Test
  void closeToAnActIsNotYetIt() {
    assertThat(mentions("2023-08-20", "Egypt and Ethiopia are close to signing a deal on the dam.")).isEmpty();
    assertThat(mentions("2023-08-20", "Kenya is on the verge of signing a deal with Uganda.")).isEmpty();
    assertThat(mentions("2023-08-20", "Kenya signed a deal with Uganda, closing a long dispute."))
        .containsExactly("KEN->UGA cooperation/agreement 2023-08-20 reported");
  }
  @Test
  void aRoyalNamedInFullIsLaterNamedByTitleAndGivenName() {
    assertThat(mentions("2023-08-20", "King Mohammed VI visited Dakar. King Mohammed later flew to Abidjan."))
        .containsExactlyInAnyOrder("MAR->SEN cooperation/visit 2023-08-20 reported",
            "MAR->CIV cooperation/visit 2023-08-20 reported");
    assertThat(mentions("2023-08-20", "Saudi Crown Prince Mohammed bin Salman met Biden in Jeddah. Crown Prince "
        + "Mohammed later visited Paris.")).contains("SAU->FRA cooperation/visit 2023-08-20 reported");
    // the given name alone is anyone's
    assertThat(mentions("2023-08-20", "Saudi Crown Prince Mohammed bin Salman met Biden. Mohammed Ali, a local "
        + "trader, flew to Cairo.")).noneMatch(m -> m.contains("->EGY"));
  }
}
