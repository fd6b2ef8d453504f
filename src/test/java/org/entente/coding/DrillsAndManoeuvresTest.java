package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import static org.entente.coding.Annotated.mentions;

import org.junit.jupiter.api.Test;

/**
 * Military and naval manoeuvres and combined field training are joint exercises, and an exercise
 * co-hosted is one held together; a politician's manoeuvres are none. Every sentence is written for this test.
 */
class DrillsAndManoeuvresTest {

  @Test
  void manoeuvresAndFieldTrainingAreExercises() {
    assertThat(mentions("2025-10-01", "Togolese troops took part in military manoeuvres with Niger in August."))
        .containsExactly("NER->TGO cooperation/military 2025-08-01 month");
    assertThat(mentions("2025-10-01", "Japanese and Australian troops staged their largest combined field training "
        + "in a decade on Monday.")).containsExactly("AUS->JPN cooperation/military 2025-09-29 day");
    assertThat(mentions("2025-10-01", "Egypt and Greece held naval manoeuvres in the Mediterranean in May."))
        .containsExactly("EGY->GRC cooperation/military 2025-05-01 month");
  }

  @Test
  void anExerciseCoHostedIsHeldTogether() {
    assertThat(mentions("2025-10-01", "Senegal co-hosted the annual special operations exercise with Mauritania in "
        + "February.")).containsExactly("MRT->SEN cooperation/military 2025-02-01 month");
  }

  @Test
  void aPoliticiansManoeuvresAreNoExercise() {
    assertThat(mentions("2025-10-01", "The opposition leader's political manoeuvres angered Niger.")).isEmpty();
  }
}
