package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * A clause after "a day after" with a subject of its own, a participle that dates the act before it, a year that
 * ends a sentence, a number's qualifier that opens one, stopovers and Somali short names. Every
 * sentence is written for this test.
 */
class OffsetClausesAndParticiplesTest {

  @Test
  void aClauseAfterAnOffsetHasItsOwnSubject() {
    assertThat(mentions("2024-03-08", "Macron's speech came a day after Scholz made a surprise visit to Warsaw."))
        .containsExactly("DEU->POL cooperation/visit 2024-03-01 month");
  }

  @Test
  void anOffsetYieldsToTheDateItsClauseGives() {
    assertThat(mentions("2024-04-19", "The talks came two days after Kenya signed a security agreement with"
        + " Somalia in a ceremony in Nairobi on Tuesday."))
        .allMatch(m -> m.endsWith("2024-04-16 day"));
  }

  @Test
  void aParticipleAfterAnActNounDatesIt() {
    assertThat(mentions("2024-10-11", "Two rounds of talks between Kenya and Ethiopia in Doha, mediated by Qatar"
        + " in July, produced no deal."))
        .contains("KEN->QAT cooperation/visit 2024-07-01 month");
  }

  @Test
  void aVerbAfterARelativeClauseIsNoParticipleOfItsAct() {
    assertThat(mentions("2025-04-08", "The two juntas, which have expelled French forces, formed a defence pact"
        + " in May 2024."))
        .noneMatch(m -> m.contains("FRA") && m.contains("2024-05"));
  }

  @Test
  void aYearThatEndsTheSentenceIsADate() {
    assertThat(mentions("2023-11-03", "Egypt signed a peace treaty with Israel in 1979."))
        .containsExactly("EGY->ISR cooperation/agreement 1979-01-01 year");
  }

  @Test
  void aSentenceOpeningWithAboutAndANumberHasASubject() {
    assertThat(mentions("2024-06-06", "About 200 French soldiers left Chad last month."))
        .containsExactly("FRA->TCD withdrawal/forces 2024-05-01 month");
  }

  @Test
  void aStopInACapitalIsAVisit() {
    assertThat(mentions("2023-06-18", "On Thursday, Kenya's President William Ruto stopped in Berlin on his way"
        + " home."))
        .containsExactly("KEN->DEU cooperation/visit 2023-06-15 day");
  }

  @Test
  void aSomaliPresidentIsNamedByHisFirstTwoNames() {
    assertThat(mentions("2024-10-11", "Hassan Sheikh travelled to Cairo in August."))
        .containsExactly("SOM->EGY cooperation/visit 2024-08-01 month");
  }

  @Test
  void moreThanANumberOfSoldiersIsASubjectToo() {
    assertThat(mentions("2024-06-06", "More than 200 Belgian soldiers left Niger last month."))
        .containsExactly("BEL->NER withdrawal/forces 2024-05-01 month");
  }

  @Test
  void whatSoldiersAreToDoIsPlanned() {
    assertThat(mentions("2025-02-21", "About 80 French soldiers are to remain in Gabon to train Gabonese"
        + " troops.")).isEmpty();
  }
}
