package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * An official the dictionary does not know, introduced by state, title and full name, is named by surname later;
 * the one met at the airport is the visitor; ties renewed; an official sent to the scene; troops withdrawn from
 * nowhere named leave where the story's last troops left, and a party they leave with or after is no place left;
 * troops that fly out or home; "as" with a subject, an aside and an auxiliary opens a clause; a state that pulls
 * "its country out" leaves the organisation; consent withdrawn ends a mission; an official named before a title
 * between commas; states removed from a programme; talks that are the purpose of a trip; warships that call at a
 * port. Every sentence is written for this test.
 */
class OfficialsTroopsAndBlocsTest {

  @Test
  void anOfficialIntroducedByStateTitleAndNameIsThatStatesOfficialBySurname() {
    assertThat(mentions("2024-03-05", "Kenyan Interior Minister Wanjiru Kamau praised the police mission on "
        + "Monday. Kamau flew to Port-au-Prince on Friday."))
        .containsExactly("KEN->HTI cooperation/visit 2024-03-01 day");
    assertThat(mentions("2024-03-05", "Ghana's finance minister Kofi Mensah-Boateng spoke on Monday. "
        + "Mensah-Boateng arrived in Abuja on Friday for talks."))
        .containsExactly("GHA->NGA cooperation/visit 2024-03-01 day");
  }

  @Test
  void aFormerOrOppositionFigureIsNoStatesOfficial() {
    assertThat(mentions("2024-03-05", "Former Kenyan Interior Minister Wanjiru Kamau spoke on Monday. Kamau flew "
        + "to Port-au-Prince on Friday.")).isEmpty();
    assertThat(mentions("2024-03-05", "Kenyan opposition leader Wanjiru Kamau spoke on Monday. Kamau flew to "
        + "Port-au-Prince on Friday.")).isEmpty();
  }

  @Test
  void aNameTheDictionaryKnowsForAnotherTimeIsNotLearned() {
    // Dagalo was Sudan's deputy head of state until April 2023, and a rebel leader after
    assertThat(mentions("2024-03-05", "Sudanese General Mohamed Hamdan Dagalo spoke on Monday. Dagalo flew to "
        + "Addis Ababa on Friday.")).isEmpty();
  }

  @Test
  void theOneMetAtTheAirportIsTheVisitor() {
    assertThat(mentions("2023-11-24", "Niger's General Tiani was met at Bamako airport on Thursday by Mali's "
        + "Colonel Assimi Goita.")).containsExactly("NER->MLI cooperation/visit 2023-11-23 day");
  }

  @Test
  void tiesRenewedAreRelationsRestored() {
    assertThat(mentions("2024-03-05", "Morocco renewed diplomatic ties with Iran in 2016."))
        .containsExactly("MAR->IRN cooperation/diplomatic 2016-01-01 year");
  }

  @Test
  void anOfficialByTitleAndNameSentToTheSceneVisitsIt() {
    assertThat(mentions("2020-01-19", "Leaders met in Berlin on Sunday to discuss Libya. Britain sent Prime "
        + "Minister Boris Johnson.")).anyMatch(m -> m.startsWith("GBR->DEU cooperation/visit 2020-01-19"));
    assertThat(mentions("2020-01-19", "Leaders met in Berlin on Sunday to discuss Libya. Britain sent rescue "
        + "teams.")).noneMatch(m -> m.startsWith("GBR->DEU"));
  }

  @Test
  void troopsWithdrawnFromNowhereNamedLeaveWhereTheStorysLastTroopsLeft() {
    assertThat(mentions("2021-08-31", "The United States completed its withdrawal from Afghanistan on Monday. "
        + "Germany brought its final contingent home in June."))
        .containsExactly("USA->AFG withdrawal/forces 2021-08-30 day", "DEU->AFG withdrawal/forces 2021-06-01 month");
  }

  @Test
  void aPartyTroopsLeaveWithOrAfterIsNoPlaceLeft() {
    assertThat(mentions("2021-08-31", "The United States completed its withdrawal from Afghanistan on Monday. "
        + "Allies agreed in April to withdraw their forces in step with the Americans, and Turkey began pulling "
        + "its soldiers out after the U.S. departure."))
        .noneMatch(m -> m.contains("->USA withdrawal"))
        .anyMatch(m -> m.startsWith("TUR->AFG withdrawal/forces"));
    // "after the junta ordered them out" is a clause: the junta's state is still the place left
    assertThat(mentions("2024-01-05", "France withdrew its last troops in December after the junta in Niger "
        + "ordered them out.")).contains("FRA->NER withdrawal/forces 2023-12-01 month");
  }

  @Test
  void troopsThatFlyOutOrHomeWithdraw() {
    assertThat(mentions("2021-08-31", "The United States completed its withdrawal from Afghanistan on Monday. "
        + "Britain's last troops flew out on Saturday."))
        .contains("GBR->AFG withdrawal/forces 2021-08-28 day");
    assertThat(mentions("2024-03-05", "The last French soldiers flew home from Niamey on Friday."))
        .containsExactly("FRA->NER withdrawal/forces 2024-03-01 day");
  }

  @Test
  void asWithASubjectAnAsideAndAnAuxiliaryOpensAClause() {
    assertThat(mentions("2023-03-16", "Niger has become a key partner of the West as neighbouring Mali and "
        + "Burkina Faso, both ruled by soldiers, have pushed out French forces."))
        .containsExactlyInAnyOrder("MLI->FRA expulsion/forces 2023-03-16 reported",
            "BFA->FRA expulsion/forces 2023-03-16 reported");
  }

  @Test
  void aStateThatPullsItsCountryOutLeavesTheOrganisation() {
    assertThat(mentions("2023-12-07", "Chad and Mauritania said on Wednesday they would leave the G5 Sahel. "
        + "Mali's military rulers pulled their country out in May 2022."))
        .contains("MLI->G5SAHEL withdrawal/organization 2022-05-01 month")
        .noneMatch(m -> m.startsWith("MLI->") && m.contains("withdrawal/forces"));
  }

  @Test
  void consentWithdrawnEndsAMission() {
    assertThat(mentions("2023-12-07", "Niger's junta withdrew its consent for the EU's military partnership "
        + "mission on Monday.")).containsExactly("NER->EU expulsion/mission 2023-12-04 day");
  }

  @Test
  void anOfficialNamedBeforeATitleBetweenCommasIsThatStatesOfficial() {
    assertThat(mentions("2023-01-10", "Dana Whitfield, the deputy U.S. national security adviser, travelled to "
        + "Malabo in October.")).containsExactly("USA->GNQ cooperation/visit 2022-10-01 month");
    assertThat(mentions("2023-01-10", "Ines Marchal, Belgium's foreign minister, spoke on Monday. Marchal flew "
        + "to Kinshasa on Tuesday.")).containsExactly("BEL->COD cooperation/visit 2023-01-10 day");
    assertThat(mentions("2023-01-10", "Ines Marchal, a former Belgian foreign minister, spoke on Monday. Marchal "
        + "flew to Kinshasa on Tuesday.")).isEmpty();
  }

  @Test
  void statesRemovedFromAProgrammeLoseIt() {
    assertThat(mentions("2022-01-02", "Washington has removed Gabon, Niger and Uganda from a trade programme that "
        + "gives exporters duty-free access.")).containsExactlyInAnyOrder(
            "USA->GAB withdrawal/agreement 2022-01-02 reported", "USA->NER withdrawal/agreement 2022-01-02 reported",
            "USA->UGA withdrawal/agreement 2022-01-02 reported");
    // the one removed withdraws from nothing: the programme's owner removed it
    assertThat(mentions("2022-01-02", "Turkey was removed from the U.S. fighter jet programme in 2019."))
        .containsExactly("USA->TUR withdrawal/agreement 2019-01-01 year");
  }

  @Test
  void talksThatAreThePurposeOfATripAreThatVisit() {
    assertThat(mentions("2025-05-10", "On May 7, Merz flew to Paris for talks with President Emmanuel Macron and "
        + "then on to Warsaw.")).containsExactlyInAnyOrder("DEU->FRA cooperation/visit 2025-05-07 day",
            "DEU->POL cooperation/visit 2025-05-07 day");
  }

  @Test
  void warshipsThatCallAtAPortAreMilitaryCooperation() {
    assertThat(mentions("2024-06-14", "A Russian frigate sailed into Havana Bay on Wednesday."))
        .containsExactly("CUB->RUS cooperation/military 2024-06-12 day");
    assertThat(mentions("2024-06-14", "Two Egyptian military aircraft landed in Mogadishu on Monday."))
        .containsExactly("EGY->SOM cooperation/military 2024-06-10 day");
    assertThat(mentions("2024-06-14", "A Chinese research vessel docked in Colombo on Monday.")).isEmpty();
  }
}
