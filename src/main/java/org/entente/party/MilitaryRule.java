package org.entente.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;

/**
 * Which states were ruled by soldiers after a coup, and when, from {@code military-rule.csv}: "the junta" of a
 * story that never says whose is the junta of a state it names that had one on the day.
 */
public final class MilitaryRule {
  private record Spell(String state, LocalDate from, LocalDate to) {
    boolean holds(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  private final List<Spell> spells = new ArrayList<>();

  public MilitaryRule(Dictionaries files, PartyDictionary parties) {
    for (CsvTable.Row row : files.table("military-rule.csv").rows("state", "valid_from", "valid_to")) {
      String state = row.get("state");
      if (parties.party(state).filter(p -> !p.organisation()).isEmpty()) {
        throw row.error("'" + state + "' is no state");
      }
      spells.add(new Spell(state, row.date("valid_from"), row.date("valid_to")));
    }
  }

  /** Whether soldiers ruled {@code state} on {@code day} (false when the day is unknown). */
  public boolean ruledBySoldiers(String state, LocalDate day) {
    if (day == null) return false;
    for (Spell s : spells) if (s.state().equals(state) && s.holds(day)) return true;
    return false;
  }
}
