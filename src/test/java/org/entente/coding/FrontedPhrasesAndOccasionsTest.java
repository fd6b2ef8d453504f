package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A short phrase of place that opens a sentence without a comma ends where the subject starts, and the party
 * after it is no place of that phrase; joining a meeting is no accession to the body that holds it. Every
 * sentence is written for this test.
 */
class FrontedPhrasesAndOccasionsTest {

  @Test
  void aFrontedPhraseWithoutACommaEndsWhereTheSubjectStarts() {
    assertThat(mentions("2025-03-01", "In the north Ghanaian troops fight the smugglers alongside soldiers from "
        + "Togo.")).containsExactly("GHA->TGO cooperation/military 2025-03-01 reported");
    // (the same with the comma)
    assertThat(mentions("2025-03-01", "In the north, Ghanaian troops fight the smugglers alongside soldiers from "
        + "Togo.")).containsExactly("GHA->TGO cooperation/military 2025-03-01 reported");
  }

  @Test
  void itsTroopsAfterAFrontedPhraseAreThoseOfTheStateBefore() {
    assertThat(mentions("2025-03-01", "Ghana has bought patrol boats. In the delta its sailors fight pirates "
        + "alongside sailors from Togo.")).contains("GHA->TGO cooperation/military 2025-03-01 reported");
    // (a party the opening phrase names owns the "its" after it: "In May Kenya recalled its ambassador")
    assertThat(mentions("2025-03-01", "Somalia auctioned the blocks. In May Kenya recalled its ambassador from "
        + "Mogadishu.")).containsExactly("KEN->SOM withdrawal/relations 2024-05-01 month");
  }

  @Test
  void aFrontedPhraseThatNamesAnActIsLeftWhole() {
    assertThat(mentions("2025-03-01", "Peru's foreign minister flew to Quito on Monday. During the visit Chile "
        + "said it would reopen its consulate in Lima.")).noneMatch(m -> m.startsWith("CHL->") && m.contains("visit"));
  }

  @Test
  void joiningAMeetingIsNoAccession() {
    assertThat(mentions("2023-05-29", "Lavrov will fly to Maputo before joining a meeting of BRICS foreign "
        + "ministers in Cape Town.")).noneMatch(m -> m.contains("accession"));
    // (joining the bloc is)
    assertThat(mentions("2024-01-02", "Ethiopia joined BRICS on Monday.")).containsExactly(
        "ETH->BRICS alliance/accession 2024-01-01 day");
  }

  @Test
  void aRefusalEndsWhereAConjunctNamesItsOwnSubject() {
    assertThat(mentions("2024-08-06", "Lima has refused to recognise the result, and on Friday Caracas expelled "
        + "Peru's diplomats.")).containsExactly("VEN->PER expulsion/diplomat 2024-08-02 day");
    // (a conjunct that goes on the refusal's infinitive is refused too)
    assertThat(mentions("2024-08-06", "Caracas refused to recognise the vote, and to expel Peru's diplomats."))
        .isEmpty();
  }

  @Test
  void aSwingThroughARegionIsATour() {
    assertThat(mentions("2025-02-27", "Anthony Albanese's first swing through the Pacific took him to Fiji and Samoa last "
        + "April.")).containsExactlyInAnyOrder("AUS->FJI cooperation/visit 2024-04-01 month",
            "AUS->WSM cooperation/visit 2024-04-01 month");
  }

  @Test
  void whatIsToldDuringAVisitIsNoPartOfIt() {
    assertThat(mentions("2019-12-27", "Libya's foreign minister told reporters during a visit to Cairo that Sudan "
        + "and Chad would reopen their border.")).noneMatch(m -> m.contains("visit") && !m.startsWith("LBY->EGY"));
  }

  @Test
  void aTripNamedAfterAListOfPlacesHasNoTravellerThere() {
    assertThat(mentions("2023-05-29", "Lavrov is in Nairobi. It is his third journey to Africa, after a January "
        + "tour that took him to Angola and Eritrea and a February trip.")).noneMatch(m -> m.startsWith("AGO->")
            || m.startsWith("ERI->"));
  }

  @Test
  void libyasGovernmentOfNationalAccordIsLibya() {
    assertThat(mentions("2020-01-10", "Turkey signed a military cooperation agreement with the Government of "
        + "National Accord in November.")).contains("LBY->TUR cooperation/agreement 2019-11-01 month");
  }

  @Test
  void anAirportOneIsAtIsInItsCapitalsState() {
    assertThat(mentions("2021-01-01", "Britain keeps a base for its drones at the Dakar airport.")).containsExactly(
        "GBR->SEN cooperation/military 2021-01-01 reported");
    assertThat(mentions("2021-01-01", "Scholz landed at Accra airport on Wednesday.")).containsExactly(
        "DEU->GHA cooperation/visit 2020-12-30 day");
    // (an airport that names a thing is no place of an act: "the Kabul airport bombing")
    assertThat(mentions("2021-09-01", "The Kabul airport bombing killed 13 US troops.")).isEmpty();
  }

  @Test
  void aHyphenatedParticipleDescribesItsNoun() {
    assertThat(mentions("2020-01-05", "Ankara sent troops to back the UN-recognised government in Tripoli."))
        .noneMatch(m -> m.contains("diplomatic"));
    // (recognising is an act)
    assertThat(mentions("2020-01-05", "Turkey recognised the government in Tripoli on Friday.")).containsExactly(
        "TUR->LBY cooperation/diplomatic 2020-01-03 day");
  }

  @Test
  void aNationalWhoseTitleGoesOnHoldsAnOffice() {
    assertThat(mentions("2023-08-10", "French national security adviser Emmanuel Bonne flew to Riyadh last month."))
        .containsExactly("FRA->SAU cooperation/visit 2023-07-01 month");
    // (a national alone is a private person)
    assertThat(mentions("2023-08-10", "Two French nationals were expelled by Mali last month.")).isEmpty();
  }

  @Test
  void troopsThatHelpProtectAStateWorkWithIt() {
    assertThat(mentions("2023-08-10", "Soldiers from Rwanda help protect Mozambique's gas fields.")).containsExactly(
        "MOZ->RWA cooperation/military 2023-08-10 reported");
    // (protecting people is no act between states)
    assertThat(mentions("2023-08-10", "Kenya pledged to help protect civilians in Haiti.")).isEmpty();
  }

  @Test
  void newsNamesForIsraelAndIranAreThoseStates() {
    assertThat(mentions("2020-11-02", "Sudan agreed on Oct. 23 to normalize relations with the Jewish state."))
        // (one act of the pair: the agreement, as MentionStage keeps it)
        .contains("ISR->SDN cooperation/agreement 2020-10-23 day");
    assertThat(mentions("2020-11-02", "The Islamic Republic expelled two British diplomats on Monday."))
        .containsExactly("IRN->GBR expulsion/diplomat 2020-11-02 day");
    // (another Islamic republic named in full is that one)
    assertThat(mentions("2020-11-02", "The Islamic Republic of Pakistan recalled its envoy from Kabul on Monday."))
        .containsExactly("PAK->AFG withdrawal/relations 2020-11-02 day");
  }
}
