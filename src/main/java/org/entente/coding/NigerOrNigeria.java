package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.party.AliasKind;
import org.entente.party.PartyMention;

/**
 * "Nigerian" is Nigeria's demonym, but translated texts about Niger often write it for "Nigerien" ("Nigerian
 * Defense Minister Salifou Modi"). In an article that names Niger and never names Nigeria by a name, capital or
 * person, "Nigerian" is read as Niger.
 */
final class NigerOrNigeria {
  private NigerOrNigeria() {}

  static List<List<PartyMention>> resolve(List<List<PartyMention>> sentences) {
    boolean niger = false;
    boolean nigeria = false;
    for (List<PartyMention> ms : sentences) {
      for (PartyMention m : ms) {
        if (m.code().equals("NER")) niger = true;
        if (m.code().equals("NGA") && m.kind() != AliasKind.DEMONYM) nigeria = true;
      }
    }
    if (!niger || nigeria) return sentences;
    List<List<PartyMention>> out = new ArrayList<>();
    for (List<PartyMention> ms : sentences) {
      out.add(ms.stream().map(m -> m.code().equals("NGA") && m.kind() == AliasKind.DEMONYM ? m.withCode("NER") : m)
          .toList());
    }
    return out;
  }
}
