package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * "The junta" is of a state soldiers rule, even in a story that names another state's government; "the colonels"
 * after several states are those of the states soldiers rule; "he" after a sentence opened by a state is the person
 * named since; a visit "on" which a verb to come takes someone is still to come; what one is "open to" is not done;
 * "the Foreign Office" is any state's; states that "operate" aircraft each operate their own; talks about the war in
 * a state are not held there; a party past ", and" that opens a clause of its own is no partner; a training mission
 * approved for a state; what two parties do "to each other"; a trip that "took him to" places; forces a state keeps
 * in another ("are based in", "stationed near", "has 1,500 troops in"); support or weight "thrown behind" a state.
 * Every sentence is written for this test.
 */
class JuntasPronounsAndVisitsToComeTest {

  @Test
  void theJuntaIsOfAStateSoldiersRule() {
    assertThat(mentions("2022-07-27", "The French government said on Monday it would keep troops in Niger.\n\n"
        + "Relations with the ruling junta in Bamako broke down.\n\nIn January 2022 the junta expelled the French "
        + "ambassador.")).contains("MLI->FRA expulsion/diplomat 2022-01-01 month");
  }

  @Test
  void theColonelsAreOfTheStatesSoldiersRule() {
    assertThat(mentions("2022-07-27", "Paris said in February it was pulling its troops out of Mali after the "
        + "colonels brought in Russian paramilitaries.")).containsExactlyInAnyOrder(
            "FRA->MLI withdrawal/forces 2022-02-01 month", "MLI->RUS cooperation/military 2022-07-27 reported");
  }

  @Test
  void hePastAStateIsThePersonNamedSince() {
    assertThat(mentions("2024-01-17", "Togo hosted Niger's military ruler, General Abdourahamane Tiani, in December, "
        + "weeks after he made his first foreign trips to Bamako and Ouagadougou.")).contains(
            "NER->TGO cooperation/visit 2023-12-01 month").anyMatch(m -> m.startsWith("NER->MLI cooperation/visit"))
        .anyMatch(m -> m.startsWith("NER->BFA cooperation/visit")).noneMatch(m -> m.startsWith("TGO->"));
    // (a person of the opening state is who "she" is)
    assertThat(mentions("2021-09-25", "French Armed Forces Minister Florence Parly flew to Bamako on Monday to press "
        + "Mali's defence minister, a day after she held talks in Niamey.")).contains(
            "FRA->MLI cooperation/visit 2021-09-20 day", "FRA->NER cooperation/visit 2021-09-19 day");
  }

  @Test
  void aVisitOnWhichAVerbToComeTakesSomeoneIsToCome() {
    assertThat(mentions("2023-11-15", "Diaz-Canel is due to fly on to China, where he will be received on a state "
        + "visit by President Xi Jinping from Thursday.")).isEmpty();
    assertThat(mentions("2023-11-15", "Diaz-Canel was received on a state visit by President Xi Jinping on "
        + "Thursday.")).containsExactly("CUB->CHN cooperation/visit 2023-11-09 day");
  }

  @Test
  void whatOneIsOpenToIsNotDone() {
    assertThat(mentions("2019-03-20", "Trump repeated that all options remained open to force out Nicolas Maduro."))
        .isEmpty();
    assertThat(mentions("2023-07-29", "Niger is open to talks with ECOWAS.")).isEmpty();
    // (regression: "open" before an act's noun is the verb, no wish)
    assertThat(mentions("2023-07-29", "France agreed to open training courses for officers of the Papua New Guinea "
        + "Defence Force.")).containsExactly("FRA->PNG cooperation/military 2023-07-29 reported");
  }

  @Test
  void theForeignOfficeIsAnyStates() {
    assertThat(mentions("2025-02-12", "Pakistan's Foreign Office said the two countries signed a trade deal with "
        + "Turkey on Tuesday.")).containsExactly("PAK->TUR cooperation/agreement 2025-02-11 day");
  }

  @Test
  void statesThatOperateAircraftEachOperateTheirOwn() {
    assertThat(mentions("2021-12-10", "Neighbouring Norway and Denmark already operate or have ordered the aircraft."))
        .isEmpty();
  }

  @Test
  void talksAboutTheWarInAStateAreNotHeldThere() {
    assertThat(mentions("2022-06-29", "Putin met President Emomali Rahmon in Dushanbe on Tuesday for talks dominated "
        + "by the situation in Afghanistan.")).containsExactly("RUS->TJK cooperation/visit 2022-06-28 day");
  }

  @Test
  void aPartyPastACommasAndThatOpensAClauseIsNoPartner() {
    assertThat(mentions("2022-02-22", "EU foreign ministers agreed unanimously on an initial package, and US "
        + "President Joe Biden was due to announce American measures.")).isEmpty();
    // (a title's list, or a second signatory, is no clause)
    assertThat(mentions("2019-03-01", "The deal was signed in February by Kenya's trade minister, then new in the "
        + "post, and Britain's trade secretary.")).containsExactly("GBR->KEN cooperation/agreement 2019-02-01 month");
  }

  @Test
  void aTrainingMissionApprovedForAState() {
    assertThat(mentions("2022-12-14", "The European Union on Monday approved a military training mission for Niger."))
        .containsExactly("EU->NER cooperation/military 2022-12-12 day");
  }

  @Test
  void whatTwoPartiesDoToEachOtherEachDoes() {
    assertThat(mentions("2023-07-20", "Turkey and Egypt appointed ambassadors to each other earlier this month."))
        .containsExactlyInAnyOrder("TUR->EGY cooperation/diplomatic 2023-07-01 month",
            "EGY->TUR cooperation/diplomatic 2023-07-01 month");
  }

  @Test
  void aTripThatTookHimToPlaces() {
    assertThat(mentions("2022-07-20", "Putin's only previous foreign outing since the start of the war took him to "
        + "Tajikistan and Turkmenistan.")).containsExactlyInAnyOrder("RUS->TJK cooperation/visit 2022-07-20 reported",
            "RUS->TKM cooperation/visit 2022-07-20 reported");
  }

  @Test
  void forcesAStateKeepsInAnother() {
    assertThat(mentions("2023-04-20", "About 1,000 French soldiers are based in Chad.")).containsExactly(
        "FRA->TCD cooperation/military 2023-04-20 reported");
    assertThat(mentions("2023-04-20", "French special forces are stationed near Ouagadougou.")).containsExactly(
        "BFA->FRA cooperation/military 2023-04-20 reported");
    assertThat(mentions("2023-04-20", "France has about 1,500 troops in Niger.")).containsExactly(
        "FRA->NER cooperation/military 2023-04-20 reported");
    // ("bases" is as often the noun)
    assertThat(mentions("2024-01-30", "He has since granted U.S. forces access to four more military bases and is "
        + "negotiating an access agreement with Japan.")).doesNotContain(
            "JPN->USA cooperation/military 2024-01-30 reported");
  }

  @Test
  void supportThrownBehindAState() {
    assertThat(mentions("2019-03-20", "Trump threw his support behind Brazil's bid to join the OECD.")).containsExactly(
        "USA->BRA cooperation/diplomatic 2019-03-20 reported");
    assertThat(mentions("2021-01-10", "Washington threw its weight behind Rabat's autonomy plan in December."))
        .containsExactly("USA->MAR cooperation/diplomatic 2020-12-01 month");
  }
}
