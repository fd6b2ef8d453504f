package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CueWordsTest {
  private static CoderResources resources;

  @BeforeAll
  static void load() {
    resources = CoderResources.load(Dictionaries.bundled());
  }

  /** The quick check must never skip a sentence the coder could use: every alias must pass it. */
  @Test
  void everyPartyAliasMakesASentenceWorthTokenizing() {
    for (CsvTable.Row row : Dictionaries.bundled().table("aliases.csv").rows()) {
      String alias = row.get("alias");
      assertThat(resources.cues().test("Officials said " + alias + "'s envoy left.")).as(alias).isTrue();
      assertThat(resources.cues().test(alias + "-backed forces")).as(alias).isTrue();
    }
  }

  @Test
  void referencesMakeASentenceWorthTokenizing() {
    assertThat(resources.cues().test("The junta said so.")).isTrue();
    assertThat(resources.cues().test("The two countries severed ties.")).isTrue();
    assertThat(resources.cues().test("The bloc suspended the country.")).isTrue();
  }

  /** A trigger with no party and no reference yields no mention: "They met" names no one to act. */
  @Test
  void aTriggerAloneIsNotWorthTokenizing() {
    assertThat(resources.cues().test("They were expelled on Monday.")).isFalse();
    assertThat(resources.cues().test("Talks were held in the city.")).isFalse();
    // "the capital" is a reference the coder resolves (the capital of the country the article is about)
    assertThat(resources.cues().test("Talks were held in the capital.")).isTrue();
  }

  /** A person is cued by the surname, not a first name that common words share ("John", "Maria"). */
  @Test
  void aPersonIsCuedByTheSurname() {
    assertThat(resources.cues().test("John Smith won the local election.")).isFalse();
    assertThat(resources.cues().test("Mahama arrived in the capital.")).isTrue();
  }

  @Test
  void sentencesWithNoPartyNoActAndNoReferenceAreSkipped() {
    assertThat(resources.cues().test("The weather was hot and dry along the river this week.")).isFalse();
    assertThat(resources.cues().test("Prices of millet rose by 12 percent, traders said.")).isFalse();
  }
}
