package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * An act repeated by "as did X" and dated with it; a member of a group a relative clause describes ("was among the
 * leaders who attended"); guests at an occasion; a gap that runs into the next clause; "they" after "X's military
 * rulers"; a denial that ends at ", and they"; "in" of a phrasal verb and names of people and armies that are no
 * places; a signing at an organisation's summit; an organisation joined, named in title case; troop cuts; "him" in a
 * "where" clause; ambiguous capitals as locations; "told X that Y would"; resumed military cooperation; APEC's
 * members at its summit; the place of an attending after it; what is "under discussion" or "called for"; a city
 * and a comma after "Before"; troops deployed to a town; troops dispatched and joint patrols run; "where he" after
 * a "He" that opened the sentence; an envoy recalled from where the story's last recall was; leaders in whose
 * presence something happened; a summit attended that the sentence places nowhere, held at the scene, whose
 * attendees do not visit each other; a joint task force set up; the mission of one's own ambassador ended; a guest
 * known as a state's envoy past a modifier ("Nigeria's special envoy"). Every sentence is written for this test.
 */
class EllipsesMembersAndPlacesTest {

  @Test
  void asDidRepeatsTheActForTheNewSubjectAndItsDate() {
    assertThat(mentions("2024-05-10", "Senegal's President Bassirou Diomaye Faye attended the inauguration in Niamey "
        + "on Tuesday, as did Mauritania's Ghazouani.")).containsExactlyInAnyOrder(
            "SEN->NER cooperation/visit 2024-05-07 day", "MRT->NER cooperation/visit 2024-05-07 day");
    assertThat(mentions("2024-05-10", "Mali withdrew its ambassador from Algiers on Monday, as did Niger and "
        + "Burkina Faso.")).containsExactlyInAnyOrder("MLI->DZA withdrawal/relations 2024-05-06 day",
            "NER->DZA withdrawal/relations 2024-05-06 day", "BFA->DZA withdrawal/relations 2024-05-06 day");
    // a date of its own dates the repeated act
    assertThat(mentions("2024-05-10", "Mali withdrew its ambassador from Algiers on Monday, as did Niger in March."))
        .containsExactlyInAnyOrder("MLI->DZA withdrawal/relations 2024-05-06 day",
            "NER->DZA withdrawal/relations 2024-03-01 month");
    // no act before it, nothing to repeat
    assertThat(mentions("2024-05-10", "Mali criticised the report, as did Niger.")).isEmpty();
  }

  @Test
  void aMemberOfTheGroupARelativeClauseDescribesDoesWhatItSays() {
    assertThat(mentions("2024-05-10", "Togo's Faure Gnassingbe and Guinea's Mamadi Doumbouya were among the heads of "
        + "state who travelled to Bamako on Monday.")).containsExactlyInAnyOrder(
            "TGO->MLI cooperation/visit 2024-05-06 day", "GIN->MLI cooperation/visit 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Ghana is one of the few states that have signed a defence pact with Russia."))
        .containsExactly("GHA->RUS alliance/formation 2024-05-10 reported");
    assertThat(mentions("2024-05-10", "Togo's Faure Gnassingbe was not among the leaders who attended the ceremony "
        + "in Bamako.")).isEmpty();
  }

  @Test
  void aGuestAtAnOccasionVisitsThePlace() {
    assertThat(mentions("2024-05-10", "Ghana's president was among the guests at the inauguration in Niamey on "
        + "Tuesday.")).containsExactly("GHA->NER cooperation/visit 2024-05-07 day");
    assertThat(mentions("2024-05-10", "French President Emmanuel Macron was the guest of honour at the parade in "
        + "Dakar.")).containsExactly("FRA->SEN cooperation/visit 2024-05-10 reported");
  }

  @Test
  void aGuestInACityVisitsIt() {
    assertThat(mentions("2024-05-03", "Togolese President Faure Gnassingbe was among the guests in N'Djamena on "
        + "Thursday for the inauguration.")).containsExactly("TGO->TCD cooperation/visit 2024-05-02 day");
  }

  @Test
  void whatIsUnderDiscussionOrCalledForIsNotYetDone() {
    assertThat(mentions("2024-05-03", "The newspaper reported in January that Ivory Coast, Ghana and Benin were among "
        + "the options under discussion.")).isEmpty();
    assertThat(mentions("2024-05-03", "Togo called for talks with Mali.")).isEmpty();
    assertThat(mentions("2024-05-03", "Ghana urged fresh talks between Mali and Algeria.")).isEmpty();
    assertThat(mentions("2024-05-03", "Togo held talks with Mali in Lome on Monday."))
        .containsExactly("MLI->TGO cooperation/visit 2024-04-29 day");
  }

  @Test
  void aCityAndACommaAfterBeforeOpenNoSubject() {
    assertThat(mentions("2024-05-03", "Before Cotonou, the general stopped in Ivory Coast.")).isEmpty();
    // a list of capitals after "after" is still the subject of its clause
    assertThat(mentions("2024-05-03", "A day after Bamako, Ouagadougou and Niamey left ECOWAS, Togo appealed for "
        + "calm.")).contains("MLI->ECOWAS withdrawal/organization 2024-05-01 month",
            "BFA->ECOWAS withdrawal/organization 2024-05-01 month", "NER->ECOWAS withdrawal/organization 2024-05-01 "
            + "month");
  }

  @Test
  void troopsDeployedToATownAreWithItsState() {
    assertThat(mentions("2024-05-03", "Kenyan troops deployed to Goma in November."))
        .containsExactly("COD->KEN cooperation/military 2023-11-01 month");
    assertThat(mentions("2024-05-03", "Kenya deployed troops to Goma in November."))
        .containsExactly("COD->KEN cooperation/military 2023-11-01 month");
    // not a place far from the verb
    assertThat(mentions("2024-05-03", "Sudan sent troops to join the Saudi-led coalition fighting in Yemen in 2015."))
        .doesNotContain("SDN->YEM cooperation/military 2015-01-01 year");
  }

  @Test
  void troopsDispatchedAndJointPatrolsRun() {
    assertThat(mentions("2019-02-06", "Chad dispatched troops to Cameroon, Niger and Nigeria in early 2015 to take "
        + "on Boko Haram.")).containsExactlyInAnyOrder("CMR->TCD cooperation/military 2015-01-01 year",
            "NER->TCD cooperation/military 2015-01-01 year", "NGA->TCD cooperation/military 2015-01-01 year");
    // a minister dispatched is still a visit
    assertThat(mentions("2019-02-06", "Chad dispatched its foreign minister to Niamey on Monday."))
        .containsExactly("TCD->NER cooperation/visit 2019-02-04 day");
    assertThat(mentions("2019-02-06", "Benin's army has run joint patrols with Niger since 2022."))
        .containsExactly("BEN->NER cooperation/military 2019-02-06 reported");
    assertThat(mentions("2019-02-06", "Ivorian and Burkinabe troops carried out a joint operation last month."))
        .containsExactly("BFA->CIV cooperation/military 2019-01-01 month");
    assertThat(mentions("2019-02-06", "Benin runs a port that handles goods for Niger.")).isEmpty();
  }

  @Test
  void whereHeAfterAnOpeningHeIsThatPerson() {
    assertThat(mentions("2025-01-30", "Witkoff met Netanyahu in Jerusalem on Wednesday. He had flown in from Saudi "
        + "Arabia, where he held talks with Saudi officials."))
        .contains("USA->SAU cooperation/visit 2025-01-30 reported");
  }

  @Test
  void anEnvoyRecalledFromNowhereNamedIsRecalledFromWhereTheLastOneWas() {
    assertThat(mentions("2023-11-05", "Jordan recalled its ambassador from Israel on Wednesday. Egypt condemned the "
        + "strikes. Turkey recalled its ambassador on Saturday.")).containsExactly(
            "JOR->ISR withdrawal/relations 2023-11-01 day", "TUR->ISR withdrawal/relations 2023-11-04 day");
    // not an envoy who is not recalled, nor one with no recall before
    assertThat(mentions("2023-11-05", "Jordan recalled its ambassador from Israel on Wednesday. Egypt condemned the "
        + "strikes. Turkey has no plan to recall its ambassador.")).containsExactly(
            "JOR->ISR withdrawal/relations 2023-11-01 day");
    assertThat(mentions("2023-11-05", "Turkey recalled its ambassador on Saturday.")).isEmpty();
  }

  @Test
  void leadersInWhosePresenceSomethingHappenedVisitThePlace() {
    assertThat(mentions("2025-10-13", "The forum opened in Lome on Saturday in the presence of Liberian President "
        + "Joseph Boakai.")).containsExactly("LBR->TGO cooperation/visit 2025-10-11 day");
    // else the story's scene
    assertThat(mentions("2025-10-13", "Gnassingbe welcomed the delegates in Lome on Friday. The forum opened on "
        + "Saturday in the presence of Liberian President Joseph Boakai."))
        .contains("LBR->TGO cooperation/visit 2025-10-11 day");
    // troops are no guests, nor is the host's own leader
    assertThat(mentions("2025-10-13", "The exercise took place in Lome in the presence of French troops.")).isEmpty();
    assertThat(mentions("2025-10-13", "The talks were held in Doha in the presence of Qatar's emir.")).isEmpty();
    // a venue the dictionary does not know is no scene
    assertThat(mentions("2025-10-13", "Gnassingbe flew to Accra on Friday. The two men signed commitments at the "
        + "White House in the presence of US President Donald Trump.")).noneMatch(m -> m.startsWith("USA->GHA"));
  }

  @Test
  void aSummitAttendedThatNothingPlacesIsHeldAtTheScene() {
    assertThat(mentions("2021-05-31", "ECOWAS leaders met in Accra on Sunday. Nigeria's Muhammadu Buhari and Ivory "
        + "Coast's Alassane Ouattara were among the heads of state who attended Sunday's summit, chaired by Ghanaian "
        + "President Nana Akufo-Addo.")).contains("NGA->GHA cooperation/visit 2021-05-30 day",
            "CIV->GHA cooperation/visit 2021-05-30 day")
        .noneMatch(m -> m.startsWith("CIV->NGA") || m.startsWith("NGA->CIV"));
    // a summit a city names, or a meeting with someone, may be elsewhere
    assertThat(mentions("2024-09-10", "Ruto spoke in Nairobi on Monday. Chad's Deby attended the Beijing summit in "
        + "September.")).noneMatch(m -> m.startsWith("TCD->KEN"));
    assertThat(mentions("2024-09-10", "Ruto spoke in Nairobi on Monday. Chad's defence minister attended the meeting "
        + "with the prime minister.")).noneMatch(m -> m.startsWith("TCD->KEN"));
  }

  @Test
  void aJointTaskForceSetUpIsAnAlliance() {
    assertThat(mentions("2020-04-10", "In 2015 Chad, Nigeria and Cameroon set up the Multinational Joint Task Force."))
        .containsExactlyInAnyOrder("NGA->TCD alliance/formation 2015-01-01 year",
            "CMR->TCD alliance/formation 2015-01-01 year", "CMR->NGA alliance/formation 2015-01-01 year");
  }

  @Test
  void endingTheMissionOfOnesOwnAmbassadorIsARecall() {
    assertThat(mentions("2025-01-07", "Chile on Tuesday ended the mission of its ambassador in Caracas."))
        .containsExactly("CHL->VEN withdrawal/relations 2025-01-07 day");
    assertThat(mentions("2025-01-07", "Mali ended the mission of the UN peacekeepers in June 2023."))
        .containsExactly("MLI->UN expulsion/mission 2023-06-01 month");
  }

  @Test
  void aGuestKnownAsAStatesEnvoyPastAModifier() {
    assertThat(mentions("2019-09-15", "Algeria's foreign minister received Nigeria's special envoy in Algiers on "
        + "Monday.")).containsExactly("NGA->DZA cooperation/visit 2019-09-09 day");
    // a state's proposals are no guest
    assertThat(mentions("2019-09-15", "Algeria's foreign minister received Nigeria's detailed proposals on Monday."))
        .isEmpty();
  }

  @Test
  void aGapDoesNotRunIntoTheNextClause() {
    // "guest at" is a pattern; ", and was greeted at" opens another clause
    assertThat(Annotated.triggers(Annotated.last("2023-05-22", "Modi had come as a guest, and was greeted at the "
        + "airport by Marape."))).noneMatch(t -> t.startsWith("guest"));
    assertThat(Annotated.triggers(Annotated.last("2023-05-22", "Modi was a guest at the summit in Hiroshima.")))
        .anyMatch(t -> t.startsWith("guest at"));
    // "and then" still lists what one act does to several
    assertThat(mentions("2025-07-29", "Niger's junta ordered French and then US forces out of the country in 2023."))
        .contains("NER->FRA expulsion/forces 2023-01-01 year", "NER->USA expulsion/forces 2023-01-01 year");
  }

  @Test
  void theyAfterAStatesMilitaryRulersIsThatState() {
    assertThat(mentions("2023-03-27", "Burkina Faso's military rulers deny bringing in Wagner, but they told France "
        + "in January to withdraw its special forces from the country, and the last French soldiers left in "
        + "February.")).containsExactlyInAnyOrder("BFA->FRA expulsion/forces 2023-01-01 month",
            "FRA->BFA withdrawal/forces 2023-02-01 month");
  }

  @Test
  void aDenialEndsWhereAClauseWithItsOwnSubjectBegins() {
    assertThat(mentions("2023-03-27", "Mali's military authorities rejected the report, and they expelled the French "
        + "ambassador on Monday.")).containsExactly("MLI->FRA expulsion/diplomat 2023-03-27 day");
    // what the denial governs stays denied
    assertThat(mentions("2023-03-27", "Mali denied that it had expelled the French ambassador.")).isEmpty();
  }

  @Test
  void peopleAndArmiesAfterInAreNoPlaces() {
    // "Wagner" after "bringing in" is neither where the soldiers left nor "the country"
    assertThat(Annotated.actors(Annotated.last("2023-03-27", "Mali's rulers deny bringing in Wagner."))).noneMatch(
        a -> a.startsWith("PLACE"));
    assertThat(mentions("2023-03-27", "Burkina Faso's rulers deny bringing in Wagner, but they told France to pull "
        + "its soldiers out of the country.")).containsExactly("BFA->FRA expulsion/forces 2023-03-27 reported");
  }

  @Test
  void aSummitsPactIsSignedAtThePlaceNotWithItsHost() {
    assertThat(mentions("2019-11-15", "Buhari signed the pact in July at an African Union summit in Niamey."))
        .containsExactly("NGA->NER cooperation/visit 2019-07-01 month");
    assertThat(mentions("2019-11-15", "Buhari signed the pact in July at a summit in Niamey."))
        .containsExactly("NGA->NER cooperation/visit 2019-07-01 month");
  }

  @Test
  void anOrganisationJoinedMayBeWrittenInTitleCase() {
    assertThat(mentions("2025-10-30", "Romania, which joined Nato in 2004, has been a key ally since Russia's "
        + "invasion.")).containsExactly("ROU->NATO alliance/accession 2004-01-01 year");
    // an adjective before another noun still names nothing joined
    assertThat(mentions("2025-10-30", "Ukraine joined the European electricity network in March.")).isEmpty();
  }

  @Test
  void cuttingTroopsAbroadIsAWithdrawalOfForces() {
    assertThat(mentions("2025-10-30", "The United States will reduce the number of troops it keeps in Romania, the "
        + "defence ministry said on Wednesday.")).containsExactly("USA->ROU withdrawal/forces 2025-10-29 day");
    assertThat(mentions("2025-10-30", "Russia has scaled down its military presence in Syria since December."))
        .containsExactly("RUS->SYR withdrawal/forces 2024-12-01 month");
    assertThat(mentions("2025-10-30", "Germany cut its troops in Mali by half in May."))
        .containsExactly("DEU->MLI withdrawal/forces 2025-05-01 month");
  }

  @Test
  void himInAWhereClauseIsTheTravellerBeforeIt() {
    assertThat(mentions("2025-03-28", "Rubio landed in Georgetown yesterday morning after his stop in Kingston on "
        + "Wednesday, where Prime Minister Andrew Holness received him for talks on crime."))
        .containsExactlyInAnyOrder("USA->GUY cooperation/visit 2025-03-27 day",
            "USA->JAM cooperation/visit 2025-03-26 day");
  }

  @Test
  void anAmbiguousCapitalSaysWhereButNamesNoGovernment() {
    assertThat(mentions("2024-05-10", "Lavrov flew to Wellington on Monday.")).containsExactly(
        "RUS->NZL cooperation/visit 2024-05-06 day");
    assertThat(mentions("2024-05-10", "Kingston said on Monday it would expel the Russian ambassador.")).isEmpty();
  }

  @Test
  void whomOneTellsIsNotTheSubjectOfWhatOneTellsThem() {
    assertThat(mentions("2024-12-23", "Zelenskyy attended the summit in Brussels on Thursday, where he told the "
        + "bloc's leaders that Kyiv would not renew the transit agreement with Russia."))
        .doesNotContain("EU->RUS withdrawal/agreement 2024-12-19 day")
        .contains("UKR->RUS withdrawal/agreement 2024-12-19 day");
  }

  @Test
  void resumedMilitaryCooperation() {
    assertThat(mentions("2025-06-24", "Mali and Algeria resumed their security cooperation in March."))
        .containsExactly("DZA->MLI cooperation/military 2025-03-01 month");
  }

  @Test
  void aMemberAtAnApecSummitVisitsNoOrganisation() {
    assertThat(mentions("2025-11-01", "Xi attended the APEC summit in Busan on Friday."))
        .containsExactly("CHN->KOR cooperation/visit 2025-10-31 day");
  }

  @Test
  void anAttendingIsWhereThePlaceAfterItSays() {
    assertThat(mentions("2025-06-24", "Araghchi flew to Moscow on Monday, a day after attending a meeting of the "
        + "Organisation of Islamic Cooperation in Istanbul."))
        .contains("IRN->RUS cooperation/visit 2025-06-23 day")
        .anyMatch(m -> m.startsWith("IRN->TUR cooperation/visit"));
  }
}
