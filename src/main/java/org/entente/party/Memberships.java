package org.entente.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.dictionary.Dictionaries;
import org.entente.table.CsvTable;

/**
 * Which states belong to which organisation, and when, from {@code members.csv}: "the AES countries" and "the
 * bloc's member states" are its members on the day of the article.
 */
public final class Memberships {
  private record Spell(String member, LocalDate from, LocalDate to) {
    boolean holds(LocalDate day) {
      if (day == null) return to == null;
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  private final Map<String, List<Spell>> byOrganisation = new HashMap<>();

  public Memberships(Dictionaries files, PartyDictionary parties) {
    for (CsvTable.Row row : files.table("members.csv").rows("organisation", "member", "valid_from", "valid_to")) {
      String organisation = row.get("organisation");
      String member = row.get("member");
      if (!parties.isOrganisation(organisation)) throw row.error("'" + organisation + "' is no organisation");
      if (parties.party(member).filter(p -> !p.organisation()).isEmpty()) {
        throw row.error("'" + member + "' is no state");
      }
      byOrganisation.computeIfAbsent(organisation, k -> new ArrayList<>())
          .add(new Spell(member, row.date("valid_from"), row.date("valid_to")));
    }
  }

  /** The members of {@code organisation} on {@code day} (the current ones when the day is unknown), in file order. */
  public List<String> members(String organisation, LocalDate day) {
    return byOrganisation.getOrDefault(organisation, List.of()).stream().filter(s -> s.holds(day))
        .map(Spell::member).distinct().toList();
  }
}
