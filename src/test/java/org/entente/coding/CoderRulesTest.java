package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.article.InputArticle;
import org.entente.dictionary.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per coding rule, on sentences written in the style of news (not taken from the seeds). Each row is
 * "SOURCE->TARGET category/subtype date precision".
 */
class CoderRulesTest {
  private static CoderResources resources;

  @BeforeAll
  static void load() {
    resources = CoderResources.load(Dictionaries.bundled());
  }

  /** Codes {@code text} as an article published on {@code published}. */
  private static List<String> code(String published, String text) {
    InputArticle article = new InputArticle("t", "t.txt", text, LocalDate.parse(published), "", "", "", List.of());
    return new Coder(resources).code(article).mentions().stream()
        .map(m -> m.source() + "->" + m.target() + " " + m.type().label() + " "
            + (m.date().date() == null ? "" : m.date().date()) + " " + m.date().precision().code())
        .toList();
  }

  // ---- who acted on whom

  @Test
  void activeSubjectActsOnObject() {
    assertThat(code("2024-08-07", "Burkina Faso has expelled three French diplomats, the foreign ministry said."))
        .containsExactly("BFA->FRA expulsion/diplomat 2024-08-07 reported");
  }

  @Test
  void passiveWithByAgentReversesRoles() {
    assertThat(code("2024-05-02", "The Iranian delegation was received on Tuesday in Niamey by General Tiani."))
        .containsExactly("IRN->NER cooperation/visit 2024-04-30 day");
  }

  @Test
  void hostFrameMakesTheObjectTheVisitor() {
    assertThat(code("2024-03-20", "Tiani received Russian Deputy Defence Minister Yunus-Bek Yevkurov in Niamey on Tuesday."))
        .containsExactly("RUS->NER cooperation/visit 2024-03-19 day");
  }

  @Test
  void coordinatedSubjectsEachAct() {
    assertThat(code("2024-01-29", "Mali and Burkina Faso quit ECOWAS on Sunday."))
        .containsExactly("MLI->ECOWAS withdrawal/organization 2024-01-28 day",
            "BFA->ECOWAS withdrawal/organization 2024-01-28 day");
  }

  @Test
  void joinedInDoingSharesTheAct() {
    assertThat(code("2023-12-03", "Chad and Mauritania on Friday joined Niger in leaving the G5 Sahel force."))
        .contains("TCD->G5SAHEL withdrawal/organization 2023-12-01 day",
            "MRT->G5SAHEL withdrawal/organization 2023-12-01 day");
  }

  @Test
  void betweenPhraseGivesTheUndirectedPair() {
    assertThat(code("2024-06-12", "The signing of a memorandum between Togo and Burkina Faso took place on Monday."))
        .containsExactly("BFA->TGO cooperation/agreement 2024-06-10 day");
  }

  @Test
  void talksInACapitalMakeTheOtherPartyTheVisitor() {
    assertThat(code("2024-02-08", "Talks in Ankara between Nigerien ministers and Turkish officials covered drones."))
        .containsExactly("NER->TUR cooperation/visit 2024-02-08 reported");
  }

  @Test
  void pactAmongThreeStatesIsCodedPairwise() {
    assertThat(code("2024-07-07", "Mali, Burkina Faso and Niger signed a confederation treaty on Saturday."))
        .containsExactlyInAnyOrder("BFA->MLI alliance/formation 2024-07-06 day",
            "MLI->NER alliance/formation 2024-07-06 day", "BFA->NER alliance/formation 2024-07-06 day");
  }

  @Test
  void accessionNeedsAnOrganisationToJoin() {
    assertThat(code("2024-07-07", "Chad joined Mali in condemning the attack.")).isEmpty();
    assertThat(code("2025-02-01", "Chad joined the Alliance of Sahel States on Friday."))
        .containsExactly("TCD->AES alliance/accession 2025-01-31 day");
  }

  @Test
  void pronounSubjectTakesThePreviousSentencesActor() {
    assertThat(code("2023-10-02", "Niger's junta ended the military accords with France. They also expelled "
        + "the French ambassador on Friday."))
        .containsExactly("NER->FRA withdrawal/agreement 2023-10-02 reported",
            "NER->FRA expulsion/diplomat 2023-09-29 day");
  }

  @Test
  void juntaMeansTheStateTheArticleTiesToTheCoup() {
    assertThat(code("2023-09-01", "Since the coup in Niger, relations have soured. The junta then ordered "
        + "French troops out."))
        .containsExactly("NER->FRA expulsion/forces 2023-09-01 reported");
  }

  @Test
  void rulersOfNamedStatesAreThoseStates() {
    assertThat(code("2023-09-17", "The military regimes of Mali and Niger formed a defence pact on Saturday."))
        .containsExactly("MLI->NER alliance/formation 2023-09-16 day");
  }

  @Test
  void speakerIsTheActorOfWhatItSaysItWillDo() {
    assertThat(code("2024-03-20", "The United States said on Friday it would withdraw its troops from Niger."))
        .containsExactly("USA->NER withdrawal/forces 2024-03-15 day");
  }

  @Test
  void troopsWithdrawnWithoutAPlaceLeaveTheArticlesCountry() {
    assertThat(code("2023-12-23", "Niger's junta welcomed the move. France withdrew its last soldiers on Friday."))
        .containsExactly("FRA->NER withdrawal/forces 2023-12-22 day");
  }

  @Test
  void nominalWithdrawalOfTroopsFromAPlace() {
    assertThat(code("2024-09-01", "Officials hailed the withdrawal of American troops from Niger."))
        .containsExactly("USA->NER withdrawal/forces 2024-09-01 reported");
  }

  @Test
  void ultimatumToLeaveIsAnExpulsion() {
    assertThat(code("2023-08-26", "The junta said the French envoy had 48 hours to leave the country. "
        + "Niger's rulers were angry."))
        .containsExactly("NER->FRA expulsion/diplomat 2023-08-26 reported");
  }

  @Test
  void attributionIsNotAnActor() {
    assertThat(code("2024-04-13", "Russian instructors arrived in Niamey, Nigerien state television said."))
        .containsExactly("NER->RUS cooperation/military 2024-04-13 reported");
  }

  @Test
  void appositionIsNotAnActor() {
    assertThat(code("2024-04-13", "Russian officials visited Mali, a close ally of Moscow, on Wednesday."))
        .containsExactly("RUS->MLI cooperation/visit 2024-04-10 day");
  }

  @Test
  void formerColoniesAreNotTheColonialPower() {
    assertThat(code("2024-04-13", "Mali and Burkina Faso are run by the military. The former French colonies' "
        + "juntas have kicked out French forces."))
        .containsExactly("MLI->FRA expulsion/forces 2024-04-13 reported", "BFA->FRA expulsion/forces 2024-04-13 reported");
  }

  @Test
  void nigerianMeansNigerInATextAboutNiamey() {
    assertThat(code("2023-12-05", "In Niamey, the Nigerian defence minister signed a deal with his Turkish counterpart."))
        .containsExactly("NER->TUR cooperation/agreement 2023-12-05 reported");
    assertThat(code("2023-12-05", "Nigeria's Tinubu met Ghana's president. The Nigerian leader signed a deal with Ghana."))
        .contains("GHA->NGA cooperation/agreement 2023-12-05 reported");
  }

  @Test
  void officialsSpeakForTheirStateOnlyWhileInOffice() {
    assertThat(code("2022-03-01", "Bazoum received the French defence minister in Niamey on Monday."))
        .containsExactly("FRA->NER cooperation/visit 2022-02-28 day");
    assertThat(code("2024-03-01", "Bazoum received a French envoy in his residence on Monday.")).isEmpty();
  }

  @Test
  void sentencesWithoutCuesAreSkippedSafely() {
    assertThat(code("2024-03-01", "The weather was hot. Mali expelled the French ambassador. Prices rose."))
        .containsExactly("MLI->FRA expulsion/diplomat 2024-03-01 reported");
  }

  @Test
  void aCommaBeforeANewSubjectIsNoList() {
    assertThat(code("2024-11-29", "Chad ends defence cooperation with France, Senegal says."))
        .containsExactly("TCD->FRA withdrawal/agreement 2024-11-29 reported");
  }

  @Test
  void aReportedClauseHasItsOwnSubject() {
    assertThat(code("2024-03-17", "US officials raised concerns about reports that Niamey signed a uranium deal with Iran."))
        .containsExactly("IRN->NER cooperation/agreement 2024-03-17 reported");
  }

  @Test
  void passiveWithoutAgentNeedsAFromParty() {
    assertThat(code("2024-08-06", "The base was handed over to the Nigerien army.")).isEmpty();
    assertThat(code("2023-08-26", "The French ambassador was expelled from Niger on Saturday."))
        .containsExactly("NER->FRA expulsion/diplomat 2023-08-26 day");
  }

  @Test
  void numberedGroupsReferToStatesNamedTogether() {
    assertThat(code("2024-01-29", "Mali, Burkina Faso and Niger met in Bamako. The three countries left ECOWAS on Sunday."))
        .contains("MLI->ECOWAS withdrawal/organization 2024-01-28 day", "BFA->ECOWAS withdrawal/organization 2024-01-28 day",
            "NER->ECOWAS withdrawal/organization 2024-01-28 day");
  }

  @Test
  void theBlocIsTheOrganisationLastNamed() {
    assertThat(code("2024-01-29", "ECOWAS condemned the coups. Mali said it was leaving the regional bloc."))
        .containsExactly("MLI->ECOWAS withdrawal/organization 2024-01-29 reported");
  }

  @Test
  void coordinatedActsWithTheSamePairAreBothCoded() {
    assertThat(code("2024-01-29", "Mali's foreign minister met his Moroccan counterpart in Rabat and signed an accord."))
        .containsExactly("MLI->MAR cooperation/visit 2024-01-29 reported", "MAR->MLI cooperation/agreement 2024-01-29 reported");
  }

  @Test
  void joiningStatesInAPactFormsAnAlliance() {
    assertThat(code("2023-10-01", "Niger joined Mali and Burkina Faso in a mutual defence pact in September."))
        .containsExactlyInAnyOrder("MLI->NER alliance/formation 2023-09-01 month",
            "BFA->NER alliance/formation 2023-09-01 month", "BFA->MLI alliance/formation 2023-09-01 month");
  }

  @Test
  void itsTroopsBelongToThePartyNamedBefore() {
    assertThat(code("2023-08-01", "Niger is run by a junta. The junta accused France of meddling and ordered its "
        + "troops to leave."))
        .containsExactly("NER->FRA expulsion/forces 2023-08-01 reported");
  }

  @Test
  void firstPersonInAQuoteIsTheSpeaker() {
    assertThat(code("2024-05-17", "\"We will end the presence of French forces,\" Senegal's prime minister told reporters."))
        .containsExactly("SEN->FRA expulsion/forces 2024-05-17 reported");
  }

  @Test
  void aDecisionAnnouncedIsDatedByItsAnnouncement() {
    assertThat(code("2024-12-31", "Ouattara announced on Tuesday that French troops would withdraw from Ivory Coast in January."))
        .containsExactly("FRA->CIV withdrawal/forces 2024-12-31 day");
  }

  @Test
  void aSupplierTradesWithEachBuyerNotTheBuyersWithEachOther() {
    assertThat(code("2024-05-15", "Turkey has supplied drones to Burkina Faso, Mali and Niger, officials said."))
        .containsExactly("BFA->TUR cooperation/military 2024-05-15 reported",
            "MLI->TUR cooperation/military 2024-05-15 reported", "NER->TUR cooperation/military 2024-05-15 reported");
  }

  @Test
  void aPlaceIsNoThirdSignatory() {
    assertThat(code("2024-05-15", "Mali and Burkina Faso signed an accord in Moscow on Monday."))
        .contains("BFA->MLI cooperation/agreement 2024-05-13 day")
        .noneMatch(m -> m.contains("RUS cooperation/agreement"));
  }

  @Test
  void theAnnouncerOfAnEndIsItsActor() {
    assertThat(code("2024-08-05", "The Malian authorities have announced the suspension of cooperation with Ukraine."))
        .containsExactly("MLI->UKR withdrawal/agreement 2024-08-05 reported");
  }

  @Test
  void aVisitDuringWhichAgreementsAreSignedIsTwoActs() {
    assertThat(code("2024-01-17", "Iran and Niger signed agreements during a visit by Iran's vice president to Niamey."))
        .containsExactly("IRN->NER cooperation/agreement 2024-01-17 reported", "IRN->NER cooperation/visit 2024-01-17 reported");
  }

  @Test
  void agreeingToAnotherActIsThatAct() {
    assertThat(code("2024-04-20", "The United States has agreed to withdraw its troops from Niger."))
        .containsExactly("USA->NER withdrawal/forces 2024-04-20 reported");
  }

  @Test
  void aPactNamedBeforeItsSignatoriesIsAnAlliance() {
    assertThat(code("2023-09-25", "The defence pact that Mali and Niger signed in Bamako last week was hailed."))
        .containsExactlyInAnyOrder("MLI->NER alliance/formation 2023-09-01 month",
            "NER->MLI cooperation/visit 2023-09-01 month");
  }

  @Test
  void whatIsAnnouncedIsTheAnnouncersAct() {
    assertThat(code("2024-01-29", "The military governments of Niger and Mali announced on Sunday their immediate "
        + "withdrawal from ECOWAS."))
        .containsExactly("NER->ECOWAS withdrawal/organization 2024-01-28 day", "MLI->ECOWAS withdrawal/organization 2024-01-28 day");
  }

  @Test
  void aDateGoesOnPastAShortAside() {
    assertThat(code("2023-08-27", "Niger's military rulers on Friday gave the French ambassador, Sylvain Itte, 48 hours to leave the country."))
        .containsExactly("NER->FRA expulsion/diplomat 2023-08-25 day");
  }

  @Test
  void aDeadlineToLeaveIsAnExpulsionDatedWhenGiven() {
    assertThat(code("2024-05-20", "Niger's junta has given the US military until Sept. 15 to leave the country."))
        .containsExactly("NER->USA expulsion/forces 2024-05-20 reported");
  }

  @Test
  void closingAnEmbassyOrWithdrawingAnEnvoyCutsRelations() {
    assertThat(code("2025-03-17", "Paris announced the closure of its embassy in Niamey on Friday."))
        .containsExactly("FRA->NER withdrawal/relations 2025-03-14 day");
    assertThat(code("2025-03-17", "Bamako ordered the withdrawal of the Malian ambassador from Algiers on Sunday."))
        .containsExactly("MLI->DZA withdrawal/relations 2025-03-16 day");
  }

  // ---- what is not an act

  @Test
  void aPossibilityWeighedIsNotAnAct() {
    assertThat(code("2025-04-29", "Togo's foreign minister said his country joining the AES was not impossible."))
        .isEmpty();
  }

  @Test
  void aDenialAfterTheActCancelsIt() {
    assertThat(code("2024-03-17", "Reports said Niamey signed a uranium deal with Iran, which Nigerien officials denied."))
        .isEmpty();
  }


  @Test
  void questionsAreNotActs() {
    assertThat(code("2024-03-01", "Will Niger expel the American troops?")).isEmpty();
  }

  @Test
  void speculationIsNotAnAct() {
    assertThat(code("2024-03-01", "Niger could cut ties with Ukraine, a source said.")).isEmpty();
    assertThat(code("2024-03-01", "The accord may provide for the arrival of Russian instructors in Mali.")).isEmpty();
  }

  @Test
  void plansAndItinerariesAreNotActs() {
    assertThat(code("2024-03-01", "The prime minister will then travel to Serbia and Iran, officials said.")).isEmpty();
    assertThat(code("2024-03-01", "Chad wants to join the Alliance of Sahel States.")).isEmpty();
  }

  @Test
  void decisionsAnnouncedAreActsOnTheDayAnnounced() {
    assertThat(code("2024-03-20", "Germany will withdraw its soldiers from Niger by August, Berlin said on Saturday."))
        .containsExactly("DEU->NER withdrawal/forces 2024-03-16 day");
  }

  @Test
  void denialsAndNegationsAreNotActs() {
    assertThat(code("2024-03-01", "Niger denied any plan to expel Chinese oil workers.")).isEmpty();
    assertThat(code("2024-03-01", "Washington and Niamey have not agreed on the terms.")).isEmpty();
  }

  @Test
  void conditionalsAreNotActs() {
    assertThat(code("2024-03-01", "If Mali leaves ECOWAS, Senegal will suffer.")).isEmpty();
  }

  // ---- lexicon: subtypes decided by the object

  @Test
  void objectDecidesTheExpulsionSubtype() {
    assertThat(code("2024-03-01", "Mali expelled the French ambassador.")).containsExactly("MLI->FRA expulsion/diplomat 2024-03-01 reported");
    assertThat(code("2024-03-01", "Mali expelled French troops.")).containsExactly("MLI->FRA expulsion/forces 2024-03-01 reported");
    assertThat(code("2024-03-01", "Niger expelled the EUCAP Sahel Niger mission.")).containsExactly("NER->EU expulsion/mission 2024-03-01 reported");
  }

  @Test
  void multiWordAndParticleVerbs() {
    assertThat(code("2024-08-06", "Mali cut diplomatic ties with Ukraine on Sunday."))
        .containsExactly("MLI->UKR withdrawal/relations 2024-08-04 day");
    assertThat(code("2024-08-06", "Niger severed relations with Ukraine."))
        .containsExactly("NER->UKR withdrawal/relations 2024-08-06 reported");
    assertThat(code("2022-08-16", "Mali's junta kicked out French forces last year."))
        .containsExactly("MLI->FRA expulsion/forces 2021-01-01 year");
    assertThat(code("2024-09-16", "The Alliance states turned their backs on France."))
        .isEmpty();
  }

  @Test
  void objectOfAnActIsNotAnotherAct() {
    assertThat(code("2024-12-01", "Chad ended its defence cooperation agreement with France last month."))
        .containsExactly("TCD->FRA withdrawal/agreement 2024-11-01 month");
  }

  @Test
  void militaryPurchasesAreMilitaryCooperation() {
    assertThat(code("2024-03-01", "Burkina Faso bought armoured vehicles and drones from Turkey."))
        .containsExactly("BFA->TUR cooperation/military 2024-03-01 reported");
  }

  // ---- dates

  @Test
  void weekdaysAreTheMostRecentOnOrBeforePublication() {
    assertThat(code("2023-12-04", "Russia's envoy visited Mali on Sunday and Chad on Monday."))
        .contains("RUS->MLI cooperation/visit 2023-12-03 day");
  }

  @Test
  void monthsAndYearsRelativeToPublication() {
    assertThat(code("2024-01-16", "Last month, Niger and Mali signed a defence pact."))
        .containsExactly("MLI->NER alliance/formation 2023-12-01 month");
    assertThat(code("2024-03-16", "Niger quit the G5 Sahel in January this year."))
        .containsExactly("NER->G5SAHEL withdrawal/organization 2024-01-01 month");
    assertThat(code("2024-03-16", "Niger's president visited Chad last December."))
        .containsExactly("NER->TCD cooperation/visit 2023-12-01 month");
  }

  @Test
  void offsetsCountFromADatedEventOfTheArticle() {
    assertThat(code("2024-01-16", "The coup in Niger on July 26 shocked the region. Just days after the coup, "
        + "the junta terminated the military accords with France."))
        .containsExactly("NER->FRA withdrawal/agreement 2023-07-01 month");
    assertThat(code("2023-12-04", "The move comes two months after securing the withdrawal of French troops from Niger."))
        .containsExactly("FRA->NER withdrawal/forces 2023-10-01 month");
  }

  @Test
  void datesOfBackgroundEventsDoNotDateTheAct() {
    assertThat(code("2023-12-05", "This is the first visit by a Russian minister to Niamey since the coup on July 26."))
        .containsExactly("RUS->NER cooperation/visit 2023-12-05 reported");
  }

  @Test
  void coordinatedActsKeepTheirOwnDatesOrShareTheOnlyOne() {
    assertThat(code("2024-05-15", "Bamako expelled France's ambassador in 2022 and cut ties with Ukraine last year."))
        .containsExactly("MLI->FRA expulsion/diplomat 2022-01-01 year", "MLI->UKR withdrawal/relations 2023-01-01 year");
    assertThat(code("2024-05-15", "Niamey expelled the French ambassador and demanded the departure of French troops last year."))
        .containsExactly("NER->FRA expulsion/diplomat 2023-01-01 year", "NER->FRA expulsion/forces 2023-01-01 year");
  }

  @Test
  void aBareNumberRefersToTheGroupJustNamed() {
    assertThat(code("2024-05-15", "Putin hosted Goita in Moscow. The two signed a series of agreements on Monday."))
        .containsExactly("MLI->RUS cooperation/visit 2024-05-15 reported", "MLI->RUS cooperation/agreement 2024-05-13 day");
  }

  @Test
  void noDateGivesThePublicationDateAsReported() {
    assertThat(code("2024-02-02", "Senegal and Mauritania signed a gas agreement."))
        .containsExactly("MRT->SEN cooperation/agreement 2024-02-02 reported");
  }
}
