package org.entente.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.coding.Annotated.clauses;
import static org.entente.coding.Annotated.last;

import org.junit.jupiter.api.Test;

/** The clause layer: where a sentence is cut, and what each piece is. */
class ClauseStageTest {

  @Test
  void aListInBracketsStaysInItsClause() {
    assertThat(clauses(last("2025-05-24", "Talks followed the exit of the member states (Mali, Niger, Togo) "
        + "from the bloc, a statement said.")))
        .containsExactly("MAIN{Talks followed the exit of the member states (Mali, Niger, Togo) from the bloc}",
            "ATTRIBUTION{a statement said.}");
  }

  @Test
  void theCommasOfAWrittenDateCutNothing() {
    assertThat(clauses(last(null, "The president arrived in Accra on Sunday, 9th March 2025 for talks.")))
        .containsExactly("MAIN{The president arrived in Accra on Sunday, 9th March 2025 for talks.}");
    assertThat(clauses(last("2024-04-27", "Kenya will recall its envoy, the ministry said on Thursday, "
        + "April 25.")))
        .containsExactly("MAIN{Kenya will recall its envoy}", "ATTRIBUTION{the ministry said on Thursday, April 25.}");
  }

  @Test
  void includingContinuesTheNounPhrase() {
    assertThat(clauses(last("2024-11-28", "Ghana bought new equipment, including drones from Brazil, "
        + "to fight smugglers.")))
        .startsWith("MAIN{Ghana bought new equipment, including drones from Brazil}");
  }

  @Test
  void aDateThatOpensTheSentenceIsAFrontedPhraseEvenWithoutAComma() {
    assertThat(clauses(last("2023-11-08", "On 6 November the parliament of Hungary approved the mission.")))
        .containsExactly("FRONT{On 6 November}", "MAIN{the parliament of Hungary approved the mission.}");
  }

  @Test
  void asWithItsOwnSubjectOpensAClause() {
    assertThat(clauses(last("2024-05-09", "Xi received a warm welcome as he arrived in Belgrade.")))
        .containsExactly("MAIN{Xi received a warm welcome}", "SUBORDINATE{as he arrived in Belgrade.}");
    assertThat(clauses(last("2024-05-09", "Japan signed a pact as China looms large.")))
        .containsExactly("MAIN{Japan signed a pact}", "SUBORDINATE{as China looms large.}");
    assertThat(clauses(last("2024-05-09", "Japan signed a pact as a partner of Manila.")))
        .containsExactly("MAIN{Japan signed a pact as a partner of Manila.}");
  }

  @Test
  void anAcronymOrAnAdjectiveIsNoClauseWord() {
    assertThat(clauses(last("2025-02-06", "Chile will pull out of the WHO soon.")))
        .containsExactly("MAIN{Chile will pull out of the WHO soon.}");
    assertThat(clauses(last("2024-04-21", "The following day the Malian envoy left.")))
        .containsExactly("MAIN{The following day the Malian envoy left.}");
  }

  @Test
  void aReportingVerbThatAnnouncesAnActIsNoAttribution() {
    assertThat(clauses(last("2024-11-30", "In November, Chad announced the end of its defence pact with France.")))
        .containsExactly("FRONT{In November}", "MAIN{Chad announced the end of its defence pact with France.}");
  }
  @Test
  void aNameTheDictionaryDoesNotKnowIsAnAppositionBesideTheOffice() {
    assertThat(clauses(last("2023-06-09", "Kenya recalled its envoy to Somalia, Lucas Tumbo, for consultations.")))
        .containsExactly("MAIN{Kenya recalled its envoy to Somalia}", "APPOSITION{Lucas Tumbo}",
            "ADVERBIAL{for consultations.}");
    assertThat(Annotated.mentions("2023-06-09", "Kenya recalled its envoy to Somalia, Lucas Tumbo, on "
        + "Friday.")).containsExactly("KEN->SOM withdrawal/relations 2023-06-09 day");
    assertThat(Annotated.mentions("2023-06-09", "Chad's government on Thursday declared the UN special envoy to the "
        + "country, Ferdinand Obuya, persona non grata.")).containsExactly("TCD->UN expulsion/diplomat 2023-06-08 day");
  }

  @Test
  void aWeekdayBetweenCommasIsNoName() {
    assertThat(clauses(last("2023-06-09", "Chad recalled its envoy, Monday, after the talks.")))
        .doesNotContain("APPOSITION{Monday}");
  }
}
