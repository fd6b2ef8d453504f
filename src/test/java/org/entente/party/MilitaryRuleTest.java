package org.entente.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.dictionary.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code military-rule.csv}: which states soldiers ruled, and when. */
class MilitaryRuleTest {
  private static PartyDictionary parties;
  private static MilitaryRule rule;

  @BeforeAll
  static void load() {
    parties = PartyDictionary.load(Dictionaries.bundled(), text -> List.of(text.split("\\s+")));
    rule = new MilitaryRule(Dictionaries.bundled(), parties);
  }

  @Test
  void aSpellHoldsFromTheCoupToItsLastDayInclusive() {
    assertThat(rule.ruledBySoldiers("NER", LocalDate.parse("2023-07-25"))).isFalse();
    assertThat(rule.ruledBySoldiers("NER", LocalDate.parse("2023-07-26"))).isTrue();
    assertThat(rule.ruledBySoldiers("TCD", LocalDate.parse("2024-05-23"))).isTrue();
    assertThat(rule.ruledBySoldiers("TCD", LocalDate.parse("2024-05-24"))).isFalse();
  }

  @Test
  void aStateWithTwoSpellsIsRuledInEachAndNotBetween() {
    assertThat(rule.ruledBySoldiers("MLI", LocalDate.parse("2012-04-01"))).isTrue();
    assertThat(rule.ruledBySoldiers("MLI", LocalDate.parse("2016-01-01"))).isFalse();
    assertThat(rule.ruledBySoldiers("MLI", LocalDate.parse("2024-01-01"))).isTrue();
  }

  @Test
  void aStateNeverListedAndAnUnknownDayAreNoMilitaryRule() {
    assertThat(rule.ruledBySoldiers("FRA", LocalDate.parse("2024-01-01"))).isFalse();
    assertThat(rule.ruledBySoldiers("NER", null)).isFalse();
  }

  @Test
  void anOrganisationIsNoStateSoldiersRule(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("military-rule.csv"), "state,valid_from,valid_to,note\nECOWAS,2020-01-01,,\n");
    Dictionaries extended = new Dictionaries(dir);
    assertThatThrownBy(() -> new MilitaryRule(extended, parties))
        .hasMessageContaining("military-rule.csv")
        .hasMessageContaining("'ECOWAS' is no state");
  }
}
