package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sentence per family of acts.csv rows, coded end to end. Each row is "SOURCE->TARGET category/subtype DATE
 * precision"; the articles are published on Friday 10 May 2024 unless said otherwise.
 */
class LexiconTest {

  private static List<String> code(String text) { return mentions("2024-05-10", text); }

  private static List<String> code(String published, String text) { return mentions(published, text); }

  // ---- cooperation/visit: visitor -> host

  @Test
  void visitAsVerbAndNoun() {
    // rows: visit (verb), visit (noun)
    assertThat(code("Egypt's foreign minister visited Ankara on Monday."))
        .containsExactly("EGY->TUR cooperation/visit 2024-05-06 day");
    assertThat(code("Erdogan's visit to Cairo on Wednesday was his first in a decade."))
        .containsExactly("TUR->EGY cooperation/visit 2024-05-08 day");
  }

  @Test
  void travelFlyAndMeet() {
    // rows: travel, fly to, meet
    assertThat(code("Lula travelled to Beijing on Tuesday.")).containsExactly("BRA->CHN cooperation/visit 2024-05-07 day");
    assertThat(code("Japan's foreign minister flew to Manila on Sunday."))
        .containsExactly("JPN->PHL cooperation/visit 2024-05-05 day");
    assertThat(code("Modi met Putin in Moscow on Monday.")).containsExactly("IND->RUS cooperation/visit 2024-05-06 day");
  }

  @Test
  void talksHeld() {
    // rows: hold talk (verb), talk (noun)
    assertThat(code("Rwanda's president held talks with his Kenyan counterpart on Monday."))
        .containsExactly("RWA->KEN cooperation/visit 2024-05-06 day");
    assertThat(code("Talks in Doha between Iranian and American envoys resumed on Tuesday."))
        .containsExactly("IRN->QAT cooperation/visit 2024-05-07 day", "USA->QAT cooperation/visit 2024-05-07 day");
  }

  @Test
  void hostingReceivingAndAudiences() {
    // rows: host, receive, welcome, grant audience (host frame: the object visits the subject)
    assertThat(code("Indonesia hosted the Australian prime minister on Monday."))
        .containsExactly("AUS->IDN cooperation/visit 2024-05-06 day");
    assertThat(code("The Saudi delegation was received by Erdogan on Monday."))
        .containsExactly("SAU->TUR cooperation/visit 2024-05-06 day");
    assertThat(code("Milei welcomed Israel's foreign minister in Buenos Aires on Monday."))
        .containsExactly("ISR->ARG cooperation/visit 2024-05-06 day");
    assertThat(code("Vucic granted an audience to a Chinese delegation on Monday."))
        .containsExactly("CHN->SRB cooperation/visit 2024-05-06 day");
  }

  // ---- cooperation/agreement: undirected

  @Test
  void agreementsSignedConcludedInked() {
    // rows: sign, conclude + AGREEMENT, ink + AGREEMENT
    assertThat(code("Kazakhstan and China signed a visa-free agreement on Monday."))
        .containsExactly("CHN->KAZ cooperation/agreement 2024-05-06 day");
    assertThat(code("India and the United Arab Emirates concluded a trade agreement on Monday."))
        .containsExactly("ARE->IND cooperation/agreement 2024-05-06 day");
    assertThat(code("Ghana and Burkina Faso inked a memorandum on energy on Monday."))
        .containsExactly("BFA->GHA cooperation/agreement 2024-05-06 day");
  }

  // ---- alliance: formation and accession

  @Test
  void allianceFormation() {
    // rows: sign + ALLIANCE, forge + ALLIANCE, pledge * each other
    assertThat(code("Armenia and France signed a mutual defence pact on Monday."))
        .containsExactly("ARM->FRA alliance/formation 2024-05-06 day");
    assertThat(code("Azerbaijan and Turkey forged a military alliance in 2021."))
        .containsExactly("AZE->TUR alliance/formation 2021-01-01 year");
    assertThat(code("2024-06-20", "Russia and North Korea pledged to support each other against aggression on "
        + "Wednesday."))
        .containsExactly("PRK->RUS alliance/formation 2024-06-19 day");
  }

  @Test
  void allianceAccession() {
    // rows: join (an organisation), become member
    assertThat(code("2024-03-10", "Sweden joined NATO on Thursday."))
        .containsExactly("SWE->NATO alliance/accession 2024-03-07 day");
    assertThat(code("2023-04-10", "Finland became a member of NATO on Tuesday."))
        .containsExactly("FIN->NATO alliance/accession 2023-04-04 day");
  }

  // ---- cooperation/military and economic: undirected

  @Test
  void militaryCooperation() {
    // rows: deliver + MILITARY_GOODS, hold + MILITARY_COOPERATION, arrive (TROOPS), step up, station
    assertThat(code("Turkey delivered Bayraktar drones to Poland on Monday."))
        .containsExactly("POL->TUR cooperation/military 2024-05-06 day");
    assertThat(code("India and France held joint exercises on Monday."))
        .containsExactly("FRA->IND cooperation/military 2024-05-06 day");
    assertThat(code("Russian instructors arrived in Bangui on Monday."))
        .containsExactly("CAF->RUS cooperation/military 2024-05-06 day");
    assertThat(code("Japan and the Philippines stepped up defence cooperation on Monday."))
        .containsExactly("JPN->PHL cooperation/military 2024-05-06 day");
    assertThat(code("The United States is stationing troops in Poland."))
        .containsExactly("POL->USA cooperation/military 2024-05-10 reported");
  }

  @Test
  void economicCooperation() {
    // rows: inject * into, boost + ECONOMIC, import + ECONOMIC
    assertThat(code("Saudi Arabia injected billions of dollars into the Egyptian economy last year."))
        .containsExactly("EGY->SAU cooperation/economic 2023-01-01 year");
    assertThat(code("Egypt and Saudi Arabia boosted trade ties on Monday."))
        .containsExactly("EGY->SAU cooperation/economic 2024-05-06 day");
    assertThat(code("Kenya imported oil from the UAE last year."))
        .containsExactly("ARE->KEN cooperation/economic 2023-01-01 year");
  }

  // ---- cooperation/diplomatic: backing and ties

  @Test
  void diplomaticBacking() {
    // rows: back + POSITION, recognise, present + CREDENTIALS
    assertThat(code("Spain backed Morocco's position on Western Sahara in 2022."))
        .containsExactly("ESP->MAR cooperation/diplomatic 2022-01-01 year");
    assertThat(code("2024-06-10", "Spain recognised Palestine on May 28."))
        .containsExactly("ESP->PSE cooperation/diplomatic 2024-05-28 day");
    assertThat(code("The new Spanish ambassador presented his credentials to Tebboune on Monday."))
        .containsExactly("ESP->DZA cooperation/diplomatic 2024-05-06 day");
  }

  @Test
  void diplomaticTies() {
    // rows: restore tie, establish relation, reopen + EMBASSY
    assertThat(code("Saudi Arabia and Iran restored diplomatic ties on Friday."))
        .containsExactly("SAU->IRN cooperation/diplomatic 2024-05-10 day");
    assertThat(code("Honduras established diplomatic relations with China in March 2023."))
        .containsExactly("HND->CHN cooperation/diplomatic 2023-03-01 month");
    assertThat(code("Kenya reopened its embassy in Tehran on Monday."))
        .containsExactly("KEN->IRN cooperation/diplomatic 2024-05-06 day");
  }

  // ---- expulsions

  @Test
  void diplomatsExpelled() {
    // rows: expel + DIPLOMAT, order * to leave + DIPLOMAT, reduce number + DIPLOMAT
    assertThat(code("Poland expelled a Belarusian diplomat on Monday."))
        .containsExactly("POL->BLR expulsion/diplomat 2024-05-06 day");
    assertThat(code("Germany ordered the Iranian ambassador to leave on Monday."))
        .containsExactly("DEU->IRN expulsion/diplomat 2024-05-06 day");
    assertThat(code("Lithuania reduced the number of staff at the Russian embassy on Monday."))
        .containsExactly("LTU->RUS expulsion/diplomat 2024-05-06 day");
  }

  @Test
  void diplomatsGivenHoursToLeave() {
    // rows: give * to leave + DIPLOMAT; hour to leave (ultimatum, the subject is told to leave)
    assertThat(code("Bolivia gave the Israeli ambassador 72 hours to leave the country."))
        .containsExactly("BOL->ISR expulsion/diplomat 2024-05-10 reported");
  }

  @Test
  void forcesOrderedOut() {
    // rows: order out, demand departure, demand withdrawal, order * to halt, ask * to close + FORCES
    assertThat(code("Mali ordered French troops out on Monday.")).containsExactly("MLI->FRA expulsion/forces 2024-05-06 day");
    assertThat(code("Niger demanded the departure of American troops on Monday."))
        .containsExactly("NER->USA expulsion/forces 2024-05-06 day");
    assertThat(code("Iraq demanded the withdrawal of US troops on Monday."))
        .containsExactly("IRQ->USA expulsion/forces 2024-05-06 day");
    assertThat(code("Chad ordered the US military to halt activities at an air base on Monday."))
        .containsExactly("TCD->USA expulsion/forces 2024-05-06 day");
    assertThat(code("Senegal asked France to close its bases on Monday."))
        .containsExactly("SEN->FRA expulsion/forces 2024-05-06 day");
  }

  @Test
  void forcesToldTheyHaveToLeave() {
    // rows: have to leave (TROOPS, ultimatum); the speaker's state expels
    assertThat(code("The Kazakh government said Russian forces would have to leave the country."))
        .containsExactly("KAZ->RUS expulsion/forces 2024-05-10 reported");
    assertThat(code("The Danish contingent had 72 hours to leave Mali."))
        .containsExactly("MLI->DNK expulsion/forces 2024-05-10 reported");
  }

  @Test
  void missionsEndedAndExpelled() {
    // rows: terminate + MISSION, expel + MISSION, demand * leave + MISSION, give * to leave + MISSION
    assertThat(code("Sudan terminated the UN mission on Monday.")).containsExactly("SDN->UN expulsion/mission 2024-05-06 day");
    assertThat(code("Burundi expelled the UN human rights mission on Monday."))
        .containsExactly("BDI->UN expulsion/mission 2024-05-06 day");
    assertThat(code("Eritrea demanded that UN observers leave the country on Monday."))
        .containsExactly("ERI->UN expulsion/mission 2024-05-06 day");
    assertThat(code("Mali gave the UN mission until December to leave."))
        .containsExactly("MLI->UN expulsion/mission 2024-05-10 reported");
  }

  @Test
  void aMandateNotRenewedEndsTheMission() {
    // rows: renew + MISSION, negated: "refused to renew the mandate"
    assertThat(code("Somalia refused to renew the mandate of the AU mission on Tuesday."))
        .containsExactly("SOM->AU expulsion/mission 2024-05-07 day");
  }

  // ---- withdrawals

  @Test
  void forcesWithdrawn() {
    // rows: withdraw + FORCES, pull * out, leave (TROOPS), hand over + FORCES, bring home + FORCES, withdrawal (noun)
    assertThat(code("Germany withdrew its troops from Mali on Monday."))
        .containsExactly("DEU->MLI withdrawal/forces 2024-05-06 day");
    assertThat(code("Sweden pulled its 250 troops out of Mali on Monday."))
        .containsExactly("SWE->MLI withdrawal/forces 2024-05-06 day");
    assertThat(code("The last French soldiers left Chad on Thursday."))
        .containsExactly("FRA->TCD withdrawal/forces 2024-05-09 day");
    assertThat(code("France handed over its last military base in Chad on Thursday."))
        .containsExactly("FRA->TCD withdrawal/forces 2024-05-09 day");
    assertThat(code("Canada brought home its troops from Afghanistan in 2014."))
        .containsExactly("CAN->AFG withdrawal/forces 2014-01-01 year");
    assertThat(code("Officials hailed the withdrawal of Italian troops from Iraq."))
        .containsExactly("ITA->IRQ withdrawal/forces 2024-05-10 reported");
  }

  @Test
  void organisationsLeft() {
    // rows: quit, withdraw from, pull out of, leave, suspend membership (the target is an organisation)
    assertThat(code("Nicaragua quit the OAS on Sunday.")).containsExactly("NIC->OAS withdrawal/organization 2024-05-05 day");
    assertThat(code("Burundi withdrew from the ICC in 2017."))
        .containsExactly("BDI->ICC withdrawal/organization 2017-01-01 year");
    assertThat(code("Argentina pulled out of the WHO on Wednesday."))
        .containsExactly("ARG->WHO withdrawal/organization 2024-05-08 day");
    assertThat(code("Russia left the Council of Europe in 2022."))
        .containsExactly("RUS->COE withdrawal/organization 2022-01-01 year");
    assertThat(code("Armenia suspended its membership in the CSTO on Wednesday."))
        .containsExactly("ARM->CSTO withdrawal/organization 2024-05-08 day");
  }

  @Test
  void agreementsEnded() {
    // rows: revoke, terminate, scrap, denounce + AGREEMENT; withdraw from + AGREEMENT (a treaty with an alliance)
    assertThat(code("Niger revoked its military accords with the United States on Saturday."))
        .containsExactly("NER->USA withdrawal/agreement 2024-05-04 day");
    assertThat(code("Chad terminated its defence agreement with France in November."))
        .containsExactly("TCD->FRA withdrawal/agreement 2023-11-01 month");
    assertThat(code("Italy scrapped its Belt and Road deal with China in 2023."))
        .containsExactly("ITA->CHN withdrawal/agreement 2023-01-01 year");
    assertThat(code("Russia withdrew from the treaty with NATO.")).containsExactly("RUS->NATO withdrawal/agreement 2024-05-10 reported");
  }

  @Test
  void anAgreementNotRenewedIsEnded() {
    // rows: renew / extend + AGREEMENT, negated ("will not renew", "decided not to extend")
    assertThat(code("Panama will not renew its agreement with China, the president said on Tuesday."))
        .containsExactly("PAN->CHN withdrawal/agreement 2024-05-07 day");
    assertThat(code("Italy decided not to extend the accord with China on Tuesday."))
        .containsExactly("ITA->CHN withdrawal/agreement 2024-05-07 day");
  }

  @Test
  void relationsCut() {
    // rows: cut tie, sever tie, break off + RELATIONS, severance (noun), close + EMBASSY
    assertThat(code("Bolivia cut diplomatic ties with Israel on Tuesday."))
        .containsExactly("BOL->ISR withdrawal/relations 2024-05-07 day");
    assertThat(code("Morocco severed relations with Iran in 2018."))
        .containsExactly("MAR->IRN withdrawal/relations 2018-01-01 year");
    assertThat(code("Nicaragua broke off relations with Taiwan in 2021."))
        .containsExactly("NIC->TWN withdrawal/relations 2021-01-01 year");
    assertThat(code("Ukraine announced the severance of relations with Syria on Thursday."))
        .containsExactly("UKR->SYR withdrawal/relations 2024-05-09 day");
    assertThat(code("Britain closed its embassy in Kabul in 2021."))
        .containsExactly("GBR->AFG withdrawal/relations 2021-01-01 year");
  }

  @Test
  void envoysRecalled() {
    // rows: recall + DIPLOMAT, withdraw + DIPLOMAT
    assertThat(code("Israel recalled its ambassador from Ankara on Saturday."))
        .containsExactly("ISR->TUR withdrawal/relations 2024-05-04 day");
    assertThat(code("Algeria withdrew its ambassador from Madrid on Tuesday."))
        .containsExactly("DZA->ESP withdrawal/relations 2024-05-07 day");
  }
}
